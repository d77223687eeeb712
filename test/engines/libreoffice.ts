/**
 * LibreOffice headless as a second spreadsheet engine for the generated .xlsx files. It does not
 * recalculate .xlsx on load by default, so each run gets a fresh profile with OOXMLRecalcMode = 0
 * ("always"); results are read back with ExcelJS.
 *
 * DealKit's own functions are unknown to LibreOffice (#NAME?, as in any spreadsheet without the add-in),
 * so the check is on cells whose formula uses only built-in functions and depends on no DealKit cell.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { columnIndex } from '../../shared/a1';
import { callsAddinFunction } from '../../shared/addin-function-names';

export function findSoffice(): string | undefined {
  for (const candidate of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice']) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    const found = execFileSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).trim();
    return found || undefined;
  } catch {
    return undefined;
  }
}

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Opens each file in LibreOffice (recalculating on load, in a profile of its own) and saves it in
 * `format` into a new folder; returns the folder. One LibreOffice start for all the files.
 */
export function convertWithLibreOffice(soffice: string, files: readonly string[], format: string): string {
  const root = mkdtempSync(join(tmpdir(), 'dk-lo-'));
  const profile = join(root, 'profile');
  const out = join(root, 'out');
  mkdirSync(join(profile, 'user'), { recursive: true });
  mkdirSync(out);
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_PROFILE);
  execFileSync(soffice, ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', format, '--outdir', out, ...files], {
    stdio: 'pipe',
    timeout: 180_000,
  });
  return out;
}

/** The path LibreOffice wrote for `file` into `out`, converted to `extension`. */
export function convertedPath(out: string, file: string, extension: string): string {
  const converted = join(out, basename(file).replace(/\.[^.]+$/, `.${extension}`));
  if (!existsSync(converted)) throw new Error(`LibreOffice did not write ${converted}`);
  return converted;
}

/** Opens each file in LibreOffice, recalculates and saves it as .xlsx into a new folder; returns the new paths. */
export function recalculateWithLibreOffice(soffice: string, files: readonly string[]): string[] {
  const out = convertWithLibreOffice(soffice, files, 'xlsx');
  return files.map((file) => convertedPath(out, file, 'xlsx'));
}

export interface FormulaCell {
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
  readonly result: unknown;
}

export interface EngineReport {
  /** Every formula cell with its computed result. */
  readonly formulas: readonly FormulaCell[];
  /** Built-in-only cells (no DealKit function, directly or through the cells they read) whose result is an error. */
  readonly builtInErrors: readonly FormulaCell[];
  /** How many formula cells are built-in only. */
  readonly builtInCount: number;
}

/** 1-based, as LibreOffice's cell references count. */
function colIndex(letters: string): number {
  return columnIndex(letters) + 1;
}

interface RangeRef {
  sheet: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

const QUALIFIED = /(?:'((?:[^']|'')+)'|([^\s'!(),:;=+\-*/&<>^"]+))!\$?([A-Za-z]{1,3})(?:\$?(\d+))?(?::\$?([A-Za-z]{1,3})(?:\$?(\d+))?)?/g;
const LOCAL = /(^|[^A-Za-z0-9_.!'$])\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?(?![A-Za-z0-9_(])/g;
const LOCAL_COLUMNS = /(^|[^A-Za-z0-9_.!'$])\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})(?![A-Za-z0-9_(])/g;
const IDENT = /(^|[^A-Za-z0-9_.!'$])([A-Za-z_][A-Za-z0-9_.]*)(?![A-Za-z0-9_.(!])/g;

function referencesOf(formula: string, sheet: string, names: ReadonlyMap<string, RangeRef[]>, maxRow: number): RangeRef[] {
  const refs: RangeRef[] = [];
  let body = formula.replace(/"(?:[^"]|"")*"/g, '""');
  body = body.replace(QUALIFIED, (_m, quoted: string | undefined, plain: string | undefined, ca: string, ra?: string, cb?: string, rb?: string) => {
    const name = quoted !== undefined ? quoted.replace(/''/g, "'") : (plain as string);
    const r1 = ra ? Number(ra) : 1;
    const r2 = rb ? Number(rb) : ra && !cb ? r1 : maxRow;
    refs.push({ sheet: name, r1, c1: colIndex(ca), r2, c2: colIndex(cb ?? ca) });
    return ' ';
  });
  body = body.replace(LOCAL, (_m, lead: string, ca: string, ra: string, cb?: string, rb?: string) => {
    refs.push({ sheet, r1: Number(ra), c1: colIndex(ca), r2: Number(rb ?? ra), c2: colIndex(cb ?? ca) });
    return `${lead} `;
  });
  body = body.replace(LOCAL_COLUMNS, (_m, lead: string, ca: string, cb: string) => {
    refs.push({ sheet, r1: 1, c1: colIndex(ca), r2: maxRow, c2: colIndex(cb) });
    return `${lead} `;
  });
  body.replace(IDENT, (m, _lead: string, ident: string) => {
    const named = names.get(ident.toLowerCase());
    if (named) refs.push(...named);
    return m;
  });
  return refs;
}

function isErrorResult(result: unknown): boolean {
  return typeof result === 'object' && result !== null && 'error' in result;
}

/** Reads a recalculated workbook and finds the built-in-only formula cells that show an error. */
export async function inspectRecalculated(file: string): Promise<EngineReport> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const formulas = new Map<string, FormulaCell>();
  const key = (sheet: string, row: number, col: number): string => `${sheet.toLowerCase()}!${row},${col}`;
  let maxRow = 1;
  wb.eachSheet((ws) => {
    maxRow = Math.max(maxRow, ws.rowCount);
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        formulas.set(key(ws.name, r, c), { sheet: ws.name, address: cell.address, formula: cell.formula, result: cell.result });
      }),
    );
  });

  const names = new Map<string, RangeRef[]>();
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  for (const entry of model) {
    const refs: RangeRef[] = [];
    for (const range of entry.ranges) refs.push(...referencesOf(range, '', names, maxRow));
    names.set(entry.name.toLowerCase(), refs);
  }

  const tainted = new Map<string, boolean>();
  const visit = (k: string, cell: FormulaCell, stack: Set<string>): boolean => {
    const known = tainted.get(k);
    if (known !== undefined) return known;
    if (stack.has(k)) return false;
    stack.add(k);
    let result = callsAddinFunction(cell.formula);
    if (!result) {
      for (const ref of referencesOf(cell.formula, cell.sheet, names, maxRow)) {
        for (const [otherKey, other] of formulas) {
          if (!otherKey.startsWith(`${ref.sheet.toLowerCase()}!`)) continue;
          const [r, c] = otherKey
            .slice(otherKey.lastIndexOf('!') + 1)
            .split(',')
            .map(Number);
          if (r < ref.r1 || r > ref.r2 || c < ref.c1 || c > ref.c2) continue;
          if (visit(otherKey, other, stack)) {
            result = true;
            break;
          }
        }
        if (result) break;
      }
    }
    stack.delete(k);
    tainted.set(k, result);
    return result;
  };

  const all = [...formulas.entries()];
  const builtIn = all.filter(([k, cell]) => !visit(k, cell, new Set()));
  return {
    formulas: all.map(([, cell]) => cell),
    builtInErrors: builtIn.filter(([, cell]) => isErrorResult(cell.result)).map(([, cell]) => cell),
    builtInCount: builtIn.length,
  };
}
