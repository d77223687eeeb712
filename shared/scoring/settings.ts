import { DealKitError } from '../errors';
import { text } from '../i18n';
import { LADDER_IDS, type Criterion, type CriterionTag, type LadderId } from '../methods';

/**
 * Every default rule of METHODOLOGY.md in one object. METHODOLOGY says each rule is a default a
 * manager can edit, so no scoring function hard-codes a number: they all read it from here.
 */
export interface ScoringSettings {
  /** §1d: what one rated item adds to its key question's sum. */
  readonly itemScores: { readonly favourable: number; readonly unfavourable: number; readonly unknown: number };
  /** §1d: a key question is Yes at score ≥ yes, No at score ≤ no. */
  readonly answerThresholds: { readonly yes: number; readonly no: number };
  /** §1d hard knock-outs: a `-` on a criterion carrying one of these tags makes its key question No whatever the score. */
  readonly knockOutTags: readonly CriterionTag[];
  /** Extra hard knock-out criteria by id (e.g. `SIG.12`), for managers who want more than the tags. */
  readonly knockOutCriteria: readonly string[];
  /** §1d soft knock-outs: a `-` holds the key question at Unknown at best, so the verdict at Qualify further. A hard one wins over a soft one. */
  readonly softKnockOutTags: readonly CriterionTag[];
  readonly softKnockOutCriteria: readonly string[];
  /** §1d: weight per criterion id; a criterion not listed weighs `defaultWeight`. */
  readonly defaultWeight: number;
  readonly criterionWeights: Readonly<Record<string, number>>;
  /** §1d: the "3:1 lead" over the primary competitor. */
  readonly lead: { readonly ratio: number; readonly groupAdvantageMultiple: number };
  /** §1e: ticked not-in-control signs at which the deal is at risk / not in control. */
  readonly control: { readonly atRisk: number; readonly notInControl: number };
  /** §3: how much each attitude counts toward influence-weighted support. */
  readonly attitudeWeights: {
    readonly sponsor: number;
    readonly supporter: number;
    readonly neutral: number;
    readonly nonSupporter: number;
    readonly enemy: number;
  };
  /** §3: an enemy or non-supporter at or above this influence (0–5) is a red flag. */
  readonly redFlagInfluence: number;
  /** §4: business-model grade thresholds on the two 1–5 scales. */
  readonly grade: {
    /** A: both ≥ aMin and strategic. */
    readonly aMin: number;
    /** B: both ≥ bMin. */
    readonly bMin: number;
    /** D: ours exceed theirs by at least this much; E: theirs exceed ours by it. Tested before A and B. */
    readonly lopsidedGap: number;
  };
  /** §5: forecast category bands on the stage probability (0–1). */
  readonly forecast: { readonly bestCase: number; readonly commit: number };
  /** §5: days a deal may sit in a stage before it counts as stalled. */
  readonly stallDays: number;
  /** §5: a manager's edits to a ladder, by stage code: probability (0–1) and stall limit (days). */
  readonly ladders: Readonly<Partial<Record<LadderId, LadderOverrides>>>;
}

export interface LadderOverrides {
  readonly probabilities: Readonly<Record<string, number>>;
  readonly stallDays: Readonly<Record<string, number>>;
}

export const DEFAULT_SETTINGS: ScoringSettings = {
  itemScores: { favourable: 1, unfavourable: -1, unknown: 0 },
  answerThresholds: { yes: 0.34, no: -0.34 },
  // Seed 000 answers a missing compelling event with Defend or Develop, not by walking away: soft.
  knockOutTags: ['funding'],
  knockOutCriteria: [],
  softKnockOutTags: ['compellingEvent'],
  softKnockOutCriteria: [],
  defaultWeight: 1,
  criterionWeights: {},
  lead: { ratio: 3, groupAdvantageMultiple: 2 },
  control: { atRisk: 2, notInControl: 3 },
  attitudeWeights: { sponsor: 1, supporter: 0.5, neutral: 0, nonSupporter: -0.5, enemy: -1 },
  redFlagInfluence: 4,
  grade: { aMin: 4, bMin: 3, lopsidedGap: 2 },
  forecast: { bestCase: 0.5, commit: 0.9 },
  stallDays: 30,
  ladders: {},
};

/** Objects may be given in part at any depth; arrays are replaced whole. */
export type DeepPartial<T> = T extends readonly (infer U)[] ? readonly U[] : T extends object ? { readonly [K in keyof T]?: DeepPartial<T[K]> } : T;

const KNOWN_TAGS: readonly CriterionTag[] = ['funding', 'compellingEvent', 'currentRelationship', 'futureRevenue', 'strategicValue'];

type Plain = Readonly<Record<string, unknown>>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function badSetting(path: string, en: string, zh: string): DealKitError {
  return new DealKitError(text(`Setting ${path}: ${en}`, `设置项 ${path}：${zh}`), path);
}

