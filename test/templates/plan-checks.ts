/** Checks every template plan must pass, shared by the per-template tests. */
import { DECIMAL_MARK_RULE_ID, LANGUAGE_RULE_ID, SCALAR_RULES } from '../../shared/settings/function-rules';
import { findFunction } from '../../shared/functions/catalog';
import { resultSizeOf } from '../../shared/functions/result-sizes';
import { LADDERS } from '../../shared/methods/ladders';
import { LADDER_IDS, LOST_STAGE } from '../../shared/methods/types';
import type { SheetPlan, Validation, WritePlan } from '../../shared/plan';
import { cellsOf, columnLettersOfNumber, parseRangeNumbers } from '../../shared/a1';
import { settingsTemplate } from '../../shared/templates/settings';
import type { TemplateInput } from '../../shared/templates/sheet-builder';
import { ALLOWED_BUILT_INS, readFormula } from './formula-check';

export function formulasOf(sheet: SheetPlan): { cell: string; formula: string }[] {
  const out: { cell: string; formula: string }[] = [];
  for (const block of sheet.formulas ?? []) {
    const { column, row } = parseRangeNumbers(block.at);
    block.rows.forEach((cells, r) =>
      cells.forEach((formula, c) => {
        if (formula !== null) out.push({ cell: cellsOf(`${columnLettersOfNumber(column + c)}${row + r}`)[0], formula });
      }),
    );
  }
  return out;
}

export function valuesOf(sheet: SheetPlan): Map<string, string | number | boolean | null> {
  const out = new Map<string, string | number | boolean | null>();
  for (const block of sheet.values ?? []) {
    const { column, row } = parseRangeNumbers(block.at);
    block.rows.forEach((cells, r) => cells.forEach((value, c) => out.set(`${columnLettersOfNumber(column + c)}${row + r}`, value)));
  }
  return out;
}

/** Problems with the formulas of a sheet: unbalanced, unknown functions, wrong DealKit arity. */
export function formulaProblems(sheet: SheetPlan): string[] {
  const problems: string[] = [];
  const all = [...formulasOf(sheet), ...(sheet.conditionalFormats ?? []).flatMap((c) => (c.rule.kind === 'formula' ? [{ cell: c.range, formula: c.rule.formula }] : []))];
  for (const { cell, formula } of all) {
    const reading = readFormula(formula);
    if (!reading.balanced) problems.push(`${cell}: not well-formed: ${formula}`);
    for (const call of reading.calls) {
      if (call.dealkit) {
        const entry = findFunction(call.name);
        if (!entry) {
          problems.push(`${cell}: ${call.name} is not in the DealKit catalog`);
          continue;
        }
        const required = entry.params.filter((p) => !p.optional).length;
        if (call.args < required || call.args > entry.params.length) {
          problems.push(`${cell}: ${call.name} takes ${required}–${entry.params.length} arguments, got ${call.args}`);
        }
      } else if (!ALLOWED_BUILT_INS.has(call.name)) {
        problems.push(`${cell}: ${call.name} is not an allowed built-in (or lacks the {{DEAL}} prefix)`);
      }
    }
  }
  return problems;
}

/** Workbook names a sheet uses in formulas and dropdown sources. */
export function namesUsed(sheet: SheetPlan): Set<string> {
  const names = new Set<string>();
  for (const { formula } of formulasOf(sheet)) for (const n of readFormula(formula).names) names.add(n);
  // A list kept on the sheet itself is reached by its sheet token, not by a workbook name.
  for (const v of sheet.validations ?? []) if (v.kind === 'listFromRange' && !v.source.startsWith('{{SHEET:')) names.add(v.source);
  return names;
}

export const SETTINGS_DEFINED = new Set(settingsTemplate({ locale: 'en' }).namedRanges.map((n) => n.name));

function inside(cell: string, range: string): boolean {
  const c = parseRangeNumbers(cell);
  const r = parseRangeNumbers(range);
  return c.column >= r.column && c.column <= r.lastColumn && c.row >= r.row && c.row <= r.lastRow;
}

export function inAny(cell: string, ranges: readonly string[]): boolean {
  return ranges.some((range) => inside(cell, range));
}

function valueFits(value: unknown, v: Validation): boolean {
  switch (v.kind) {
    case 'list':
      return typeof value === 'string' && v.items.includes(value);
    case 'checkbox':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && (v.min === undefined || value >= v.min) && (v.max === undefined || value <= v.max);
    case 'date':
      return typeof value === 'number';
    case 'listFromRange':
      return typeof value === 'string';
  }
}

