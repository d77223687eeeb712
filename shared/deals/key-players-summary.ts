import type { AttitudeId, ContactLevelId } from '../methods/key-players';
import { ATTITUDES } from '../methods/key-players';
import { RELATIONSHIP_STAGES, type RelationshipStageId } from '../methods/key-player-guide';
import { headerKey } from '../pipeline/columns';
import { serialFromCell } from '../pipeline/dates';
import { isGeneratedSheet } from '../pipeline/markers';
import { parseKeyPlayer, type BuyingRole } from '../scoring/players';
import type { SheetValues } from '../sheet-values';
import { KEY_PLAYER_HEADERS, type KeyPlayerField } from '../templates/key-players';
import { dealIdOfSheet } from './deal-sheet';

/**
 * The key players of each deal, read from the key-player sheets that carry a Deal ID: who they are,
 * their attitude now and the one aimed for, when we last and next speak to them, and what that says
 * about the deal — single-threaded (fewer than two people we are in contact with), whether a decision
 * maker is known, and how the decision maker stands. Columns are found by their headers (in either
 * language, wherever a rep moved them); a cell that says nothing readable is left out of the player,
 * never an error, because the sheet's own summary already names the faults.
 */

export interface KeyPlayerRecord {
  readonly name: string;
  readonly title: string;
  readonly roles: readonly BuyingRole[];
  readonly attitude?: AttitudeId;
  readonly targetAttitude?: AttitudeId;
  readonly contact?: ContactLevelId;
  /** Serial days. */
  readonly lastContact?: number;
  readonly nextContact?: number;
  readonly relationshipStage?: RelationshipStageId;
  readonly position?: number;
  readonly influence?: number;
  readonly sheet: string;
  /** 1-based sheet row. */
  readonly row: number;
}

export interface DealKeyPlayers {
  readonly dealId: string;
  /** The sheets the players came from (a deal may spread its map over more than one). */
  readonly sheets: readonly string[];
  readonly players: readonly KeyPlayerRecord[];
  /** Fewer than two people we are in contact with (a contact level above none, or a last-contact date). */
  readonly singleThreaded: boolean;
  /** Someone holds the decision-maker role (Signature's D) or is the decision buyer. */
  readonly hasDecisionMaker: boolean;
  readonly decisionMakers: readonly KeyPlayerRecord[];
  /** The least favourable attitude among the decision makers whose attitude is known. */
  readonly decisionMakerAttitude?: AttitudeId;
  /** The latest last-contact date among the decision makers; undefined when none has one. */
  readonly decisionMakerLastContact?: number;
}

/** Header spellings besides the template's own, for maps made before the relationship columns or by hand. */
const ALIASES: Partial<Record<KeyPlayerField, readonly string[]>> = {
  name: ['Key player', 'Person', '关键人物', '人员'],
  role: ['Role', 'Roles', '角色', '购买角色'],
  attitude: ['Attitude', '态度', 'Attitude now', '目前态度'],
  targetAttitude: ['Target', 'Attitude aimed for', '期望态度'],
  contact: ['Contact level', '接触'],
  lastContact: ['Last contacted', 'Last contact date', '最近接触', '最近接触日期', '上次接触'],
  nextContact: ['Next contact date', 'Next meeting', '下次接触', '下次联系'],
  relationshipStage: ['Relationship', '关系阶段', '客户关系'],
  position: ['Position', '职位权力', '职位'],
  influence: ['Influence', '影响力'],
};

const FIELD_BY_KEY: ReadonlyMap<string, KeyPlayerField> = (() => {
  const map = new Map<string, KeyPlayerField>();
  for (const field of Object.keys(KEY_PLAYER_HEADERS) as KeyPlayerField[]) {
    const header = KEY_PLAYER_HEADERS[field];
    for (const spelling of [header.en, header['zh-CN'], ...(ALIASES[field] ?? [])]) map.set(headerKey(spelling), field);
  }
  return map;
})();

/** How many rows from the top may hold the header row. */
const HEADER_ROWS = 20;

function findHeader(values: SheetValues['values']): { row: number; columns: Partial<Record<KeyPlayerField, number>> } | undefined {
  for (let row = 0; row < Math.min(values.length, HEADER_ROWS); row += 1) {
    const columns: Partial<Record<KeyPlayerField, number>> = {};
    (values[row] ?? []).forEach((cell, column) => {
      const field = FIELD_BY_KEY.get(headerKey(cell));
      if (field !== undefined && columns[field] === undefined) columns[field] = column;
    });
    if (columns.name !== undefined && columns.attitude !== undefined) return { row, columns };
  }
  return undefined;
}

const blank = (value: unknown): boolean => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** One vocabulary read through the scoring core's spellings (labels, marks, short words), one field at a time. */
function attitudeOf(value: unknown): AttitudeId | undefined {
  if (blank(value)) return undefined;
  try {
    return parseKeyPlayer({ name: 'x', attitude: value, influence: 0 }, '').attitude;
  } catch {
    return undefined;
  }
}

function rolesOf(value: unknown): readonly BuyingRole[] {
  if (blank(value)) return [];
  try {
    return parseKeyPlayer({ name: 'x', attitude: 'neutral', influence: 0, roles: value }, '').roles;
  } catch {
    return [];
  }
}

