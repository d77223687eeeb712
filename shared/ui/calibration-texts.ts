import { text } from '../i18n';

/** The Settings panel's review of the team's own stage probabilities (adopting them into the ladder). */
export const CALIBRATION_TEXT = {
  review: text("Adopt the team's stage probabilities…", '采用团队的阶段概率…'),
  title: text("The team's stage probabilities", '团队的阶段概率'),
  intro: text(
    'From the pipeline history ({snapshots} snapshots): of the deals that reached each stage, the share won. Deals still open are not counted as lost. Nothing is written until you confirm.',
    '依据商机历史（{snapshots} 次快照）：到达各阶段的商机中赢单所占的比例。仍在进行的商机不计为丢单。在您确认之前不会写入任何内容。',
  ),
  noHistory: text(
    'The workbook has no pipeline snapshot yet: take one each week from the Team panel, and the team’s own probabilities follow as deals are won and lost.',
    '本工作簿还没有商机快照：请每周在“团队”面板中拍摄快照，随着商机赢单和丢单，即可得出团队自己的概率。',
  ),
  headers: [
    text('Stage', '阶段'),
    text('Ladder now', '当前阶梯'),
    text('Team', '团队'),
    text('Deals reached', '到达商机数'),
    text('Won', '赢单'),
    text('Lost', '丢单'),
    text('After adopting', '采用后'),
  ],
  keeps: text('keeps {probability}: no deal has closed from here', '保持 {probability}：尚无从此阶段成交或丢单的商机'),
  fewDeals: text('only {closed} closed: too few to trust', '仅 {closed} 笔已成交或丢单：数量太少，不足为凭'),
  unchanged: text('unchanged', '不变'),
  confirm: text('Write these probabilities to the Settings sheet', '将这些概率写入设置表'),
  cancel: text('Keep the current probabilities', '保留当前概率'),
  nothingToAdopt: text('The team’s figures match the ladder, or no deal has closed yet: nothing to adopt.', '团队的数字与阶梯一致，或尚无成交或丢单的商机：没有可采用的内容。'),
  adopted: text(
    '{count} stage probabilities written to the Settings sheet; every formula that reads the stage table recalculates.',
    '已将 {count} 个阶段概率写入设置表；所有读取阶段表的公式都会重新计算。',
  ),
};
