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
  gridKeys: text('Cells, {cell} selected: arrow keys move, Enter edits', '单元格，已选 {cell}：方向键移动，Enter 编辑'),
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