function contactOf(value: unknown): ContactLevelId | undefined {
  if (blank(value)) return undefined;
  try {
    return parseKeyPlayer({ name: 'x', attitude: 'neutral', influence: 0, contact: value }, '').contact;
  } catch {
    return undefined;
  }
}

const STAGE_BY_KEY: ReadonlyMap<string, RelationshipStageId> = new Map(
  RELATIONSHIP_STAGES.flatMap((stage) => [stage.id, stage.label.en, stage.label['zh-CN'], stage.label['zh-CN'].replace(/阶段$/, '')].map((word) => [headerKey(word), stage.id] as const)),
);

function scoreOf(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) && n >= 0 && n <= 5 ? n : undefined;
}

function textOf(value: unknown): string {
  return blank(value) ? '' : String(value).trim();
}

function playersOf(sheet: SheetValues): KeyPlayerRecord[] {
  const header = findHeader(sheet.values);
  if (!header) return [];
  const { columns } = header;
  const at = (cells: readonly unknown[], field: KeyPlayerField): unknown => (columns[field] === undefined ? undefined : cells[columns[field] as number]);
  const players: KeyPlayerRecord[] = [];
  for (let row = header.row + 1; row < sheet.values.length; row += 1) {
    const cells = sheet.values[row] ?? [];
    const name = textOf(at(cells, 'name'));
    if (name === '') continue;
    const attitude = attitudeOf(at(cells, 'attitude'));
    const targetAttitude = attitudeOf(at(cells, 'targetAttitude'));
    const contact = contactOf(at(cells, 'contact'));
    const lastContact = serialFromCell(at(cells, 'lastContact'));
    const nextContact = serialFromCell(at(cells, 'nextContact'));
    const relationshipStage = STAGE_BY_KEY.get(headerKey(at(cells, 'relationshipStage')));
    const position = scoreOf(at(cells, 'position'));
    const influence = scoreOf(at(cells, 'influence'));
    players.push({
      name,
      title: textOf(at(cells, 'title')),
      roles: rolesOf(at(cells, 'role')),
      ...(attitude === undefined ? {} : { attitude }),
      ...(targetAttitude === undefined ? {} : { targetAttitude }),
      ...(contact === undefined ? {} : { contact }),
      ...(lastContact === undefined ? {} : { lastContact }),
      ...(nextContact === undefined ? {} : { nextContact }),
      ...(relationshipStage === undefined ? {} : { relationshipStage }),
      ...(position === undefined ? {} : { position }),
      ...(influence === undefined ? {} : { influence }),
      sheet: sheet.name,
      row: row + 1,
    });
  }
  return players;
}

const DECISION_ROLES: readonly BuyingRole[] = ['decisionMaker', 'decisionBuyer'];
const ATTITUDE_ORDER: readonly AttitudeId[] = ATTITUDES.map((attitude) => attitude.id);

function summary(dealId: string, sheets: readonly string[], players: readonly KeyPlayerRecord[]): DealKeyPlayers {
  const inContact = players.filter((p) => (p.contact !== undefined && p.contact !== 'none') || p.lastContact !== undefined);
  const decisionMakers = players.filter((p) => p.roles.some((role) => DECISION_ROLES.includes(role)));
  const attitudes = decisionMakers.flatMap((p) => (p.attitude === undefined ? [] : [p.attitude]));
  const worst = attitudes.sort((a, b) => ATTITUDE_ORDER.indexOf(b) - ATTITUDE_ORDER.indexOf(a))[0];
  const contacts = decisionMakers.flatMap((p) => (p.lastContact === undefined ? [] : [p.lastContact]));
  return {
    dealId,
    sheets,
    players,
    singleThreaded: inContact.length < 2,
    hasDecisionMaker: decisionMakers.length > 0,
    decisionMakers,
    ...(worst === undefined ? {} : { decisionMakerAttitude: worst }),
    ...(contacts.length === 0 ? {} : { decisionMakerLastContact: Math.max(...contacts) }),
  };
}

/**
 * Every deal with a key-player sheet, by Deal ID (as typed, trimmed). Sheets without a Deal ID, with a
 * blank one, or without a Name and an Attitude header are not key-player maps of a deal and are skipped,
 * as are the sheets DealKit's roll-up writes.
 */
export function keyPlayersByDeal(sheets: readonly SheetValues[]): ReadonlyMap<string, DealKeyPlayers> {
  const byDeal = new Map<string, { sheets: string[]; players: KeyPlayerRecord[] }>();
  for (const sheet of sheets) {
    if (isGeneratedSheet(sheet.values)) continue;
    const id = dealIdOfSheet(sheet)?.id ?? '';
    if (id === '' || !findHeader(sheet.values)) continue;
    const entry = byDeal.get(id) ?? { sheets: [], players: [] };
    entry.sheets.push(sheet.name);
    entry.players.push(...playersOf(sheet));
    byDeal.set(id, entry);
  }
  return new Map([...byDeal].map(([id, entry]) => [id, summary(id, entry.sheets, entry.players)]));
}
