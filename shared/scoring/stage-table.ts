import { isBlank } from '../blank';
import { argumentError, DealKitError } from '../errors';
import { text, type Text } from '../i18n';
import { LADDER_IDS, LADDERS, LOST_STAGE, lostStage, type LadderId } from '../methods';
import { DEFAULT_SETTINGS, type ScoringSettings } from './settings';

/** Open, won (a built-in ladder's last stage; a range's row at 100 %) or lost (`LOST`, on no ladder). */
export type StageKind = 'open' | 'won' | 'lost';

export interface StageRow {
  readonly code: string;
  readonly label: Text;
  /** Win probability, 0–1. */
  readonly probability: number;
  /** Days a deal may sit here before it is stalled. */
  readonly stallDays: number;
  readonly kind: StageKind;
  /** Position on the ladder, 0-based; −1 for LOST. */
  readonly index: number;
}

/**
 * The stages a workbook uses, in order of progress with the won stage last, plus LOST. Built from a
 * ladder and the settings, or from a manager's own two-column range, so every measure reads one
 * table whatever its source.
 */
export interface StageTable {
  /** The ladder it was built from; null for a user's own range. */
  readonly ladderId: LadderId | null;
  readonly stages: readonly StageRow[];
  readonly lost: StageRow;
}

function lostRow(stallDays: number): StageRow {
  return { code: LOST_STAGE, label: lostStage.label, probability: 0, stallDays, kind: 'lost', index: -1 };
}

function finish(
  ladderId: LadderId | null,
  rows: readonly Omit<StageRow, 'kind' | 'index'>[],
  stallDays: number,
  isWon: (row: Omit<StageRow, 'kind' | 'index'>, index: number) => boolean = (_, index) => index === rows.length - 1,
): StageTable {
  return {
    ladderId,
    stages: rows.map((row, index) => ({ ...row, kind: isWon(row, index) ? 'won' : 'open', index })),
    lost: lostRow(stallDays),
  };
}

/** `LOST` or the lost stage's label in either language: the row a range uses for lost deals. */
function isLostName(code: string): boolean {
  const key = code.toLowerCase();
  return key === LOST_STAGE.toLowerCase() || key === lostStage.label.en.toLowerCase() || key === lostStage.label['zh-CN'].toLowerCase();
}

export interface StageRangeOptions {
  /**
   * The range carries no real probabilities (STALLED's stage | days limits): its last row is the won
   * stage, as on a built-in ladder. Otherwise the won stage is the row at 100 %, and a range without
   * one is refused — a ladder's top row is not necessarily a closed deal.
   */
  readonly lastIsWon?: boolean;
}

/**
 * A built-in ladder as shipped, each stage allowed the settings' stall limit. The functions read
 * ladders this way: no function argument edits a ladder's stages, so they skip the overrides below.
 */
export function builtInStageTable(ladderId: LadderId, settings: ScoringSettings): StageTable {
  return finish(
    ladderId,
    LADDERS[ladderId].stages.map((stage) => ({ ...stage, stallDays: settings.stallDays })),
    settings.stallDays,
  );
}

