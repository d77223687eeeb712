import { DealKitError, isDealKitError } from '../../errors';
import { text, tr } from '../../i18n';
import { parseKeyPlayer, redFlags, supportScore, type KeyPlayer, type KeyPlayerCells } from '../../scoring/players';
import type { Cell, ParamSpec } from '../types';
import { defineFunction } from '../types';
import { asColumn, checkSameLength, isBlankCell, listLength, listOf } from './read';

/** The scoring core names a row's field ("players row 3 attitude"); users know the argument ("attitudes, row 3"). */
const FIELD_ARGUMENTS: Readonly<Record<string, string>> = {
  name: 'names',
  role: 'roles',
  layer: 'layers',
  attitude: 'attitudes',
  influence: 'influence',
  contact: 'contacts',
};

function playerInRow(cells: KeyPlayerCells, row: number): KeyPlayer {
  const where = `players row ${row}`;
  try {
    return parseKeyPlayer(cells, where);
  } catch (error) {
    if (!isDealKitError(error) || !error.subject?.startsWith(`${where} `)) throw error;
    const field = error.subject.slice(where.length + 1);
    const argument = FIELD_ARGUMENTS[field] ?? field;
    const afterColon = (message: string, colon: string): string => {
      const at = message.indexOf(colon);
      return at < 0 ? message : message.slice(at + colon.length).trim();
    };
    throw new DealKitError(
      text(`${argument}, row ${row}: ${afterColon(error.text.en, ':')}`, `${argument}，第 ${row} 行：${afterColon(error.text['zh-CN'], '：')}`),
      argument,
    );
  }
}

const ATTITUDES_PARAM = {
  name: 'attitudes',
  kind: 'range',
  help: text(
    'Each person’s attitude to us: Sponsor, Supporter (+), Neutral (=), Non-supporter (-) or Enemy (X)',
    '每个人对我方的态度：主办人、支持者(+)、中立(=)、不支持者(-)或反对者(X)',
  ),
} as const satisfies ParamSpec;

const INFLUENCE_PARAM = {
  name: 'influence',
  kind: 'range',
  help: text('Each person’s informal influence on the decision, 0 to 5', '每个人对决策的非正式影响力，0 到 5'),
} as const satisfies ParamSpec;

export const SUPPORT = defineFunction({
  name: 'SUPPORT',
  description: text('How much of the influence in the account supports us', '客户中有多少影响力支持我方'),
  params: [ATTITUDES_PARAM, INFLUENCE_PARAM],
  result: 'value',
  resultHelp: text(
    'Influence-weighted support from −1 (all enemies) to 1 (all sponsors): sponsor 1, supporter 0.5, neutral 0, non-supporter −0.5, enemy −1',
    '按影响力加权的支持度，−1(全是反对者)到 1(全是主办人)：主办人 1、支持者 0.5、中立 0、不支持者 −0.5、反对者 −1',
  ),
  examples: [
    { args: [[['Sponsor'], ['Neutral'], ['Enemy']], [[4], [2], [2]]], result: 0.25 },
    { args: [[['+'], ['-']], [[3], [3]]], result: 0 },
  ],
  implement: ([attitudes, influence], context) => {
    const attitudeList = listOf(attitudes, 'attitudes');
    const influenceList = listOf(influence, 'influence');
    checkSameLength(attitudeList, 'attitudes', influenceList, 'influence');
    const players = attitudeList.flatMap((attitude, i) => {
      if (isBlankCell(attitude) && isBlankCell(influenceList[i])) return [];
      return [playerInRow({ name: `#${i + 1}`, attitude, influence: influenceList[i] }, i + 1)];
    });
    return supportScore(players, context.settings);
  },
});

export const RELATIONSHIP_RISKS = defineFunction({
  name: 'RELATIONSHIP_RISKS',
  description: text('The red flags in your relationships with the customer’s key players', '与客户关键人物关系中的危险信号'),
  params: [
    { name: 'names', kind: 'range', help: text('Each key player’s name, one per row', '每位关键人物的姓名，每行一位') },
    {
      name: 'roles',
      kind: 'range',
      help: text(
        'Buying roles, several separated by commas: Approver, Decision maker, Evaluator, User, Coach, Influencer, … (A, D, E, U)',
        '采购角色，多个用逗号分隔：批准人、决策人、评估人、用户、教练、影响者等(A、D、E、U)',
      ),
    },
    { name: 'layers', kind: 'range', help: text('Decision, Management or Operational layer', '决策层、管理层或操作层') },
    ATTITUDES_PARAM,
    { name: 'contacts', kind: 'range', help: text('How much we have met them: None, Brief, Several or Deep', '我方与其接触程度：无、简短、多次或深入') },
    INFLUENCE_PARAM,
  ],
  result: 'spill',
  resultHelp: text(
    'One red flag per row: no sponsor or coach; a decision maker or approver missing or not contacted; an enemy or non-supporter with influence 4 or more; single-threaded; no one from the decision layer engaged. "No red flags" when there are none',
    '每行一个危险信号：没有主办人或教练；缺少决策人/批准人或尚未接触；影响力 4 及以上的反对者或不支持者；单线联系；未接触决策层。没有时显示“没有危险信号”',
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
      result: [
        ['Li Wei decides or approves but has not been contacted'],
        ['Wang Fang is an enemy with influence 4'],
        ['Nobody from the decision layer is engaged'],
      ],
    },
  ],
  resultSize: (sizes) => ({ rows: 2 * (sizes[0] ? listLength(sizes[0]) : 1) + 4, columns: 1 }),
  implement: ([names, roles, layers, attitudes, contacts, influence], context) => {
    const columns: [string, Cell[]][] = [
      ['names', listOf(names, 'names')],
      ['roles', listOf(roles, 'roles')],
      ['layers', listOf(layers, 'layers')],
      ['attitudes', listOf(attitudes, 'attitudes')],
      ['contacts', listOf(contacts, 'contacts')],
      ['influence', listOf(influence, 'influence')],
    ];
    const [, nameList] = columns[0];
    for (const [argument, list] of columns.slice(1)) checkSameLength(nameList, 'names', list, argument);
    const players = nameList.flatMap((name, i) => {
      if (columns.every(([, list]) => isBlankCell(list[i]))) return [];
      const [, , layerList, attitudeList, contactList, influenceList] = columns.map(([, list]) => list);
      return [playerInRow({ name, roles: columns[1][1][i], layer: layerList[i], attitude: attitudeList[i], contact: contactList[i], influence: influenceList[i] }, i + 1)];
    });
    const flags = redFlags(players, context.settings);
    if (flags.length === 0) return [[tr(text('No red flags', '没有危险信号'), context.locale)]];
    return asColumn(flags.map((flag) => tr(flag.text, context.locale)));
  },
});
