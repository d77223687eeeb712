import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { loadSampleWorkbook } from '../../playground/sample-workbook';
import { openXlsx, xlsxOf } from '../../playground/xlsx-file';
import { isDealKitError } from '../../shared/errors';
import { assessmentTemplate, buildTemplatePlan } from '../../shared/templates';
import { planToXlsxBuffer } from '../../tools/xlsx-writer';
import { parseA1 } from '../../shared/a1';

/**
 * Download and open in the playground, through the functions the page calls: the sample workbook
 * written to .xlsx bytes and opened into a new workbook computes the same values in every cell from
 * the same formulas, names and input rules; the file is one Excel with DealKit computes; files made
 * elsewhere open too; a file that is no workbook changes nothing.
 */
const TAS = assessmentTemplate({ method: 'TAS', locale: 'en' }).layout;

function sample(): PlaygroundWorkbook {
  const workbook = new PlaygroundWorkbook();
  loadSampleWorkbook(workbook);
  return workbook;
}

async function reopened(workbook: PlaygroundWorkbook): Promise<PlaygroundWorkbook> {
  const opened = new PlaygroundWorkbook();
  await openXlsx(opened, await xlsxOf(workbook));
  return opened;
}

function valueAt(workbook: PlaygroundWorkbook, sheet: string, a1: string): unknown {
  const box = parseA1(a1);
  return workbook.snapshot(sheet, false)?.values[box.row]?.[box.column];
}

/** Each cell's style as the grid draws it: boxes in order, later ones winning, false as good as unset. */
function drawnStyles(workbook: PlaygroundWorkbook, sheet: string): Record<string, string> {
  const cells: Record<string, Record<string, unknown>> = {};
  for (const style of workbook.extras[sheet]?.styles ?? []) {
    if (style.height * style.width > 20_000) continue;
    for (let r = 0; r < style.height; r += 1)
      for (let c = 0; c < style.width; c += 1) {
        const key = `${style.row + r},${style.column + c}`;
        cells[key] = { ...cells[key], ...style };
      }
  }
  const drawn: Record<string, string> = {};
  for (const [key, style] of Object.entries(cells)) {
    const { bold, italic, wrap, fill, fontColor, align } = style;
    const shown = [
      bold && 'bold',
      italic && 'italic',
      wrap && 'wrap',
      fill && `fill ${String(fill).toUpperCase()}`,
      fontColor && `color ${String(fontColor).toUpperCase()}`,
      align && `align ${String(align)}`,
    ]
      .filter(Boolean)
      .join(', ');
    if (shown) drawn[key] = shown;
  }
  return drawn;
}