/** A ladder's stages with the manager's probability and stall-limit edits from the settings applied. */
export function stageTable(ladderId: LadderId, settings: ScoringSettings = DEFAULT_SETTINGS): StageTable {
  if (!(LADDER_IDS as readonly string[]).includes(ladderId)) {
    throw argumentError('ladder', `"${ladderId}" is not a ladder; use ${LADDER_IDS.join(', ')}`, `“${ladderId}”不是有效的阶梯；可用 ${LADDER_IDS.join('、')}`);
  }
  const ladder = LADDERS[ladderId];
  const overrides = settings.ladders[ladderId];
  const codes = new Set(ladder.stages.map((s) => s.code));
  for (const [kind, record] of [
    ['probabilities', overrides?.probabilities ?? {}],
    ['stallDays', overrides?.stallDays ?? {}],
  ] as const) {
    for (const code of Object.keys(record)) {
      if (!codes.has(code)) {
        const path = `ladders.${ladderId}.${kind}.${code}`;
        throw new DealKitError(
          text(
            `Setting ${path}: ${ladderId} has no stage ${code} (its stages: ${[...codes].join(', ')})`,
            `设置项 ${path}：${ladderId} 没有阶段 ${code}（其阶段为：${[...codes].join('、')}）`,
          ),
          path,
        );
      }
    }
  }
  return finish(
    ladderId,
    ladder.stages.map((stage) => ({
      code: stage.code,
      label: stage.label,
      probability: overrides?.probabilities[stage.code] ?? stage.probability,
      stallDays: overrides?.stallDays[stage.code] ?? settings.stallDays,
    })),
    settings.stallDays,
  );
}

/**
 * A range usually copies a built-in ladder's codes (the Settings sheet writes them): keep that
 * stage's label in both languages, so a rep who types the label still finds the stage.
 */
function knownLabel(code: string): Text {
  const key = code.toUpperCase();
  for (const id of LADDER_IDS) {
    const stage = LADDERS[id].stages.find((s) => s.code.toUpperCase() === key);
    if (stage) return stage.label;
  }
  return text(code, code);
}

function rowError(row: number, en: string, zh: string): DealKitError {
  return new DealKitError(text(`stages row ${row}: ${en}`, `stages 第 ${row} 行：${zh}`), `stages row ${row}`);
}

/**
 * A probability as typed: a fraction from 0 to 1 (0.25, or 25 % in a cell formatted as a percentage) or
 * text with the sign ("25%"). A bare number above 1 is refused, as probability overrides refuse it:
 * 25 may mean 25 % or a slip for 0.25, and reading it either way silently would skew every forecast.
 */
function readProbability(raw: unknown, row: number): number | undefined {
  let value: number | undefined;
  let percent = false;
  if (typeof raw === 'number') value = raw;
  else if (typeof raw === 'string') {
    const trimmed = raw.normalize('NFKC').trim();
    percent = trimmed.endsWith('%');
    const n = Number((percent ? trimmed.slice(0, -1) : trimmed).trim());
    if (trimmed !== '' && Number.isFinite(n)) value = percent ? n / 100 : n;
  }
  if (value === undefined) return undefined;
  const shown = String(raw);
  if (value > 1 && !percent) {
    throw rowError(
      row,
      `probability ${shown} is above 1: probabilities are fractions from 0 to 1, so for ${shown} % type ${shown}% (with the sign) or ${value / 100}`,
      `概率 ${shown} 大于 1：概率是 0 到 1 的小数；若指 ${shown}%，请写成 ${shown}%(带百分号)或 ${value / 100}`,
    );
  }
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw rowError(row, `probability ${shown} must be between 0 % and 100 %`, `概率 ${shown} 必须介于 0% 与 100% 之间`);
  }
  return value;
}

/**
 * A manager's own ladder from a range: stage code | probability [| stall days], in order of
 * progress. The won stage is the row at 100 %; a range with none is an error. Blank rows are
 * skipped; a first row whose probability is text is a header. A `LOST` row (or one named with the
 * lost label, "Lost" / "丢单") may be listed at 0 %; it is kept off the ladder like everywhere else.
 * Stall limits may also come as a separate code | days range (the Settings sheet keeps them apart);
 * a stage it does not list keeps the third column's limit or the settings' default.
 */
export function stageTableFromRange(
  rows: readonly (readonly unknown[])[],
  settings: ScoringSettings = DEFAULT_SETTINGS,
  stallLimits?: readonly (readonly unknown[])[],
  options: StageRangeOptions = {},
): StageTable {
  const stages = rangeStages(rows, settings);
  const limits = readStallLimits(stallLimits ?? [], new Set(stages.map((s) => s.code.toUpperCase())));
  return rangeTable(
    stages.map((stage) => ({ ...stage, stallDays: limits.get(stage.code.toUpperCase()) ?? stage.stallDays })),
    settings,
    options,
  );
}