/** Inputs, validations and protection agree: each problem is described. */
export function inputProblems(sheet: SheetPlan, inputs: readonly TemplateInput[]): string[] {
  const problems: string[] = [];
  const editable = sheet.protection?.editable ?? [];
  const inputRanges = inputs.map((i) => i.range);
  if (JSON.stringify([...editable].sort()) !== JSON.stringify([...inputRanges].sort())) {
    problems.push(`editable ranges ${JSON.stringify(editable)} differ from inputs ${JSON.stringify(inputRanges)}`);
  }
  const values = valuesOf(sheet);
  for (const input of inputs) {
    if (input.validation) {
      if (!(sheet.validations ?? []).some((v) => v.range === input.range && v.kind === input.validation!.kind)) {
        problems.push(`${input.range}: validation missing from the plan`);
      }
      for (const cell of cellsOf(input.range)) {
        const value = values.get(cell);
        if (value !== undefined && value !== null && !valueFits(value, input.validation)) {
          problems.push(`${cell}: prefilled ${JSON.stringify(value)} does not fit its ${input.validation.kind} validation`);
        }
      }
    } else {
      // Free text: nothing typed in it can be wrong, so nothing but text may be prefilled there.
      for (const cell of cellsOf(input.range)) {
        const value = values.get(cell);
        if (value !== undefined && value !== null && typeof value !== 'string') problems.push(`${cell}: free-text input prefilled with ${JSON.stringify(value)}`);
      }
    }
  }
  for (const v of sheet.validations ?? []) {
    if (!inAny(v.range.split(':')[0], inputRanges)) problems.push(`${v.range}: a validation on a cell users cannot edit`);
  }
  // Every formula outside an input is locked; every label outside an input is locked.
  for (const { cell } of formulasOf(sheet)) {
    const isInput = inAny(cell, inputRanges);
    if (isInput && !inputs.some((i) => inside(cell, i.range) && i.validation)) problems.push(`${cell}: a formula in a free-text input`);
  }
  return problems;
}

const CJK = /[\u3400-\u9fff\uff00-\uffef]/;
/** Stage codes are identifiers users type and formulas match, the same in every language. */
const STAGE_CODES = new Set([...LADDER_IDS.flatMap((id) => LADDERS[id].stages.map((s) => s.code)), LOST_STAGE]);
/** The DK_RULES block's keys are identifiers a formula may type, like stage codes: the same in every language. */
const RULE_KEYS = new Set([LANGUAGE_RULE_ID, DECIMAL_MARK_RULE_ID, ...SCALAR_RULES.map((rule) => rule.id)]);

/** Strings of a plan shown to users that are English words in a zh-CN plan. */
export function nonChineseLabels(plan: WritePlan): string[] {
  const bad: string[] = [];
  const check = (s: string): void => {
    if (CJK.test(s) || STAGE_CODES.has(s) || RULE_KEYS.has(s)) return;
    if (/[a-z]{3,}/.test(s)) bad.push(s);
  };
  for (const sheet of plan.sheets) {
    if (sheet.target.kind === 'new') check(sheet.target.baseName);
    for (const value of valuesOf(sheet).values()) if (typeof value === 'string') check(value);
    for (const v of sheet.validations ?? []) if (v.kind === 'list') v.items.forEach(check);
    for (const c of sheet.charts ?? []) check(c.title);
  }
  return bad;
}

/** Strings of an English plan that hold Chinese. */
export function chineseInEnglish(plan: WritePlan): string[] {
  const bad: string[] = [];
  for (const sheet of plan.sheets) {
    for (const value of valuesOf(sheet).values()) if (typeof value === 'string' && CJK.test(value)) bad.push(value);
    for (const v of sheet.validations ?? []) if (v.kind === 'list') bad.push(...v.items.filter((i) => CJK.test(i)));
  }
  return bad;
}

