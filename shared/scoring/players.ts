import { isBlank } from '../blank';
import { DealKitError } from '../errors';
import { text, type Text } from '../i18n';
import {
  ATTITUDES,
  CONTACT_LEVELS,
  PLAYER_LAYERS,
  PROJECT_BUYER_TYPES,
  SIGNATURE_BUYING_ROLES,
  type AttitudeId,
  type ContactLevelId,
  type LayerId,
  type ProjectBuyerTypeId,
  type SignatureBuyingRoleId,
  type Term,
} from '../methods';
import { DEFAULT_SETTINGS, type ScoringSettings } from './settings';

/** Key-player attitudes (METHODOLOGY §3); the ids are the keys of `ScoringSettings.attitudeWeights`. */
export type Attitude = AttitudeId & keyof ScoringSettings['attitudeWeights'];
/** Signature Selling's A/D/E/U and the project-sales buyer types; one person may hold several. */
export type BuyingRole = SignatureBuyingRoleId | ProjectBuyerTypeId;
export type Layer = LayerId;
export type ContactLevel = ContactLevelId;

/**
 * Spellings accepted besides each term's id, its labels in both languages and the label without its
 * "(A)" letter: the attitude marks (+ = − X; the role letters come with the roles), the short words
 * reps type, and the labels earlier versions put in dropdowns (workbooks still hold them).
 */
const EXTRA_WORDS: Readonly<Record<string, readonly string[]>> = {
  supporter: ['+'],
  neutral: ['=', '中立'],
  nonSupporter: ['-', '−', 'Nonsupporter', '不支持者', '不支持'],
  enemy: ['X', '敌人', '反对者'],
  coach: ['教练'],
  influencer: ['影响者'],
  decision: ['决策'],
  management: ['管理'],
  operational: ['操作'],
  none: ['无', 'No contact', '无接触', '没有'],
  brief: ['简短', '简短接触'],
  several: ['多次'],
  deep: ['深入', '深入交往'],
};