/**
 * A manager's own ladder from a range, as the functions read it: their ladder and limits arguments
 * have no separate stall-limits range, so they skip reading one.
 */
export function stageTableFromOwnRange(rows: readonly (readonly unknown[])[], settings: ScoringSettings, options: StageRangeOptions = {}): StageTable {
  return rangeTable(rangeStages(rows, settings), settings, options);
}

/** The stage rows of a range, checked row by row; blank rows and the LOST row left out. */
function rangeStages(rows: readonly (readonly unknown[])[], settings: ScoringSettings): Omit<StageRow, 'kind' | 'index'>[] {
  const stages: Omit<StageRow, 'kind' | 'index'>[] = [];
  const seen = new Set<string>();
  rows.forEach((cells, i) => {
    const row = i + 1;
    const [rawCode, rawProbability, rawStall] = cells;
    if (isBlank(rawCode) && isBlank(rawProbability)) return;
    const probability = readProbability(rawProbability, row);
    if (probability === undefined) {
      if (i === 0 && typeof rawProbability === 'string') return;
      throw rowError(row, `"${rawProbability ?? ''}" is not a probability`, `“${rawProbability ?? ''}”不是有效的概率`);
    }
    if (isBlank(rawCode)) throw rowError(row, 'the stage code is blank', '阶段代码为空');
    const code = String(rawCode).trim();
    const key = code.toUpperCase();
    if (seen.has(key)) throw rowError(row, `stage ${code} is listed twice`, `阶段 ${code} 重复出现`);
    seen.add(key);
    if (isLostName(code)) {
      if (probability !== 0) throw rowError(row, `${code} (lost) must be 0 %`, `${code}（丢单）的概率必须为 0%`);
      return;
    }
    let stallDays = settings.stallDays;
    if (!isBlank(rawStall)) {
      const n = typeof rawStall === 'number' ? rawStall : Number(String(rawStall).trim());
      if (!Number.isFinite(n) || n < 0) throw rowError(row, `stall limit "${rawStall}" is not a number of days`, `停滞期限“${rawStall}”不是有效天数`);
      stallDays = n;
    }
    stages.push({ code, label: knownLabel(code), probability, stallDays });
  });
  if (stages.length === 0) {
    throw argumentError('stages', 'the range lists no stage', '该区域中没有任何阶段');
  }
  return stages;
}

/** The table of a range's stages: the won stage is the row at 100 % (or the last, with `lastIsWon`). */
function rangeTable(stages: readonly Omit<StageRow, 'kind' | 'index'>[], settings: ScoringSettings, options: StageRangeOptions): StageTable {
  if (options.lastIsWon !== true && !stages.some((stage) => stage.probability === 1)) {
    throw argumentError(
      'stages',
      `no stage is at 100 %; give the won stage a probability of 1 (100 %), e.g. Won | 100 % (${stages.map((s) => s.code).join(', ')} listed)`,
      `没有概率为 100% 的阶段；请把赢单阶段的概率设为 1（100%），例如 Won | 100%（已列出：${stages.map((s) => s.code).join('、')}）`,
    );
  }
  return finish(null, stages, settings.stallDays, options.lastIsWon === true ? undefined : (stage) => stage.probability === 1);
}

