import { text } from '../i18n';

/**
 * The Team panel's own labels beyond the ones in texts.ts: the roll-up's account (reconciliation,
 * set-aside rows, reps, forecast range), its progress steps, the rep-workbook picker and the CSV box.
 */
export const TEAM_TEXT = {
  reconciliation: text(
    'Read {read} rows ({readAmount}) = counted {counted} ({countedAmount}) + set aside {setAside} ({setAsideAmount})',
    '读取 {read} 行（{readAmount}）= 计入 {counted} 行（{countedAmount}）+ 未计入 {setAside} 行（{setAsideAmount}）',
  ),
  unbalanced: text('The rows read and the rows counted or set aside do not add up: check the Dashboard.', '读取的行数与计入加未计入的行数不一致：请检查仪表板。'),
  reconciliationTitle: text('What was read', '读取情况'),
  noTables: text(
    'No pipeline table was found. Insert the Pipeline funnel template for each rep, or give a rep’s table the headers Deal ID, Stage, Amount and Close date.',
    '未找到商机表。请为每位销售代表插入“销售管道漏斗”模板，或为其表格加上“商机编号”“阶段”“金额”“预计成交日期”等表头。',
  ),
  setAsideTitle: text('Rows set aside', '未计入的行'),
  noneSetAside: text('Every row was counted.', '所有行均已计入。'),
  sheet: text('Sheet', '工作表'),
  row: text('Row', '行'),
  dealId: text('Deal ID', '商机编号'),
  reason: text('Reason', '原因'),
  repsTitle: text('Reps for {period}', '{period} 各销售代表'),
  rep: text('Rep', '销售代表'),
  team: text('Team', '团队'),
  open: text('Open', '在途'),
  weighted: text('Weighted', '加权'),
  quota: text('Quota', '指标'),
  coverage: text('Coverage', '覆盖率'),
  rangeTitle: text('Forecast range for {period}', '{period} 预测区间'),
  rangeHint: text(
    'What closes in the period, won deals included, if each open deal closes with its stage’s probability (deals independent). Exact to {resolution}.',
    '假设每个在途商机按其阶段概率独立成交，本期间（含已赢单）的成交金额分布。精度为 {resolution}。',
  ),
  p10: text('P10', 'P10'),
  p50: text('P50', 'P50'),
  p90: text('P90', 'P90'),
  chance: text('Chance of quota', '达成指标概率'),
  none: text('—', '—'),
  stepReading: text('Reading every sheet…', '正在读取所有工作表…'),
  stepComputing: text('Working out the team figures…', '正在计算团队数据…'),
  stepWriting: text('Writing the Team pipeline and Dashboard sheets…', '正在写入“团队商机管道”和“仪表板”工作表…'),
  stepDone: text('Done.', '完成。'),
  stepOneRequest: text(
    'Rolling up: reading every sheet, working out the figures and writing the Team pipeline and Dashboard sheets in one request…',
    '正在汇总：一次请求内读取所有工作表、计算数据并写入“团队商机管道”和“仪表板”工作表…',
  ),
  progressLabel: text('Roll-up progress', '汇总进度'),
  addWorkbookTitle: text('Add a rep’s workbook…', '添加销售代表的工作簿…'),
  addWorkbookHint: text(
    'Inserts every sheet of a rep’s .xlsx file at the end of this workbook; then roll up to count them.',
    '将销售代表 .xlsx 文件中的所有工作表插入到本工作簿末尾；然后汇总即可计入。',
  ),
  addWorkbookLabel: text('Rep’s workbook (.xlsx)', '销售代表的工作簿（.xlsx）'),
  addWorkbookNotXlsx: text('“{file}” is not an .xlsx file.', '“{file}”不是 .xlsx 文件。'),
  addWorkbookUnreadable: text('“{file}” could not be read.', '无法读取“{file}”。'),
  workbookAdded: text('Added the sheets of “{file}”. Roll up to count them.', '已添加“{file}”中的工作表。汇总后即可计入。'),
  csvCopyLabel: text('The CSV, to copy (this host blocks downloads)', 'CSV 内容，可复制（此环境不允许下载）'),
  csvCopyHint: text('Select all in the box and copy it into a file ending in .csv.', '在框中全选并复制到以 .csv 结尾的文件中。'),
  showCsv: text('Show the CSV to copy', '显示 CSV 以便复制'),
};

export type TeamTextId = keyof typeof TEAM_TEXT;