function finite(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw badSetting(path, `${String(value)} is not a number`, `${String(value)} 不是数字`);
  }
  return value;
}

function inRange(value: unknown, path: string, min: number, max: number): number {
  const n = finite(value, path);
  if (n < min || n > max) {
    throw badSetting(path, `${n} must be between ${min} and ${max}`, `${n} 必须介于 ${min} 与 ${max} 之间`);
  }
  return n;
}

function nonNegative(value: unknown, path: string): number {
  const n = finite(value, path);
  if (n < 0) throw badSetting(path, `${n} must not be negative`, `${n} 不能为负数`);
  return n;
}

/**
 * Merges one object level: keys must exist in `base` (a typo in a settings sheet should be an
 * error, not a silently ignored row), and `merge` decides each present key's value.
 */
function mergeFixed<T extends object>(base: T, overrides: unknown, path: string, merge: (key: keyof T & string, baseValue: T[keyof T], override: unknown, keyPath: string) => T[keyof T]): T {
  if (overrides === undefined) return base;
  if (!isPlain(overrides)) throw badSetting(path || 'settings', 'expected a group of settings', '应为一组设置');
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides)) {
    const keyPath = path ? `${path}.${key}` : key;
    if (!(key in base)) throw badSetting(keyPath, 'no such setting', '没有这个设置项');
    if (value === undefined) continue;
    const k = key as keyof T & string;
    result[key] = merge(k, base[k], value, keyPath);
  }
  return result as T;
}

function numbersGroup<T extends Readonly<Record<string, number>>>(base: T, overrides: unknown, path: string, check: (value: unknown, keyPath: string) => number): T {
  return mergeFixed(base, overrides, path, (_k, _b, v, p) => check(v, p) as T[keyof T]);
}

function numberRecord(base: Readonly<Record<string, number>>, overrides: unknown, path: string, check: (value: unknown, keyPath: string) => number): Readonly<Record<string, number>> {
  if (overrides === undefined) return base;
  if (!isPlain(overrides)) throw badSetting(path, 'expected a list of values by id', '应为按编号列出的数值');
  const result: Record<string, number> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    result[key] = check(value, `${path}.${key}`);
  }
  return result;
}

function stringList(value: unknown, path: string): readonly string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw badSetting(path, 'expected a list of texts', '应为文本列表');
  }
  return value as string[];
}

function tagList(value: unknown, path: string): readonly CriterionTag[] {
  const list = stringList(value, path);
  for (const tag of list) {
    if (!(KNOWN_TAGS as readonly string[]).includes(tag)) {
      throw badSetting(path, `unknown tag "${tag}" (use ${KNOWN_TAGS.join(', ')})`, `未知标签“${tag}”（可用：${KNOWN_TAGS.join('、')}）`);
    }
  }
  return list as readonly CriterionTag[];
}

function mergeLadders(base: ScoringSettings['ladders'], overrides: unknown): ScoringSettings['ladders'] {
  if (overrides === undefined) return base;
  if (!isPlain(overrides)) throw badSetting('ladders', 'expected settings by ladder id', '应为按阶梯编号列出的设置');
  const result: Partial<Record<LadderId, LadderOverrides>> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const path = `ladders.${key}`;
    if (!(LADDER_IDS as readonly string[]).includes(key)) {
      throw badSetting(path, `unknown ladder (use ${LADDER_IDS.join(', ')})`, `未知阶梯（可用：${LADDER_IDS.join('、')}）`);
    }
    if (value === undefined) continue;
    const id = key as LadderId;
    const current: LadderOverrides = base[id] ?? { probabilities: {}, stallDays: {} };
    result[id] = mergeFixed(current, value, path, (k, b, v, p) => (k === 'probabilities' ? numberRecord(b, v, p, (x, xp) => inRange(x, xp, 0, 1)) : numberRecord(b, v, p, nonNegative)));
  }
  return result;
}

/**
 * The defaults with a manager's edits on top. Every value is checked, and an unknown key is an
 * error naming its dotted path (`answerThresholds.yes`), so a mistyped settings row never goes unseen.
 */
