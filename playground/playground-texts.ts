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
} as const;
