import { text, type Text } from '../../i18n';
import type { RuleFamily } from '../../settings/function-rules';

/* Help of the parameters declared once and used by several functions (or several times in one file). */

/** `ratings` (assessment). */
export const RATINGS_HELP = text(
  'Our rating of each criterion, one per row in the method’s order: +, -, ? (or yes, no, unknown, 1, -1, 0); blank counts as unknown',
  '我方对每项标准的评分，按方法顺序每行一项：+、-、?(或 yes、no、unknown、1、-1、0)；空白视为未知',
);

/** `method` (assessment). */
export const METHOD_HELP = text(
  'TAS, SIGNATURE or PPVVC; when omitted it is taken from the number of rows (20 → TAS, 22 → SIGNATURE, 30 → PPVVC)',
  'TAS、SIGNATURE 或 PPVVC；省略时按行数判断(20 行 → TAS，22 行 → SIGNATURE，30 行 → PPVVC)',
);

/** `competitor` (assessment). */
export const COMPETITOR_HELP = text(
  'The primary competitor’s rating of the same criteria, same rows (TAS rates both sides)',
  '主要竞争对手在相同标准上的评分，行与 ratings 对应(TAS 对双方都评分)',
);

/** `ladder` (ladder-argument). */
export const LADDER_HELP = text(
  'MILESTONES (default), SIGNATURE or FUNNEL; or a two-column range of stage and probability, such as the Settings sheet’s stage table. Probabilities are fractions from 0 to 1 (a cell formatted as a percentage, or text such as 40%); a bare number above 1 such as 40 is an error, as in overrides',
  'MILESTONES(默认)、SIGNATURE 或 FUNNEL；或两列区域(阶段、概率)，例如“设置”表中的阶段表。概率是 0 到 1 的小数(设为百分比格式的单元格，或“40%”这样的文本)；不带百分号且大于 1 的数(如 40)会报错，与 overrides 相同',
);

/** `stages` (ladder-argument). */
export const STAGES_HELP = text(
  'Each deal’s stage, one per row: the code of a stage on the ladder (G10, C50… on the default MILESTONES ladder) or its label in English or Chinese, or LOST; blank rows are skipped',
  '每笔交易的阶段，每行一个：阶梯上某阶段的代码(默认的 MILESTONES 阶梯为 G10、C50 等)或其中文或英文名称，或 LOST；空行忽略',
);

/** `overrides` (override-argument). */
export const OVERRIDES_HELP = text(
  'A probability typed over the stage default, one per row beside stages, from 0 to 1 (a cell formatted as a percentage, or text such as 40%); a bare number above 1 such as 40 is an error, as in a ladder range; blank keeps the stage default; ignored on won and lost deals',
  '覆盖阶段默认值的概率，每行一个，与 stages 行对应，取值 0 到 1(设为百分比格式的单元格，或“40%”这样的文本)；不带百分号且大于 1 的数(如 40)会报错，与阶梯区域相同；空白沿用阶段默认值；赢单和丢单忽略此值',
);

/** `amounts` (pipeline). */
export const AMOUNTS_HELP = text(
  'Each deal’s amount, one per row, in the same rows as stages, at most 10^15; blank counts as 0',
  '每笔交易的金额，每行一个，与 stages 行对应，不超过 10^15；空白视为 0',
);

/** `attitudes` (players). */
export const ATTITUDES_HELP = text(
  'Each person’s attitude to us: Sponsor, Supporter (+), Neutral (=), Non-supporter (-) or Enemy (X)',
  '每个人对我方的态度：主办人、支持者(+)、中立者(=)、非支持者(-)或敌对者(X)',
);

/** `influence` (players). */
export const INFLUENCE_HELP = text('Each person’s informal influence on the decision, 0 to 5', '每个人对决策的非正式影响力，0 到 5');

/** `benefits` (value). */
export const BENEFITS_HELP = text('The benefits in money: one amount, or a range of amounts to add up (blanks skipped)', '以金额计的收益：一个金额，或要相加的一组金额(空白忽略)');

/** `costs` (value). */
export const COSTS_HELP = text('The costs in money — acquisition, possession, usage: one amount or a range to add up', '以金额计的成本(购置、持有、使用)：一个金额或要相加的一组金额');

/** What each rule family is, as the `settings` help lists what a function reads. */
export const RULE_FAMILY_HELP: Readonly<Record<RuleFamily, Text>> = {
  assessment: text('the key-question thresholds, the lead ratio, criterion weights and knock-outs', '关键问题阈值、领先比例、评估项权重和一票否决'),
  control: text('the not-in-control limits', '失控信号的阈值'),
  players: text('the red-flag influence', '危险信号的影响力阈值'),
  forecast: text('the Best case and Commit probability bands', '“最佳情况”和“承诺”的概率界限'),
};

/** `settings`, the last parameter of every function; `families` are the rules it reads besides the language. */
export function settingsHelp(families: readonly RuleFamily[]): Text {
  const en = ['the language', ...families.map((f) => RULE_FAMILY_HELP[f].en)].join('; ');
  const zh = ['语言', ...families.map((f) => RULE_FAMILY_HELP[f]['zh-CN'])].join('；');
  return text(
    `The Settings sheet’s DK_RULES range, which DealKit’s templates pass, so an edit on the Settings sheet recalculates this formula. This function reads from it: ${en}. Omitted: DealKit’s default rules, with text in Excel’s display language (English in Google Sheets)`,
    `“设置”表的 DK_RULES 区域(DealKit 模板会自动传入)，修改“设置”表后此公式即重新计算。本函数从中读取：${zh}。省略时使用 DealKit 默认规则，文字为 Excel 的显示语言(Google 表格中为英文)`,
  );
}