export function mergeSettings(overrides: DeepPartial<ScoringSettings>, base: ScoringSettings = DEFAULT_SETTINGS): ScoringSettings {
  const merged = mergeFixed(base, overrides, '', (key, baseValue, value, path): ScoringSettings[keyof ScoringSettings] => {
    switch (key) {
      case 'itemScores':
        return numbersGroup(base.itemScores, value, path, (v, p) => inRange(v, p, -1, 1));
      case 'answerThresholds':
        return numbersGroup(base.answerThresholds, value, path, (v, p) => inRange(v, p, -1, 1));
      case 'knockOutTags':
      case 'softKnockOutTags':
        return tagList(value, path);
      case 'knockOutCriteria':
      case 'softKnockOutCriteria':
        return stringList(value, path);
      case 'defaultWeight':
        return nonNegative(value, path);
      case 'criterionWeights':
        return numberRecord(base.criterionWeights, value, path, nonNegative);
      case 'lead':
        return numbersGroup(base.lead, value, path, nonNegative);
      case 'control':
        return numbersGroup(base.control, value, path, nonNegative);
      case 'attitudeWeights':
        return numbersGroup(base.attitudeWeights, value, path, (v, p) => inRange(v, p, -1, 1));
      case 'redFlagInfluence':
        return inRange(value, path, 0, 5);
      case 'grade':
        return numbersGroup(base.grade, value, path, (v, p) => inRange(v, p, 1, 5));
      case 'forecast':
        return numbersGroup(base.forecast, value, path, (v, p) => inRange(v, p, 0, 1));
      case 'stallDays':
        return nonNegative(value, path);
      case 'ladders':
        return mergeLadders(base.ladders, value);
      default:
        return baseValue;
    }
  });
  if (merged.answerThresholds.no >= merged.answerThresholds.yes) {
    throw badSetting('answerThresholds', 'the No threshold must be below the Yes threshold', '“否”的阈值必须低于“是”的阈值');
  }
  if (merged.control.notInControl < merged.control.atRisk) {
    throw badSetting('control', 'notInControl must not be below atRisk', 'notInControl 不能小于 atRisk');
  }
  if (merged.forecast.commit < merged.forecast.bestCase) {
    throw badSetting('forecast', 'commit must not be below bestCase', 'commit 不能小于 bestCase');
  }
  return merged;
}

/** The two kinds of knock-out (METHODOLOGY §1d): hard answers the key question No, soft caps it at Unknown. */
export type KnockOutKind = 'hard' | 'soft';

/** What a `-` on this criterion does under these settings; hard wins when both lists name it. */
export function knockOutKind(criterion: Criterion, settings: ScoringSettings): KnockOutKind | null {
  const named = (ids: readonly string[], tags: readonly CriterionTag[]): boolean => ids.includes(criterion.id) || (criterion.tags ?? []).some((tag) => tags.includes(tag));
  return named(settings.knockOutCriteria, settings.knockOutTags) ? 'hard' : named(settings.softKnockOutCriteria, settings.softKnockOutTags) ? 'soft' : null;
}

/** The weight of one criterion under these settings. */
export function criterionWeight(settings: ScoringSettings, criterionId: string): number {
  return settings.criterionWeights[criterionId] ?? settings.defaultWeight;
}

/**
 * Builds overrides from `key | value` rows as a settings sheet holds them, with dotted keys
 * (`answerThresholds.yes`, `ladders.MILESTONES.probabilities.C50`, `criterionWeights.TAS.05`).
 * List settings take a comma-separated text. Blank keys are skipped.
 */
export function settingsFromRows(rows: readonly (readonly unknown[])[], base: ScoringSettings = DEFAULT_SETTINGS): ScoringSettings {
  const overrides: Record<string, unknown> = {};
  rows.forEach((row, index) => {
    const rawKey = row[0];
    if (rawKey === null || rawKey === undefined || String(rawKey).trim() === '') return;
    const key = String(rawKey).trim();
    const value = row[1];
    const rowName = `row ${index + 1} (${key})`;
    const parts = splitSettingKey(key);
    const top = parts[0] ?? '';
    if (/^(knockOut|softKnockOut)(Tags|Criteria)$/.test(top)) {
      overrides[top] =
        typeof value === 'string'
          ? value
              .split(/[,，;；]/)
              .map((s) => s.trim())
              .filter((s) => s !== '')
          : [];
      return;
    }
    const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    if (!Number.isFinite(n)) {
      throw new DealKitError(text(`Settings ${rowName}: "${String(value ?? '')}" is not a number`, `设置表第 ${index + 1} 行（${key}）：“${String(value ?? '')}”不是数字`), rowName);
    }
    let node: Record<string, unknown> = overrides;
    parts.slice(0, -1).forEach((part) => {
      const next = node[part];
      if (isPlain(next)) {
        node = next as Record<string, unknown>;
      } else {
        const created: Record<string, unknown> = {};
        node[part] = created;
        node = created;
      }
    });
    node[parts[parts.length - 1] ?? key] = n;
  });
  return mergeSettings(overrides as DeepPartial<ScoringSettings>, base);
}

/**
 * Criterion ids contain dots (`TAS.05`, `PPVVC.PAIN.1`), so only the keys of fixed groups are split:
 * `criterionWeights.<id>` and `ladders.<ladder>.<probabilities|stallDays>.<code>` keep the rest whole.
 */
function splitSettingKey(key: string): string[] {
  const parts = key.split('.');
  if (parts[0] === 'criterionWeights' && parts.length > 1) return ['criterionWeights', parts.slice(1).join('.')];
  if (parts[0] === 'ladders' && parts.length > 3) return [parts[0], parts[1] ?? '', parts[2] ?? '', parts.slice(3).join('.')];
  return parts;
}
