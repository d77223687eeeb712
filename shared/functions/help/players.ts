import { text } from '../../i18n';
import type { RELATIONSHIP_RISKS, SUPPORT } from '../entries/players';
import type { HelpOf } from './types';
import { ATTITUDES_HELP, INFLUENCE_HELP } from './params';

export const SUPPORT_HELP: HelpOf<typeof SUPPORT> = {
  description: text('How much of the influence in the account supports us', '客户中有多少影响力支持我方'),
  params: {
    attitudes: ATTITUDES_HELP,
    influence: INFLUENCE_HELP,
  },
  resultHelp: text(
    'Influence-weighted support from −1 (all enemies) to 1 (all sponsors): sponsor 1, supporter 0.5, neutral 0, non-supporter −0.5, enemy −1',
    '按影响力加权的支持度，−1(全是敌对者)到 1(全是主办人)：主办人 1、支持者 0.5、中立者 0、非支持者 −0.5、敌对者 −1',
  ),
  examples: [
    {
      args: [
        [['Sponsor'], ['Neutral'], ['Enemy']],
        [[4], [2], [2]],
      ],
      result: 0.25,
    },
    {
      args: [
        [['+'], ['-']],
        [[3], [3]],
      ],
      result: 0,
    },
  ],
};

export const RELATIONSHIP_RISKS_HELP: HelpOf<typeof RELATIONSHIP_RISKS> = {
  description: text('The red flags in your relationships with the customer’s key players', '与客户关键人物关系中的危险信号'),
  params: {
    names: text('Each key player’s name, one per row', '每位关键人物的姓名，每行一位'),
    roles: text(
      'Buying roles, several separated by commas: Approver, Decision maker, Evaluator, User, Coach, Influencer, … (A, D, E, U)',
      '采购角色，多个用逗号分隔：批准人、决策人、评估人、用户、教练买家、影响力买家等(A、D、E、U)',
    ),
    layers: text('Decision, Management or Operational layer', '决策层、管理层或操作层'),
    attitudes: ATTITUDES_HELP,
    contacts: text('How much we have met them: None, Brief, Several or Deep', '我方与其接触程度：未接触、暂短接触、多次接触或深入接触'),
    influence: INFLUENCE_HELP,
  },
  resultHelp: text(
    'One red flag per row: no sponsor or coach; a decision maker or approver missing or not contacted; an enemy or non-supporter with influence 4 or more; single-threaded; no one from the decision layer engaged. "No red flags" when there are none',
    '每行一个危险信号：没有主办人或教练买家；缺少决策人/批准人或尚未接触；影响力 4 及以上的敌对者或非支持者；单线联系；未接触决策层。没有时显示“没有危险信号”',
  ),
  examples: [
    {
      args: [
        [['Li Wei'], ['Zhang Min'], ['Wang Fang']],
        [['Decision maker'], ['Coach'], ['Evaluator']],
        [['Decision'], ['Management'], ['Operational']],
        [['Neutral'], ['Supporter'], ['Enemy']],
        [['None'], ['Deep'], ['Brief']],
        [[5], [3], [4]],
      ],
      result: [['Li Wei decides or approves but has not been contacted'], ['Wang Fang is an enemy with influence 4'], ['Nobody from the decision layer is engaged']],
    },
  ],
};
