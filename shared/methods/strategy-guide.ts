import { text, type Text } from '../i18n';
import type { StrategyId, StrategyQuestionId } from './strategy-path';

/*
 * The words of the competitive-strategy path (METHODOLOGY §2): what each strategy is and needs, and
 * each path question as the method asks it. The path itself (strategy-path.ts) is what the scoring
 * walks; the functions script, which only names the strategy, does not carry these.
 */

export interface StrategyGuide {
  readonly description: Text;
  /** What the strategy needs to work. */
  readonly needs: Text;
}

export const STRATEGY_GUIDES: Readonly<Record<StrategyId, StrategyGuide>> = {
  frontal: {
    description: text('Attack head-on with the solution and our standing in the market.', '以解决方案和我方声望正面进攻。'),
    needs: text('A clear 3:1 superiority, scale, speed and surprise', '明显的 3:1 优势、规模、速度和突然性'),
  },
  flanking: {
    description: text('Change the rules: move the buying criteria toward our strengths, where the rival is weak.', '改变游戏规则：把采购标准引向我方的强项、对手的弱项。'),
    needs: text('Strengths of ours that meet a weakness of the rival, and a way to change or widen the criteria', '我方的强项正好对上对手的弱项，并且能改变或扩大采购标准'),
  },
  fragment: {
    description: text('Take a profitable piece of the deal we can win and coexist with the rival for the rest.', '拿下其中能赢且有利可图的一块，其余部分与对手和平共处。'),
    needs: text('A piece with business value, inside support for it, a foot in the door', '这一块有商业价值、有客户内部支持、我方已有立足点'),
  },
  defend: {
    description: text('Protect the position we hold in the account: isolate the rival and insulate our base.', '保护我方在客户中已有的阵地：孤立对手，巩固根基。'),
    needs: text('An established position in some departments, sites or business units, with deep roots', '在某些部门、地点或业务单位已有稳固的根基'),
  },
  develop: {
    description: text('Invest and play for time: build the relationship and shape a later round.', '投入并争取时间：发展关系，为下一轮机会打基础。'),
    needs: text('Future revenue or strategic value worth investing in, and an attractive future offer', '值得投入的未来收入或战略价值，以及有吸引力的未来方案'),
  },
  disengage: {
    description: text('Disengage and spend the effort where we can win.', '放弃这个机会，把精力用在能赢的地方。'),
    needs: text('Nothing to gain now or later that is worth the cost of sale', '现在和将来都没有值得付出销售成本的收获'),
  },
};

export const STRATEGY_QUESTION_TEXTS: Readonly<Record<StrategyQuestionId, Text>> = {
  compelling: text('Is there a compelling reason to act, or can we create one?', '是否有迫切动因，或者我们能否制造一个?'),
  canCompete: text('Can we compete?', '我们能竞争吗?'),
  lead3to1: text('Do we hold a 3:1 advantage?', '我们有 3:1 的领先优势吗?'),
  canChangeCriteria: text('Can we change or widen the buying criteria (A vs B becomes A+1)?', '我们能改变或扩大采购标准吗(A 对 B 变成 A+1)?'),
  canFragment: text('Can we split off a profitable part of the deal that we can win?', '能否把机会分割，找出有利润且我们能赢的部分?'),
  positionToProtect: text('Do we have a position inside the account worth protecting?', '我们在客户内部是否有需要保护的阵地?'),
  futureValue: text('Is there future revenue or strategic value in this account?', '未来有收入吗，或者有战略价值吗?'),
};
