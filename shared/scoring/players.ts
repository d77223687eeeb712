import { DealKitError } from '../errors';
import { text, type Text } from '../i18n';
import { DEFAULT_SETTINGS, type ScoringSettings } from './settings';

/** Key-player attitudes (METHODOLOGY §3); the ids are the keys of `ScoringSettings.attitudeWeights`. */
export type Attitude = keyof ScoringSettings['attitudeWeights'];
export const ATTITUDES: readonly Attitude[] = ['sponsor', 'supporter', 'neutral', 'nonSupporter', 'enemy'];

/** Buying roles: Signature Selling's A/D/E/U and the project-sales buyer types, which may combine. */
export type BuyingRole =
  | 'approver'
  | 'decisionMaker'
  | 'evaluator'
  | 'user'
  | 'decisionBuyer'
  | 'financialBuyer'
  | 'technicalBuyer'
  | 'userBuyer'
  | 'coach'
  | 'influencer';
export const BUYING_ROLES: readonly BuyingRole[] = [
  'approver',
  'decisionMaker',
  'evaluator',
  'user',
  'decisionBuyer',
  'financialBuyer',
  'technicalBuyer',
  'userBuyer',
  'coach',
  'influencer',
];

export type Layer = 'decision' | 'management' | 'operational';
export const LAYERS: readonly Layer[] = ['decision', 'management', 'operational'];

export type ContactLevel = 'none' | 'brief' | 'several' | 'deep';
export const CONTACT_LEVELS: readonly ContactLevel[] = ['none', 'brief', 'several', 'deep'];

/**
 * The words a user may type for each vocabulary entry, besides its id: the English and Chinese
 * labels and the short signs of the slides (+, =, −, X; A/D/E/U). Matching ignores case and spaces.
 */
const ATTITUDE_WORDS: Readonly<Record<Attitude, readonly string[]>> = {
  sponsor: ['Sponsor', '主办人'],
  supporter: ['Supporter', '支持者', '+'],
  neutral: ['Neutral', '中立', '中立者', '='],
  nonSupporter: ['Non-supporter', 'Nonsupporter', 'Non supporter', '不支持者', '不支持', '-', '−'],
  enemy: ['Enemy', '敌人', '反对者', 'X'],
};

const ROLE_WORDS: Readonly<Record<BuyingRole, readonly string[]>> = {
  approver: ['Approver', '批准人', 'A'],
  decisionMaker: ['Decision maker', '决策人', 'D'],
  evaluator: ['Evaluator', '评估人', '评估者', 'E'],
  user: ['User', '用户', 'U'],
  decisionBuyer: ['Decision buyer', '决策买家'],
  financialBuyer: ['Financial buyer', '财务买家'],
  technicalBuyer: ['Technical buyer', '技术买家'],
  userBuyer: ['User buyer', '使用买家'],
  coach: ['Coach', '教练', '教练买家'],
  influencer: ['Influencer', '影响者', '影响力买家'],
};

const LAYER_WORDS: Readonly<Record<Layer, readonly string[]>> = {
  decision: ['Decision', 'Decision layer', '决策层'],
  management: ['Management', 'Management layer', '管理层'],
  operational: ['Operational', 'Operational layer', '操作层'],
};

const CONTACT_WORDS: Readonly<Record<ContactLevel, readonly string[]>> = {
  none: ['None', 'No contact', '无', '未接触', '没有'],
  brief: ['Brief', '简短', '初步接触'],
  several: ['Several', '多次', '多次接触'],
  deep: ['Deep', '深入', '深入接触'],
};