async function fileOf(build: (file: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const file = new ExcelJS.Workbook();
  build(file);
  return new Uint8Array((await file.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('playground .xlsx download and open', () => {
  let original: PlaygroundWorkbook;
  let copy: PlaygroundWorkbook;
  beforeAll(async () => {
    original = sample();
    copy = await reopened(original);
  }, 120000);

  it('the sample comes back with the same sheets, the same computed value in every cell and the same formulas', () => {
    expect(copy.sheetNames()).toEqual(original.sheetNames());
    expect(copy.activeSheet()).toBe(original.activeSheet());
    for (const name of original.sheetNames()) {
      const before = original.snapshot(name, true);
      const after = copy.snapshot(name, true);
      expect({ name, values: after?.values }).toEqual({ name, values: before?.values });
      expect({ name, formulas: after?.formulas }).toEqual({ name, formulas: before?.formulas });
    }
    // Cells as typed, text that looks like a number or formula included.
    expect(copy.serialize().sheets).toEqual(original.serialize().sheets);
    expect(valueAt(copy, 'Assessment (TAS)', TAS.verdict)).toBe('Qualify further');
  });

  it('the same names, input rules (dropdowns, tick boxes), number formats, column widths and frozen rows', () => {
    const before = original.serialize();
    const after = copy.serialize();
    const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name);
    expect([...after.names].sort(byName)).toEqual([...before.names].sort(byName));
    for (const name of original.sheetNames()) {
      const kept = ({ inputs, numberFormats, columnWidths, frozenRows }: (typeof before.extras)[string]) => ({ name, inputs, numberFormats, columnWidths, frozenRows });
      expect(kept(after.extras[name])).toEqual(kept(before.extras[name]));
    }
    const pipelineInputs = Object.values(after.extras.Pipeline.inputs);
    expect(pipelineInputs.some((rule) => rule.kind === 'checkbox')).toBe(true);
    expect(pipelineInputs.some((rule) => rule.kind === 'listFromRange' && rule.items.includes('C50'))).toBe(true);
  });

  it('every cell looks as it did: bold, italic, colours, wrap and alignment', () => {
    for (const name of original.sheetNames()) expect({ name, styles: drawnStyles(copy, name) }).toEqual({ name, styles: drawnStyles(original, name) });
    expect(Object.keys(drawnStyles(original, 'Pipeline')).length).toBeGreaterThan(100);
  });

  it('the copy keeps computing: a threshold typed on its Settings sheet turns the verdict as in the original', () => {
    const yes = copy.namedCell('DK_YES_THRESHOLD');
    if (!yes) throw new Error('the copy lost DK_YES_THRESHOLD');
    copy.setCellInput(yes.sheet, yes.a1, '-0.3');
    expect(valueAt(copy, 'Assessment (TAS)', TAS.verdict)).toBe('Pursue');
    copy.undo();
  });

  it('the file is one Excel computes with DealKit: its calls stored as the add-in’s, spilling, with cached results', async () => {
    const bytes = await xlsxOf(original);
    const file = new ExcelJS.Workbook();
    await file.xlsx.load(bytes as unknown as ArrayBuffer);
    const verdict = file.getWorksheet('Assessment (TAS)')!.getCell(TAS.verdict).value as ExcelJS.CellFormulaValue;
    expect(verdict.formula).toMatch(/^_xldudf_DEAL_QUALIFY\(/);
    expect(verdict.result).toBe('Qualify further');
    expect(file.definedNames.getRanges('DK_YES_THRESHOLD').ranges).toHaveLength(1);
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file('xl/metadata.xml')).not.toBeNull();
  });

  it('opening a file is one change: undo brings back the workbook that was there', async () => {
    const workbook = sample();
    const before = workbook.serialize();
    const other = new PlaygroundWorkbook();
    other.applyPlan({ sheets: [{ key: 's', target: { kind: 'new', baseName: 'Only' }, values: [{ at: 'A1', rows: [['hello']] }] }] });
    await openXlsx(workbook, await xlsxOf(other));
    expect(workbook.sheetNames()).toEqual(['Only']);
    expect(workbook.undo()).toBe(true);
    expect(workbook.serialize()).toEqual(before);
  });

  it('typed text that looks like a formula, a number or an error stays text; typed dates, percents and errors keep their values', async () => {
    const workbook = new PlaygroundWorkbook();
    workbook.applyPlan({ sheets: [{ key: 's', target: { kind: 'new', baseName: 'Typed' }, values: [{ at: 'A1', rows: [['x']] }] }] });
    workbook.setCellInputs('Typed', 'A1', [["'=1+1", "'0042", "'#N/A", '2026-12-18', '12%', '#N/A', '=DEAL.QUALIFIE(1)', '=IFS(TRUE,"a")']]);
    const copyOfTyped = await reopened(workbook);
    expect(copyOfTyped.snapshot('Typed', true)).toEqual(workbook.snapshot('Typed', true));
    expect(copyOfTyped.snapshot('Typed', false)?.values[0].slice(0, 3)).toEqual(['=1+1', '0042', '#N/A']);
  });

  it('opens a file saved by Excel: shared and array formulas, _xlfn prefixes, dates, errors, names on quoted sheets, whole-column rules', async () => {
    const bytes = await fileOf((file) => {
      const ws = file.addWorksheet('Deals 2026');
      ws.getCell('A1').value = 10;
      ws.getCell('A2').value = 20;
      ws.getCell('B1').value = { formula: 'A1*2', shareType: 'shared', ref: 'B1:B2', result: 20 } as ExcelJS.CellValue;
      ws.getCell('B2').value = { sharedFormula: 'B1', result: 40 } as ExcelJS.CellValue;
      ws.getCell('C1').value = { formula: '_xlfn.IFS(A1>5,"big",A1<=5,"small")', result: 'big' } as ExcelJS.CellValue;
      ws.getCell('D1').value = { formula: '_xldudf_DEAL_WINPROB("C50")', shareType: 'array', ref: 'D1', result: 0.5 } as ExcelJS.CellValue;
      ws.getCell('E1').value = { formula: 'TRANSPOSE(A1:A2)', shareType: 'array', ref: 'E1:F1', result: 10 } as ExcelJS.CellValue;
      ws.getCell('F1').value = 20;
      ws.getCell('G1').value = new Date(Date.UTC(2026, 11, 18));
      ws.getCell('H1').value = { error: '#N/A' } as ExcelJS.CellValue;
      ws.getCell('I1').value = { richText: [{ text: 'rich ' }, { text: 'text', font: { bold: true } }] };
      ws.getCell('J1').value = { formula: 'SUM(AMOUNTS)', result: 30 } as ExcelJS.CellValue;
      (ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add('K1:K1048576', { type: 'list', formulae: ['"Yes,No"'] });
      file.definedNames.add("'Deals 2026'!$A$1:$A$2", 'AMOUNTS');
      file.definedNames.add("'Deals 2026'!$A$1:$B$2", '_xlnm.Print_Area');
    });
    const workbook = new PlaygroundWorkbook();
    await openXlsx(workbook, bytes);
    expect(workbook.sheetNames()).toEqual(['Deals 2026']);
    const values = workbook.snapshot('Deals 2026', true);
    expect(values?.values[0].slice(0, 10)).toEqual([10, 20, 'big', 0.5, 10, 20, 46374, '#N/A', 'rich text', 30]);
    expect(values?.values[1][1]).toBe(40);
    expect(values?.formulas?.[0].slice(1, 5)).toEqual(['=A1*2', '=IFS(A1>5,"big",A1<=5,"small")', '=WINPROB("C50")', '=TRANSPOSE(A1:A2)']);
    expect(workbook.serialize().names).toEqual([{ name: 'AMOUNTS', expression: "='Deals 2026'!$A$1:$A$2" }]);
    expect(workbook.extras['Deals 2026'].inputs.K1).toEqual({ kind: 'list', items: ['Yes', 'No'] });
    // A rule on the whole column is kept for the rows the playground shows, not a million cells.
    expect(Object.keys(workbook.extras['Deals 2026'].inputs).length).toBe(5_000);
  });

  it.each([
    ['pipelineFunnel', undefined],
    ['assessment', 'TAS'],
  ] as const)('opens the %s template file the build writes and computes what the template computes in the playground', async (id, method) => {
    const plan = buildTemplatePlan(id, { locale: 'en', method });
    const opened = new PlaygroundWorkbook();
    await openXlsx(opened, new Uint8Array(await planToXlsxBuffer(plan)));
    const direct = new PlaygroundWorkbook();
    direct.applyPlan(plan);
    expect(opened.sheetNames()).toEqual(direct.sheetNames());
    for (const name of direct.sheetNames()) {
      const expected = direct.snapshot(name, false)?.values ?? [];
      // The file carries a note where each chart would be (a file cannot hold the chart).
      const got = (opened.snapshot(name, false)?.values ?? []).map((row) => row.map((value) => (typeof value === 'string' && value.startsWith('Chart "') ? null : value)));
      const width = Math.max(...got.map((row) => row.length), ...expected.map((row) => row.length));
      const padded = (rows: readonly (readonly unknown[])[]) =>
        Array.from({ length: Math.max(got.length, expected.length) }, (_, r) => Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? null));
      expect({ name, values: padded(got) }).toEqual({ name, values: padded(expected) });
    }
  });

  it('a file that is no workbook is refused, in both languages, and the workbook stays as it was', async () => {
    const workbook = sample();
    const before = workbook.serialize();
    const refused = await openXlsx(workbook, new TextEncoder().encode('not a spreadsheet')).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isDealKitError(refused)).toBe(true);
    if (!isDealKitError(refused)) return;
    expect(refused.messageIn('en')).toMatch(/could not be read as an \.xlsx workbook/);
    expect(refused.messageIn('zh-CN')).toMatch(/无法将此文件作为 \.xlsx 工作簿读取/);
    expect(workbook.serialize()).toEqual(before);
  });
});
