import { DealKitError, isDealKitError } from '../errors';
import { parseLocale, text, type Locale, type Text } from '../i18n';
import { QUESTION_SETS } from '../methods/question-sets';
import { knockOutKind, type KnockOutKind, type ScoringSettings } from '../scoring/settings';
import { readDecimalMark, type DecimalMark } from '../numbers/decimal-mark';
import { DECIMAL_MARK_RULE_ID, LANGUAGE_RULE_ID, SCALAR_RULES, WEIGHT_FAMILY, WEIGHT_MAX, WEIGHT_MIN, type RuleFamily, type ScalarRule } from '../settings/function-rules';
import { booleanFromCell, errorCodeOf, heldErrorText, isHostError, numberFromCell, showCell, toCell } from './coerce';
import { SETTINGS_PARAM_NAME, type CallContext, type Cell } from './types';

/**
 * The optional last argument of every DealKit function: the Settings sheet's DK_RULES block (key |
 * value | knock-out | the Settings cell the value comes from), or any range or array constant of the
 * same shape. Hosts recalculate a custom function only when an argument changes (Google's
 * custom-function guide; Microsoft's guidance on Excel APIs in custom functions), so the rules come in
 * as an argument and a manager's edit recalculates exactly the formulas that read them.
 */

/** A cell of the settings range; an error value is kept to be reported only by the functions that read it. */
type RuleCell = Cell | { readonly failure: Text };

interface RuleRow {
  /** 1-based row within the argument, as the messages count. */
  readonly row: number;
  readonly key: string;
  readonly value: RuleCell;
  readonly knockOut: RuleCell;
  /** Where the value is kept on the Settings sheet (e.g. `B24`), when the block says. */
  readonly source?: string;
}

const CRITERIA = new Map(Object.values(QUESTION_SETS).flatMap((set) => set.criteria.map((criterion) => [criterion.id.toUpperCase(), criterion] as const)));
const SCALARS = new Map(SCALAR_RULES.map((rule) => [rule.id, rule]));
/** The keys that are words (criterion ids are the others). */
const WORD_KEYS: readonly string[] = [LANGUAGE_RULE_ID, DECIMAL_MARK_RULE_ID, ...SCALARS.keys()];

/** "settings, row 2: yes_threshold (Settings cell B22): …", the form every row message of every argument takes. */
function rowFailure(row: RuleRow | { row: number; key?: string; source?: string }, en: string, zh: string): DealKitError {
  const what = row.key === undefined ? '' : `${row.key}${row.source ? ` (Settings cell ${row.source})` : ''}: `;
  const whatZh = row.key === undefined ? '' : `${row.key}${row.source ? `(设置表单元格 ${row.source})` : ''}：`;
  return new DealKitError({ en: `${SETTINGS_PARAM_NAME}, row ${row.row}: ${what}${en}`, 'zh-CN': `${SETTINGS_PARAM_NAME}，第 ${row.row} 行：${whatZh}${zh}` }, SETTINGS_PARAM_NAME);
}

function ruleCell(raw: unknown, row: number): RuleCell {
  try {
    return toCell(raw, SETTINGS_PARAM_NAME, row);
  } catch (error) {
    if (!isDealKitError(error)) throw error;
    const code = isHostError(raw) ? raw.dealKitHostError : typeof raw === 'string' ? errorCodeOf(raw.trim()) : undefined;
    return code === undefined ? { failure: text('the value is not a number, text or TRUE/FALSE', '该值不是数字、文本或 TRUE/FALSE') } : { failure: heldErrorText(code) };
  }
}

function plain(cell: RuleCell, row: RuleRow): Cell {
  if (cell !== null && typeof cell === 'object') {
    throw rowFailure(row, cell.failure.en, cell.failure['zh-CN']);
  }
  return cell;
}