function normalise(word: string): string {
  return word
    .trim()
    .toLowerCase()
    .replace(/\s*[（(][a-z]+[)）]\s*$/, '')
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/** Every spelling of every term → its id; the bare signs are kept as typed (normalising would erase "-"). */
function lookupTable<T extends string>(terms: readonly Term<T>[], extra: readonly (readonly [T, string])[] = []): Map<string, T> {
  const table = new Map<string, T>();
  const add = (word: string, id: T) => {
    table.set(word.trim(), id);
    if (normalise(word) !== '') table.set(normalise(word), id);
  };
  for (const term of terms) {
    add(term.id, term.id);
    add(term.label.en, term.id);
    add(term.label['zh-CN'], term.id);
    for (const word of EXTRA_WORDS[term.id] ?? []) add(word, term.id);
  }
  for (const [id, word] of extra) add(word, id);
  return table;
}

const ATTITUDE_TABLE = lookupTable<Attitude>(ATTITUDES);
const ROLE_TABLE = lookupTable<BuyingRole>(
  [...SIGNATURE_BUYING_ROLES, ...PROJECT_BUYER_TYPES],
  SIGNATURE_BUYING_ROLES.map((r) => [r.id, r.letter] as const),
);
const LAYER_TABLE = lookupTable<Layer>(PLAYER_LAYERS);
const CONTACT_TABLE = lookupTable<ContactLevel>(CONTACT_LEVELS);

function lookUp<T>(table: Map<string, T>, raw: string): T | undefined {
  return table.get(raw.trim()) ?? table.get(normalise(raw));
}

function allowed(terms: readonly Term[]): string {
  return [...new Set(terms.map((t) => t.label.en))].join(', ');
}

export interface KeyPlayer {
  readonly name: string;
  readonly roles: readonly BuyingRole[];
  readonly layer?: Layer;
  readonly attitude: Attitude;
  /** Informal influence, 0–5. */
  readonly influence: number;
  readonly contact: ContactLevel;
}

/** One key-player row as read from a sheet, before checking. */
export interface KeyPlayerCells {
  readonly name: unknown;
  readonly roles?: unknown;
  readonly layer?: unknown;
  readonly attitude: unknown;
  readonly influence: unknown;
  readonly contact?: unknown;
}

/** The fields of a key-player row, as messages name them. */
export type PlayerField = 'name' | 'role' | 'layer' | 'attitude' | 'influence' | 'contact';

/**
 * The error about one field of a row: `en` and `zh` follow the field's name (`zhField` in Chinese).
 * `parseKeyPlayer` prefixes `where` ("players row 3 attitude: …"); the functions name the row instead.
 */
export type PlayerFieldError = (field: PlayerField, zhField: string, en: string, zh: string) => Error;

function notOneOf(fail: PlayerFieldError, field: PlayerField, raw: unknown, allowedWords: string): Error {
  const shown = String(raw);
  return fail(field, field, `"${shown}" is not one of ${allowedWords}`, `“${shown}”不在可选值中（${allowedWords}）`);
}

/**
 * Checks one row of the key-players table. `where` names the row (`players row 3`). Attitude and
 * influence are required; roles may list several, separated by commas; blank contact means none.
 */
export function parseKeyPlayer(cells: KeyPlayerCells, where: string): KeyPlayer {
  return readKeyPlayer(cells, (field, zhField, en, zh) => new DealKitError(text(`${where} ${field}: ${en}`, `${where} ${zhField}：${zh}`), `${where} ${field}`));
}

/** `parseKeyPlayer` with its errors worded by `fail`. */
export function readKeyPlayer(cells: KeyPlayerCells, fail: PlayerFieldError): KeyPlayer {
  const name = isBlank(cells.name) ? '' : String(cells.name).trim();
  if (name === '') throw fail('name', '姓名', "the person's name is blank", '姓名为空');
  if (isBlank(cells.attitude)) throw fail('attitude', '态度', `blank for ${name}`, `${name} 的态度为空`);
  const attitude = lookUp(ATTITUDE_TABLE, String(cells.attitude));
  if (!attitude) throw notOneOf(fail, 'attitude', cells.attitude, allowed(ATTITUDES));

  const influenceRaw = typeof cells.influence === 'string' && cells.influence.trim() !== '' ? Number(cells.influence) : cells.influence;
  if (typeof influenceRaw !== 'number' || !Number.isFinite(influenceRaw) || influenceRaw < 0 || influenceRaw > 5) {
    throw fail('influence', '影响力', `"${cells.influence ?? ''}" must be a number from 0 to 5`, `“${cells.influence ?? ''}”必须是 0 到 5 之间的数字`);
  }

  const roles: BuyingRole[] = [];
  if (!isBlank(cells.roles)) {
    for (const part of String(cells.roles).split(/[,，;；、/]/)) {
      if (part.trim() === '') continue;
      const role = lookUp(ROLE_TABLE, part);
      if (!role) throw notOneOf(fail, 'role', part.trim(), allowed([...SIGNATURE_BUYING_ROLES, ...PROJECT_BUYER_TYPES]));
      if (!roles.includes(role)) roles.push(role);
    }
  }

  let layer: Layer | undefined;
  if (!isBlank(cells.layer)) {
    layer = lookUp(LAYER_TABLE, String(cells.layer));
    if (!layer) throw notOneOf(fail, 'layer', cells.layer, allowed(PLAYER_LAYERS));
  }

  let contact: ContactLevel = 'none';
  if (!isBlank(cells.contact)) {
    const found = lookUp(CONTACT_TABLE, String(cells.contact));
    if (!found) throw notOneOf(fail, 'contact', cells.contact, allowed(CONTACT_LEVELS));
    contact = found;
  }

  return { name, roles, ...(layer ? { layer } : {}), attitude, influence: influenceRaw, contact };
}

/** Rows of cells → players; `players row n` names a bad row (1-based). Rows with no name and no attitude are skipped. */
export function parseKeyPlayers(rows: readonly KeyPlayerCells[]): KeyPlayer[] {
  const players: KeyPlayer[] = [];
  rows.forEach((cells, i) => {
    if (isBlank(cells.name) && isBlank(cells.attitude) && isBlank(cells.influence)) return;
    players.push(parseKeyPlayer(cells, `players row ${i + 1}`));
  });
  return players;
}

/**
 * Influence-weighted support in [−1, 1]: Σ influence × attitude weight ÷ Σ influence. People with
 * no influence do not move it; with no influence at all there is no support either way: 0.
 */
export function supportScore(players: readonly KeyPlayer[], settings: ScoringSettings = DEFAULT_SETTINGS): number {
  let weighted = 0;
  let influence = 0;
  for (const player of players) {
    weighted += player.influence * settings.attitudeWeights[player.attitude];
    influence += player.influence;
  }
  if (influence === 0) return 0;
  return Math.max(-1, Math.min(1, weighted / influence));
}

export type RedFlagId = 'noSponsorOrCoach' | 'noDecisionMaker' | 'decisionMakerNotContacted' | 'hostileInfluencer' | 'singleThreaded' | 'noDecisionLayer';

export interface RedFlag {
  readonly id: RedFlagId;
  /** The person the flag is about, when it is about one. */
  readonly person?: string;
  readonly text: Text;
}

const DECIDERS: readonly BuyingRole[] = ['approver', 'decisionMaker', 'decisionBuyer'];

/**
 * The red flags of METHODOLOGY §3, in this order: no sponsor or coach; no decision maker or
 * approver listed, or one not contacted (one flag per person); an enemy or non-supporter with
 * influence ≥ the threshold (one per person); fewer than two people contacted; nobody from the
 * decision layer contacted.
 */
export function redFlags(players: readonly KeyPlayer[], settings: ScoringSettings = DEFAULT_SETTINGS): RedFlag[] {
  const flags: RedFlag[] = [];
  const contacted = players.filter((p) => p.contact !== 'none');

  if (!players.some((p) => p.attitude === 'sponsor' || p.roles.includes('coach'))) {
    flags.push({
      id: 'noSponsorOrCoach',
      text: text('No sponsor or coach: nobody inside is working for us', '没有主办人或教练买家：客户内部无人为我们出力'),
    });
  }

  const deciders = players.filter((p) => p.roles.some((r) => DECIDERS.includes(r)));
  if (deciders.length === 0) {
    flags.push({
      id: 'noDecisionMaker',
      text: text('No decision maker or approver is listed', '未列出决策人或批准人'),
    });
  }
  for (const p of deciders) {
    if (p.contact === 'none') {
      flags.push({
        id: 'decisionMakerNotContacted',
        person: p.name,
        text: text(`${p.name} decides or approves but has not been contacted`, `${p.name} 是决策人或批准人，但我们尚未接触`),
      });
    }
  }

  for (const p of players) {
    if ((p.attitude === 'enemy' || p.attitude === 'nonSupporter') && p.influence >= settings.redFlagInfluence) {
      flags.push({
        id: 'hostileInfluencer',
        person: p.name,
        text:
          p.attitude === 'enemy'
            ? text(`${p.name} is an enemy with influence ${p.influence}`, `${p.name} 是敌对者，影响力为 ${p.influence}`)
            : text(`${p.name} does not support us and has influence ${p.influence}`, `${p.name} 是非支持者，影响力为 ${p.influence}`),
      });
    }
  }

  if (contacted.length <= 1) {
    flags.push({
      id: 'singleThreaded',
      ...(contacted.length === 1 ? { person: (contacted[0] as KeyPlayer).name } : {}),
      text:
        contacted.length === 1
          ? text(`Single-threaded: ${(contacted[0] as KeyPlayer).name} is the only person contacted`, `单线联系：只接触了 ${(contacted[0] as KeyPlayer).name} 一人`)
          : text('Nobody in the account has been contacted', '尚未接触客户中的任何人'),
    });
  }

  if (!contacted.some((p) => p.layer === 'decision')) {
    flags.push({
      id: 'noDecisionLayer',
      text: text('Nobody from the decision layer is engaged', '没有接触到决策层的任何人'),
    });
  }
  return flags;
}
