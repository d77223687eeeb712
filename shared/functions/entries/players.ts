import { text, tr } from '../../i18n';
import { readKeyPlayer, redFlags, supportScore, type KeyPlayer, type KeyPlayerCells, type PlayerField } from '../../scoring/players';
import { rowError } from '../coerce';
import { defineFunction, rangeParam } from '../types';
import { asColumn, checkSameLength, isBlankCell, listOf } from './read';

/** The scoring core names a row's field ("attitude"); users know the argument ("attitudes, row 3"). */
const FIELD_ARGUMENTS: Readonly<Record<PlayerField, string>> = {
  name: 'names',
  role: 'roles',
  layer: 'layers',
  attitude: 'attitudes',
  influence: 'influence',
  contact: 'contacts',
};

function playerInRow(cells: KeyPlayerCells, row: number): KeyPlayer {
  return readKeyPlayer(cells, (field, _zhField, en, zh) => rowError(FIELD_ARGUMENTS[field], row, en, zh));
}

const ATTITUDES_PARAM = rangeParam('attitudes');

const INFLUENCE_PARAM = rangeParam('influence');

export const SUPPORT = defineFunction({
  name: 'SUPPORT',
  params: [ATTITUDES_PARAM, INFLUENCE_PARAM],
  result: 'value',
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

const RISK_ARGUMENTS = ['names', 'roles', 'layers', 'attitudes', 'contacts', 'influence'] as const;

export const RELATIONSHIP_RISKS = defineFunction({
  name: 'RELATIONSHIP_RISKS',
  reads: ['players'],
  params: RISK_ARGUMENTS.map(rangeParam),
  result: 'spill',
  implement: (grids, context) => {
    // One list per argument, in parameter order: names, roles, layers, attitudes, contacts, influence.
    const lists = RISK_ARGUMENTS.map((argument, k) => listOf(grids[k], argument));
    const [nameList, roleList, layerList, attitudeList, contactList, influenceList] = lists;
    RISK_ARGUMENTS.forEach((argument, k) => checkSameLength(nameList, 'names', lists[k], argument));
    const players = nameList.flatMap((name, i) => {
      if (lists.every((list) => isBlankCell(list[i]))) return [];
      return [playerInRow({ name, roles: roleList[i], layer: layerList[i], attitude: attitudeList[i], contact: contactList[i], influence: influenceList[i] }, i + 1)];
    });
    const flags = redFlags(players, context.settings);
    if (flags.length === 0) return [[tr(text('No red flags', '没有危险信号'), context.locale)]];
    return asColumn(flags.map((flag) => tr(flag.text, context.locale)));
  },
});