/** The rows of the argument, keyed; blank rows skipped, unknown and repeated keys refused. */
function ruleRows(raw: unknown): readonly RuleRow[] {
  const rows: unknown[][] = Array.isArray(raw) ? raw.map((row: unknown) => (Array.isArray(row) ? row : [row])) : [[raw]];
  const seen = new Map<string, number>();
  const result: RuleRow[] = [];
  rows.forEach((cells, index) => {
    const row = index + 1;
    const keyCell = ruleCell(cells[0], row);
    const value = ruleCell(cells[1], row);
    if (keyCell === null && value === null) return;
    if (typeof keyCell !== 'string') {
      throw rowFailure(
        { row },
        `the first column must hold a setting's key (such as yes_threshold or TAS.05), not ${typeof keyCell === 'object' && keyCell !== null ? 'an error value' : showCell(keyCell)}`,
        `第一列应为设置项的键(如 yes_threshold 或 TAS.05)`,
      );
    }
    const key = keyCell.trim();
    const lower = key.toLowerCase();
    const normal = WORD_KEYS.includes(lower) ? lower : key.toUpperCase();
    if (!WORD_KEYS.includes(normal) && !CRITERIA.has(normal)) {
      throw rowFailure(
        { row },
        `'${key}' is not a DealKit setting (keys: ${WORD_KEYS.join(', ')}, or a criterion id such as TAS.05)`,
        `“${key}”不是 DealKit 设置项(可用的键：${WORD_KEYS.join('、')}，或评估标准编号如 TAS.05)`,
      );
    }
    const earlier = seen.get(normal);
    if (earlier !== undefined) {
      throw rowFailure({ row }, `'${key}' is set twice (also in row ${earlier})`, `“${key}”重复设置(第 ${earlier} 行也有)`);
    }
    seen.set(normal, row);
    const sourceCell = ruleCell(cells[3], row);
    const source = typeof sourceCell === 'string' ? sourceCell : undefined;
    result.push({ row, key: normal, value, knockOut: ruleCell(cells[2], row), ...(source ? { source } : {}) });
  });
  return result;
}

function scalarValue(row: RuleRow, rule: ScalarRule): number {
  const cell = plain(row.value, row);
  if (cell === null) {
    throw rowFailure(
      row,
      `is blank: type a value from ${rule.min} to ${rule.max} (DealKit's default is ${rule.defaultValue})`,
      `为空：请填写 ${rule.min} 到 ${rule.max} 之间的值(DealKit 默认值为 ${rule.defaultValue})`,
    );
  }
  const value = numberFromCell(cell);
  if (value === undefined) throw rowFailure(row, `${showCell(cell)} is not a number`, `${showCell(cell)} 不是数字`);
  if (value < rule.min || value > rule.max) {
    throw rowFailure(row, `${value} must be from ${rule.min} to ${rule.max}`, `${value} 必须在 ${rule.min} 到 ${rule.max} 之间`);
  }
  return value;
}

/** The setting `key` as `read` reads its value; a value it cannot read is an error naming the row, `it is not …`. */
function wordSetting<T>(rows: readonly RuleRow[], key: string, read: (cell: Cell) => T | undefined, en: string, zh: string): T | undefined {
  const row = rows.find((r) => r.key === key);
  if (!row) return undefined;
  const cell = plain(row.value, row);
  const value = read(cell);
  if (value === undefined) throw rowFailure(row, `${showCell(cell)} ${en}`, `${showCell(cell)} ${zh}`);
  return value;
}

function languageOf(rows: readonly RuleRow[]): Locale | undefined {
  return wordSetting(rows, LANGUAGE_RULE_ID, parseLocale, 'is not a language DealKit speaks (en or zh-CN)', '不是 DealKit 支持的语言(en 或 zh-CN)');
}

function decimalMarkOf(rows: readonly RuleRow[]): DecimalMark | undefined {
  return wordSetting(rows, DECIMAL_MARK_RULE_ID, readDecimalMark, 'is not a decimal mark (. or ,)', '不是小数点(. 或 ,)');
}

/** The rules of the families a function reads, over the defaults; nothing else in the range is looked at. */
function rulesFor(rows: readonly RuleRow[], families: readonly RuleFamily[], base: ScoringSettings): ScoringSettings {
  const wanted = new Set(families);
  const given = new Map<string, { value: number; row: RuleRow }>();
  for (const row of rows) {
    const rule = SCALARS.get(row.key);
    if (rule && wanted.has(rule.family)) given.set(rule.id, { value: scalarValue(row, rule), row });
  }
  const get = (id: string, fallback: number): number => given.get(id)?.value ?? fallback;
  const yes = get('yes_threshold', base.answerThresholds.yes);
  const no = get('no_threshold', base.answerThresholds.no);
  const ratio = get('lead_ratio', base.lead.ratio);
  const atRisk = get('control_at_risk', base.control.atRisk);
  const notInControl = get('control_limit', base.control.notInControl);
  const bestCase = get('best_case_from', base.forecast.bestCase);
  const commit = get('commit_from', base.forecast.commit);
  ordered(given, 'no_threshold', no, 'yes_threshold', yes, true);
  ordered(given, 'control_at_risk', atRisk, 'control_limit', notInControl, false);
  ordered(given, 'best_case_from', bestCase, 'commit_from', commit, false);
  return {
    ...base,
    answerThresholds: { yes, no },
    // The assessment sheet's own 3:1 prefill counts a group lead as ours − theirs ≥ (ratio − 1) × theirs: keep the two in step.
    lead: given.has('lead_ratio') ? { ratio, groupAdvantageMultiple: Math.max(0, ratio - 1) } : base.lead,
    control: { atRisk, notInControl },
    redFlagInfluence: get('red_flag_influence', base.redFlagInfluence),
    forecast: { bestCase, commit },
    ...(wanted.has(WEIGHT_FAMILY) ? weightRules(rows, base) : {}),
  };
}