function readStallLimits(rows: readonly (readonly unknown[])[], codes: ReadonlySet<string>): Map<string, number> {
  const limits = new Map<string, number>();
  rows.forEach((cells, i) => {
    const row = i + 1;
    const [rawCode, rawDays] = cells;
    if (isBlank(rawCode) && isBlank(rawDays)) return;
    const key = String(rawCode ?? '')
      .trim()
      .toUpperCase();
    const days = typeof rawDays === 'number' ? rawDays : isBlank(rawDays) ? NaN : Number(String(rawDays).trim());
    const fail = (en: string, zh: string) => new DealKitError(text(`stallLimits row ${row}: ${en}`, `stallLimits 第 ${row} 行：${zh}`), `stallLimits row ${row}`);
    if (!Number.isFinite(days)) {
      if (i === 0 && typeof rawDays === 'string') return;
      throw fail(`"${rawDays ?? ''}" is not a number of days`, `“${rawDays ?? ''}”不是有效天数`);
    }
    if (days < 0) throw fail(`${days} must not be negative`, `${days} 不能为负数`);
    if (isLostName(key)) return;
    if (!codes.has(key)) throw fail(`${rawCode ?? ''} is not one of the stages`, `${rawCode ?? ''} 不在阶段列表中`);
    limits.set(key, days);
  });
  return limits;
}

/** Enough for every spelling a real column holds; past it, lookups still work, just uncached. */
const TYPED_CACHE_LIMIT = 4096;

/**
 * Looks stages up the way `findStage` does, with the table indexed once: every code and label,
 * lower-cased, plus the exact strings already seen (a column of 100k deals repeats a handful of
 * stages, so each distinct spelling is trimmed and lower-cased once, not once per row).
 */
export class StageMatcher {
  private readonly byKey = new Map<string, StageRow>();
  private readonly byTyped = new Map<string, StageRow>();

  constructor(table: StageTable) {
    const all = [...table.stages, table.lost];
    // Codes before labels, each the first row that has it: the order the lookup has always matched in.
    for (const stage of all) {
      const key = stage.code.toLowerCase();
      if (!this.byKey.has(key)) this.byKey.set(key, stage);
    }
    for (const stage of all) {
      for (const label of [stage.label.en, stage.label['zh-CN']]) {
        const key = label.toLowerCase();
        if (!this.byKey.has(key)) this.byKey.set(key, stage);
      }
    }
  }

  /** The stage typed, or undefined where `findStage` would refuse it (blank or unknown). */
  match(typed: unknown): StageRow | undefined {
    if (typeof typed === 'string') {
      const seen = this.byTyped.get(typed);
      if (seen !== undefined) return seen;
    }
    if (isBlank(typed)) return undefined;
    const found = this.byKey.get(String(typed).trim().toLowerCase());
    if (found !== undefined && typeof typed === 'string' && this.byTyped.size < TYPED_CACHE_LIMIT) this.byTyped.set(typed, found);
    return found;
  }
}

const MATCHERS = new WeakMap<StageTable, StageMatcher>();

/** The table's matcher, built on first use: loops over many rows take it once and call `match` per row. */
export function stageMatcher(table: StageTable): StageMatcher {
  let matcher = MATCHERS.get(table);
  if (matcher === undefined) {
    matcher = new StageMatcher(table);
    MATCHERS.set(table, matcher);
  }
  return matcher;
}

/**
 * The stage a user typed, as `findStage` finds it, or undefined where `findStage` would refuse it (blank
 * or unknown). For loops over many rows: the caller builds the row's name for `findStage`'s error only
 * when a row is at fault.
 */
export function matchStage(table: StageTable, typed: unknown): StageRow | undefined {
  return stageMatcher(table).match(typed);
}

/**
 * Finds the stage a user typed, by code or by label in either language, ignoring case and
 * surrounding spaces. `argument` names the cell or column for the error.
 */
export function findStage(table: StageTable, typed: unknown, argument = 'stage'): StageRow {
  const found = matchStage(table, typed);
  if (found) return found;
  if (isBlank(typed)) {
    throw argumentError(argument, 'the stage is blank', '阶段为空');
  }
  const codes = [...table.stages, table.lost].map((s) => s.code).join(', ');
  throw argumentError(argument, `"${String(typed).trim()}" is not a stage; use ${codes}`, `“${String(typed).trim()}”不是有效阶段；可用 ${codes}`);
}
