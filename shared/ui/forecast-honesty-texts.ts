import { text } from '../i18n';

/**
 * The Team panel's forecast-honesty labels: probability overrides and the rep / manager views in the roll-up
 * report, and the Forecast accuracy section.
 */
export const HONESTY_TEXT = {
  overridesTitle: text('Probability overrides', '概率覆盖'),
  overridesHint: text(
    'Deals whose probability a rep typed over the stage default. Flagged: more than {points} points away from it.',
    '销售代表手动改写了阶段默认概率的商机。“已标记”表示与默认值相差超过 {points} 个百分点。',
  ),
  noOverrides: text('No deal has its probability overridden.', '没有商机改写了概率。'),
  deal: text('Deal', '商机'),
  stageDefault: text('Stage default', '阶段默认'),
  override: text('Override', '覆盖值'),
  difference: text('Difference', '差值'),
  flag: text('Flag', '标记'),
  flagged: text('Flagged', '已标记'),
  notFlagged: text('Within the limit', '在限度内'),
  overrideReason: text('Reason', '理由'),
  noReason: text('(no reason given)', '（未说明理由）'),
  pointsValue: text('{points}\u00a0pts', '{points} 个百分点'),
  viewsTitle: text('Rep view and manager view for {period}', '{period} 销售代表视角与经理视角'),
  viewsHint: text(
    'Rep view: won plus Commit deals (and Best case deals) closing in the period. Manager view: the adjusted figures on the Settings sheet, or the rep’s where none was entered.',
    '销售代表视角：本期间已赢单加上“承诺”类商机（及“最佳情况”类商机）。经理视角：设置表中调整后的数字；未填写时沿用销售代表的数字。',
  ),
  repCommit: text('Rep commit', '代表承诺'),
  managerCommit: text('Manager commit', '经理承诺'),
  commitDifference: text('Commit difference', '承诺差值'),
  repBestCase: text('Rep best case', '代表最佳'),
  managerBestCase: text('Manager best case', '经理最佳'),
  bestCaseDifference: text('Best case difference', '最佳差值'),
  adjusted: text('adjusted', '已调整'),
  managerNote: text('Manager’s note on {rep}: {note}', '经理对 {rep} 的备注：{note}'),
  accuracyTitle: text('Forecast accuracy', '预测准确度'),
  accuracyHint: text(
    'From the snapshot history: what was forecast 8, 4 and 1 weeks before each closed period ended, against what was won. Rebuilds the Forecast accuracy sheet.',
    '根据快照历史：每个已结束期间在结束前 8 周、4 周和 1 周时的预测，与实际赢单相比。会重建“预测准确度”工作表。',
  ),
  accuracyKind: text('Periods', '期间'),
  quarters: text('Quarters', '季度'),
  months: text('Months', '月份'),
  runAccuracy: text('Work out forecast accuracy', '计算预测准确度'),
  accuracyFigure: text('Forecast shown', '显示的预测'),
  figureCommit: text('Commit', '承诺'),
  figureWeighted: text('Weighted', '加权'),
  figureManager: text('Manager', '经理'),
  noClosedPeriod: text(
    'No period is closed yet: a period is listed once a snapshot was taken after its last day and at least one before it ends. Take a snapshot every week and come back after the period ends.',
    '尚无已结束的期间：期间结束后有一次快照、且结束前至少有一次快照时才会列出。请每周拍一次快照，期间结束后再来查看。',
  ),
  periodTitle: text('{period} (actual read from the snapshot of {date})', '{period}（实际数取自 {date} 的快照）'),
  actual: text('Actual', '实际'),
  weeksBefore: text('{weeks} wk before', '提前 {weeks} 周'),
  error: text('Error', '误差'),
  accuracyErrorHint: text(
    'Error = (forecast − actual) ÷ actual: +10 % is an over-forecast. Blank: no snapshot existed by then, or nothing was won and something was forecast.',
    '误差 =（预测 − 实际）÷ 实际：+10% 表示预测偏高。空白：当时尚无快照，或实际为 0 而预测不为 0。',
  ),
  accuracyNoneClosed: text('Forecast accuracy sheet rebuilt; no period is closed yet.', '已重建“预测准确度”工作表；尚无已结束的期间。'),
  accuracyDone: text('Forecast accuracy worked out for {count} closed periods.', '已计算 {count} 个已结束期间的预测准确度。'),
};

export type HonestyTextId = keyof typeof HONESTY_TEXT;