/**
 * Two rules that bound each other (No below Yes, at risk before not in control, Best case before
 * Commit), named at the row that set one of them; DealKit's defaults are in order by themselves.
 */
function ordered(given: ReadonlyMap<string, { row: RuleRow }>, lowId: string, low: number, highId: string, high: number, strict: boolean): void {
  const at = given.get(highId)?.row ?? given.get(lowId)?.row;
  if (!at || (strict ? low < high : low <= high)) return;
  throw rowFailure(at, `${lowId} (${low}) must be ${strict ? 'below' : 'at most'} ${highId} (${high})`, `${lowId}(${low})必须${strict ? '小于' : '不大于'} ${highId}(${high})`);
}

/**
 * Criterion rows: weight and knock-out kind. A listed criterion's knock-out cell decides what a `-` on
 * it does: HARD or SOFT (any case), blank or FALSE for none. TRUE is the tick of Settings sheets made
 * before knock-outs had two kinds, when every knock-out was hard and the sheet ticked exactly funding
 * and the compelling event: it reads as the criterion's kind under `base` — DealKit's defaults — (soft for the compelling
 * event, which the seeds answer with Defend or Develop, not by walking away), and as hard on any other
 * criterion, the one kind a manager could then have meant. Criteria not listed keep their default.
 */
function weightRules(rows: readonly RuleRow[], base: ScoringSettings): Partial<ScoringSettings> {
  const listed = rows.filter((row) => CRITERIA.has(row.key));
  if (listed.length === 0) return {};
  const weights: Record<string, number> = {};
  const kinds: Record<KnockOutKind, string[]> = { hard: [], soft: [] };
  for (const row of listed) {
    const criterion = CRITERIA.get(row.key);
    if (!criterion) continue;
    const cell = plain(row.value, row);
    const weight = cell === null ? undefined : numberFromCell(cell);
    if (weight === undefined || weight < WEIGHT_MIN || weight > WEIGHT_MAX) {
      throw rowFailure(row, `the weight ${showCell(cell)} must be a number from ${WEIGHT_MIN} to ${WEIGHT_MAX}`, `权重 ${showCell(cell)} 必须是 ${WEIGHT_MIN} 到 ${WEIGHT_MAX} 之间的数字`);
    }
    weights[criterion.id] = weight;
    const kindCell = plain(row.knockOut, row);
    const word = String(kindCell).trim().toLowerCase();
    const said = word === 'hard' || word === 'soft' ? word : kindCell === null ? false : booleanFromCell(kindCell);
    if (said === undefined) throw rowFailure(row, `the knock-out ${showCell(kindCell)} must be HARD, SOFT or blank`, `一票否决 ${showCell(kindCell)} 必须为 HARD、SOFT 或空白`);
    const kind = said === true ? (knockOutKind(criterion, base) ?? 'hard') : said || null;
    if (kind) kinds[kind].push(criterion.id);
  }
  for (const criterion of CRITERIA.values()) {
    const kind = criterion.id in weights ? null : knockOutKind(criterion, base);
    if (kind) kinds[kind].push(criterion.id);
  }
  return { criterionWeights: weights, knockOutCriteria: kinds.hard, knockOutTags: [], softKnockOutCriteria: kinds.soft, softKnockOutTags: [] };
}

/**
 * The call context a settings argument gives a function that reads `families`: its language and those
 * rules, over `base` (the host's language and DealKit's defaults). A value that cannot be read is an
 * error naming the row, the key and the Settings cell — never a silent default.
 */
export function contextFromSettingsArgument(raw: unknown, families: readonly RuleFamily[], base: CallContext): CallContext {
  const rows = ruleRows(raw);
  const locale = languageOf(rows) ?? base.locale;
  const decimalMark = decimalMarkOf(rows);
  return {
    ...base,
    locale,
    ...(decimalMark ? { decimalMark } : {}),
    settings: families.length === 0 ? base.settings : rulesFor(rows, families, base.settings),
  };
}

/** The language a settings argument asks for, read leniently so even a message about a bad setting is in it. */
export function languageOfSettingsArgument(raw: unknown): Locale | undefined {
  try {
    return languageOf(ruleRows(raw));
  } catch {
    return undefined;
  }
}