/** The common checks for one built template plan. */
export function commonProblems(plan: WritePlan, sheetKey: string, inputs: readonly TemplateInput[]): string[] {
  const problems: string[] = [];
  const sheet = plan.sheets.find((s) => s.key === sheetKey);
  if (!sheet) return [`no sheet ${sheetKey}`];
  for (const s of plan.sheets) problems.push(...formulaProblems(s).map((p) => `${s.key} ${p}`));
  problems.push(...inputProblems(sheet, inputs));
  problems.push(...spillCollisions(sheet));
  problems.push(...lockedArguments(sheet, inputs));
  for (const name of namesUsed(sheet)) if (!SETTINGS_DEFINED.has(name)) problems.push(`${name} is not defined by the Settings plan`);
  if (namesUsed(sheet).size > 0) {
    const settings = plan.sheets.find((s) => s.onlyIfNamedRangeMissing);
    if (!settings) problems.push('uses settings names but carries no Settings sheet');
    const defined = new Set((plan.namedRanges ?? []).map((n) => n.name));
    for (const name of namesUsed(sheet)) if (!defined.has(name)) problems.push(`${name} missing from the plan's named ranges`);
  }
  for (const { formula, cell } of formulasOf(sheet)) {
    if (readFormula(formula).sheetKeys.includes('settings')) problems.push(`${cell}: reaches Settings by sheet name, not by a named range`);
  }
  return problems;
}

/** The top-level arguments of the first call in a formula, as written. */
function topLevelArgs(formula: string, from: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let current = '';
  let inString = false;
  for (let i = from; i < formula.length; i += 1) {
    const ch = formula[i];
    if (ch === '"') inString = !inString;
    if (!inString) {
      if (ch === '(') depth += 1;
      if (ch === ')') {
        if (depth === 0) break;
        depth -= 1;
      }
      if (ch === ',' && depth === 0) {
        args.push(current);
        current = '';
        continue;
      }
    }
    current += ch;
  }
  args.push(current);
  return args;
}

const SETTINGS_RANGES = new Map(settingsTemplate({ locale: 'en' }).namedRanges.map((n) => [n.name, parseRangeNumbers(n.range)]));

/**
 * Cells written inside the area a spilling DealKit formula needs, sized as HyperFormula sizes it
 * (the catalog's resultSize over the argument ranges): any such cell would turn the result into #SPILL!.
 */
export function spillCollisions(sheet: SheetPlan): string[] {
  const occupied = new Set<string>([...valuesOf(sheet).keys(), ...formulasOf(sheet).map((f) => f.cell)]);
  const problems: string[] = [];
  for (const { cell, formula } of formulasOf(sheet)) {
    const match = /^=\{\{DEAL\}\}([A-Z_]+)\(/.exec(formula);
    if (!match) continue;
    const entry = findFunction(match[1]);
    if (entry === undefined) continue;
    const resultSize = resultSizeOf(entry);
    if (!resultSize) continue;
    const sizes = topLevelArgs(formula, match[0].length).map((arg) => {
      const a = arg.trim().replace(/\$/g, '');
      const r = /^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(a) ? parseRangeNumbers(a) : SETTINGS_RANGES.get(a);
      return r ? { rows: r.lastRow - r.row + 1, columns: r.lastColumn - r.column + 1 } : undefined;
    });
    const size = resultSize(sizes);
    const top = parseRangeNumbers(cell);
    for (let r = 0; r < size.rows; r += 1) {
      for (let c = 0; c < size.columns; c += 1) {
        if (r === 0 && c === 0) continue;
        const here = `${columnLettersOfNumber(top.column + c)}${top.row + r}`;
        if (occupied.has(here)) problems.push(`${cell}: ${entry.name} spills over ${here}`);
      }
    }
  }
  return problems;
}

/**
 * Every cell a DealKit formula reads from its own sheet is one the user can fill or one a formula
 * computes: a locked empty cell in an argument range would be an input nobody can type into.
 */
export function lockedArguments(sheet: SheetPlan, inputs: readonly TemplateInput[]): string[] {
  const editable = inputs.map((i) => i.range);
  const formulaCells = formulasOf(sheet);
  const computed = new Set(formulaCells.map((f) => f.cell));
  const spillTops = formulaCells.filter((f) => /^=\{\{DEAL\}\}/.test(f.formula)).map((f) => parseRangeNumbers(f.cell));
  const underSpill = (cell: string): boolean => {
    const c = parseRangeNumbers(cell);
    return spillTops.some((t) => c.column >= t.column && c.column <= t.column + 5 && c.row >= t.row && c.row <= t.row + 300);
  };
  const problems: string[] = [];
  for (const { cell, formula } of formulaCells) {
    if (!/\{\{DEAL\}\}/.test(formula)) continue;
    const refs = formula.replace(/"[^"]*"/g, '').match(/\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/g) ?? [];
    for (const ref of refs) {
      for (const target of cellsOf(ref.replace(/\$/g, ''))) {
        if (inAny(target, editable) || computed.has(target) || underSpill(target)) continue;
        problems.push(`${cell} reads ${target}, which is neither an input nor computed`);
        break;
      }
    }
  }
  return problems;
}
