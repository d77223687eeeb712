import { text } from '../shared/i18n';

/** The playground page's own words (the task pane brings its own). */
export const PLAYGROUND_TEXT = {
  title: text('DealKit playground', 'DealKit 体验区'),
  introBefore: text(
    'A spreadsheet computed in your browser with the DealKit functions, and the DealKit task pane beside it. Click a cell to see its formula; type a formula such as ',
    '一张在浏览器中用 DealKit 函数计算的电子表格，旁边是 DealKit 任务窗格。单击单元格可查看其公式；输入公式，例如 ',
  ),
  introAfter: text(' and press Enter.', '，然后按 Enter。'),
  spreadsheet: text('Spreadsheet', '电子表格'),
  pane: text('DealKit task pane', 'DealKit 任务窗格'),
  sheets: text('Sheets', '工作表'),
  contentsOf: text('Contents of {cell}', '{cell} 的内容'),
  gridKeys: text(
    'Cells, {cell} selected: type to replace it, arrow keys move, F2 edits in place, Enter edits in the formula bar, Delete clears',
    '单元格，已选 {cell}：直接输入可替换，方向键移动，F2 在单元格内编辑，Enter 在编辑栏编辑，Delete 清除',
  ),
  startHere: text('Start here', '从这里开始'),
  startIntro: text(
    'The sample workbook holds two reps’ pipelines, twelve weekly snapshots of them (August to October 2026) and one assessment. Try these in the task pane:',
    '示例工作簿包含两位销售的商机管道、它们的十二次每周快照（2026 年 8 月至 10 月）和一份机会评估。请在任务窗格中尝试：',
  ),
  startQualifyTitle: text('Qualify the sample deal', '评估示例商机'),
  startQualify: text(
    'Qualify an opportunity picks up the Assessment (TAS) sheet at “Qualify further”: rate the unknowns under “Can we win?” and watch the verdict change.',
    '“评估销售机会”会接着 Assessment (TAS) 工作表继续（当前结论为“继续评估”）：为“我们能赢吗?”下的未知项评分，看结论如何变化。',
  ),
  startDealTitle: text('Update a deal', '更新商机'),
  startDeal: text(
    'On the Pipeline sheet, Update a deal moves a deal to its next stage with its proof; the funnel beside the table follows.',
    '在 Pipeline 工作表上，“更新商机”凭验证结果把商机推进到下一阶段；表格旁的漏斗随之更新。',
  ),
  startRollUpTitle: text('Roll up the team', '汇总团队'),
  startRollUp: text(
    'Team pipeline → Roll up reads both reps’ sheets into a Dashboard: every row is counted or listed with the reason it was set aside.',
    '“团队商机管道”→“汇总”把两位销售的工作表汇总为仪表板：每一行要么计入，要么列出未计入的原因。',
  ),
  startCompareTitle: text('Compare two snapshots', '对比两次快照'),
  startCompare: text(
    'In Team pipeline, Compare shows what changed between the last two weekly snapshots (new, slipped, won, lost…), and Work out forecast accuracy how well 2026-Q3 was forecast.',
    '在“团队商机管道”中，“对比”显示最近两次每周快照之间的变化（新增、推迟、赢单、丢单……），“计算预测准确度”显示 2026 年第三季度的预测准不准。',
  ),
  workbookActions: text('Workbook', '工作簿'),
  undo: text('Undo', '撤销'),
  redo: text('Redo', '重做'),
  openXlsx: text('Open .xlsx', '打开 .xlsx'),
  downloadXlsx: text('Download .xlsx', '下载 .xlsx'),
  resetToSample: text('Reset to sample', '重置为示例'),
  resetQuestion: text('Replace this workbook with the sample? Undo brings it back.', '用示例替换当前工作簿？撤销可恢复。'),
  resetConfirm: text('Reset', '重置'),
  resetCancel: text('Cancel', '取消'),
  resetDone: text('The sample workbook is open again. Undo brings back the workbook before.', '已重新打开示例工作簿。撤销可恢复之前的工作簿。'),
  notSavedYet: text('Changes are kept in this browser', '更改会保存在此浏览器中'),
  saving: text('Saving…', '正在保存…'),
  saved: text('Saved in this browser', '已保存在此浏览器中'),
  saveFailed: text('Not saved in this browser: {reason}', '未能保存在此浏览器中：{reason}'),
  storageUnavailable: text(
    'This browser does not let the page keep the workbook ({reason}). You are working on the sample, and a reload starts from the sample again: download the workbook to keep it.',
    '此浏览器不允许页面保存工作簿（{reason}）。当前为示例工作簿，重新加载后会再次从示例开始：如需保留，请下载工作簿。',
  ),
  savedUnreadable: text(
    'The workbook kept in this browser could not be read ({reason}), so the sample is open instead. Your next change replaces the copy that could not be read.',
    '无法读取此浏览器中保存的工作簿（{reason}），因此打开了示例。下一次更改将替换无法读取的副本。',
  ),
  opening: text('Opening {file}…', '正在打开 {file}…'),
  opened: text(
    'Opened {file}. Values, formulas, names, dropdowns and cell styles are read; conditional formats and charts are not. Undo brings back the workbook before.',
    '已打开 {file}。已读取值、公式、名称、下拉列表和单元格样式；不读取条件格式和图表。撤销可恢复之前的工作簿。',
  ),
  openFailed: text('Could not open {file}: {reason}', '无法打开 {file}：{reason}'),
  preparingDownload: text('Preparing the .xlsx file…', '正在生成 .xlsx 文件…'),
  downloaded: text(
    'Downloaded {file}: values, formulas, names, dropdowns, number formats, cell styles and column widths (conditional formats and charts are not in the file).',
    '已下载 {file}：包含值、公式、名称、下拉列表、数字格式、单元格样式和列宽（文件中不含条件格式和图表）。',
  ),
  downloadFailed: text('Could not write the .xlsx file: {reason}', '无法生成 .xlsx 文件：{reason}'),
  dismiss: text('Dismiss', '关闭'),
} as const;