function normalise(word: string): string {
  return word.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

/** id and every spelling → id, for case- and spacing-blind lookup. */
function lookupTable<T extends string>(ids: readonly T[], words: Readonly<Record<T, readonly string[]>>): Map<string, T> {
  const table = new Map<string, T>();
  for (const id of ids) {
    table.set(normalise(id), id);
    for (const word of words[id]) table.set(normalise(word), id);
  }
  // The sign "-" must survive normalisation, which folds hyphens into spaces.
  for (const id of ids) for (const word of words[id]) if (word.trim() === '-' || word.trim() === '−') table.set(word.trim(), id);
  return table;
}

const ATTITUDE_TABLE = lookupTable(ATTITUDES, ATTITUDE_WORDS);
const ROLE_TABLE = lookupTable(BUYING_ROLES, ROLE_WORDS);
const LAYER_TABLE = lookupTable(LAYERS, LAYER_WORDS);
const CONTACT_TABLE = lookupTable(CONTACT_LEVELS, CONTACT_WORDS);

function lookUp<T>(table: Map<string, T>, raw: string): T | undefined {
  const trimmed = raw.trim();
  return table.get(trimmed) ?? table.get(normalise(trimmed));
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

function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

function fieldError(where: string, field: string, raw: unknown, allowed: string): DealKitError {
  const shown = String(raw);
  return new DealKitError(
    text(`${where} ${field}: "${shown}" is not one of ${allowed}`, `${where} ${field}：“${shown}”不在可选值中（${allowed}）`),
    `${where} ${field}`,
  );
}

function allowedWords<T extends string>(ids: readonly T[], words: Readonly<Record<T, readonly string[]>>): string {
  return ids.map((id) => words[id][0] ?? id).join(', ');
}

/**
 * Checks one row of the key-players table. `where` names the row (`players row 3`). Attitude and
 * influence are required; roles may list several, separated by commas; blank contact means none.
 */
export function parseKeyPlayer(cells: KeyPlayerCells, where: string): KeyPlayer {
  const name = isBlank(cells.name) ? '' : String(cells.name).trim();
  if (name === '') {
    throw new DealKitError(text(`${where} name: the person's name is blank`, `${where} 姓名：姓名为空`), `${where} name`);
  }
  if (isBlank(cells.attitude)) {
    throw new DealKitError(text(`${where} attitude: blank for ${name}`, `${where} 态度：${name} 的态度为空`), `${where} attitude`);
  }
  const attitude = lookUp(ATTITUDE_TABLE, String(cells.attitude));
  if (!attitude) throw fieldError(where, 'attitude', cells.attitude, allowedWords(ATTITUDES, ATTITUDE_WORDS));

  const influenceRaw = typeof cells.influence === 'string' && cells.influence.trim() !== '' ? Number(cells.influence) : cells.influence;
  if (typeof influenceRaw !== 'number' || !Number.isFinite(influenceRaw) || influenceRaw < 0 || influenceRaw > 5) {
    throw new DealKitError(
      text(`${where} influence: "${String(cells.influence ?? '')}" must be a number from 0 to 5`, `${where} 影响力：“${String(cells.influence ?? '')}”必须是 0 到 5 之间的数字`),
      `${where} influence`,
    );
  }

  const roles: BuyingRole[] = [];
  if (!isBlank(cells.roles)) {
    for (const part of String(cells.roles).split(/[,，;；、/]/)) {
      if (part.trim() === '') continue;
      const role = lookUp(ROLE_TABLE, part);
      if (!role) throw fieldError(where, 'role', part.trim(), allowedWords(BUYING_ROLES, ROLE_WORDS));
      if (!roles.includes(role)) roles.push(role);
    }
  }

  let layer: Layer | undefined;
  if (!isBlank(cells.layer)) {
    layer = lookUp(LAYER_TABLE, String(cells.layer));
    if (!layer) throw fieldError(where, 'layer', cells.layer, allowedWords(LAYERS, LAYER_WORDS));
  }

  let contact: ContactLevel = 'none';
  if (!isBlank(cells.contact)) {
    const found = lookUp(CONTACT_TABLE, String(cells.contact));
    if (!found) throw fieldError(where, 'contact', cells.contact, allowedWords(CONTACT_LEVELS, CONTACT_WORDS));
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

export type RedFlagId =
  | 'noSponsorOrCoach'
  | 'noDecisionMaker'
  | 'decisionMakerNotContacted'
  | 'hostileInfluencer'
  | 'singleThreaded'
  | 'noDecisionLayer';

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
      text: text('No sponsor or coach: nobody inside is working for us', '没有主办人或教练：客户内部无人为我们出力'),
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
            ? text(`${p.name} is an enemy with influence ${p.influence}`, `${p.name} 是反对者，影响力为 ${p.influence}`)
            : text(`${p.name} does not support us and has influence ${p.influence}`, `${p.name} 不支持我们，影响力为 ${p.influence}`),
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
