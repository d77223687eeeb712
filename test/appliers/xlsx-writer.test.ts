import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { fileFormula, planToWorkbook, planToXlsxBuffer } from '../../tools/xlsx-writer';
import { SAMPLE_PLAN } from './sample-plan';
import { templateFiles } from '../../tools/xlsx-templates';
import { resolvePlan } from '../../shared/plan-resolve';
import { fromStoredAddinCalls } from '../../shared/addin-function-names';
import { chartsInXlsx } from '../helpers/xlsx-chart-parts';

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer as ArrayBuffer);
  return back;
}

describe('.xlsx writer (ExcelJS)', () => {
  it('keeps values, formulas, dropdowns, names, formats and protection through a save and load', async () => {
    const wb = await roundTrip(planToWorkbook(SAMPLE_PLAN));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Settings', 'Pipeline']);
    const ws = wb.getWorksheet('Pipeline')!;
    // Text stays typed text in a file: no apostrophe, no formula.
    expect(ws.getCell('F2').value).toBe('=HYPERLINK("http://evil","click")');
    expect(ws.getCell('G2').value).toEqual({ formula: '_xldudf_DEAL_WINPROB(B2,DK_STAGE_CODES)', shareType: 'array', ref: 'G2' });
    expect(ws.getCell('G3').value).toEqual({ formula: "SUM('Settings'!B2:B4)" });
    expect(ws.getCell('I2').value).toBeNull();
    expect(ws.getCell('B7').dataValidation).toMatchObject({ type: 'list', formulae: ['DK_STAGE_CODES'] });
    expect(ws.getCell('K2').dataValidation).toMatchObject({ type: 'list', formulae: ['"+,-,?"'] });
    expect(ws.getCell('D10').dataValidation).toMatchObject({ type: 'list', formulae: ['"TRUE,FALSE"'] });
    expect(ws.getCell('C3').dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(ws.getCell('E3').dataValidation).toMatchObject({ type: 'date' });
    expect(ws.getCell('C4').numFmt).toBe('#,##0.00');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true });
    expect(wb.definedNames.getRanges('DK_STAGE_CODES').ranges).toEqual(['Settings!$A$2:$A$4']);
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(ws.getCell('A2').protection).toMatchObject({ locked: false });
    expect(ws.getCell('G2').protection?.locked).not.toBe(false);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(1).width).toBeCloseTo(22.14, 1);
    const rules = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[] }[] }[] }).conditionalFormattings;
    expect(rules.map((r) => [r.ref, r.rules[0].type, r.rules[0].formulae?.[0]])).toEqual([
      ['K2:K10', 'cellIs', '"-"'],
      ['C2:C10', 'cellIs', '1000'],
      ['G2:G10', 'expression', "G2<'Settings'!$B$3"],
    ]);
  });

  it('anchors each chart at its cell, drawn from its source: the file carries a chart part, not a note', async () => {
    const charts = await chartsInXlsx(await planToXlsxBuffer(SAMPLE_PLAN));
    const funnel = charts.find((c) => c.from === 'M2');
    expect(funnel).toMatchObject({ sheet: 'Pipeline', plot: 'barChart', barDirection: 'bar' });
    expect(funnel?.title).toMatch(/^Funnel /);
    expect(funnel?.series).toEqual([{ name: "'Pipeline'!$B$1", categories: "'Pipeline'!$A$2:$A$4", values: "'Pipeline'!$B$2:$B$4" }]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await planToXlsxBuffer(SAMPLE_PLAN)) as unknown as ArrayBuffer);
    expect(back.getWorksheet('Pipeline')!.getCell('M2').value).toBeNull();
  });

  it('marks DealKit formulas as dynamic arrays so Excel spills them, and leaves built-in formulas alone', async () => {
    const bytes = await planToXlsxBuffer(SAMPLE_PLAN);
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    expect(sheetXml).toMatch(/<c r="G2"[^>]* cm="1"><f t="array" ref="G2">_xldudf_DEAL_WINPROB\(B2,DK_STAGE_CODES\)<\/f>/);
    expect(sheetXml).not.toMatch(/<c r="G3"[^>]*cm=/);
    expect(await zip.file('xl/metadata.xml')!.async('string')).toContain('fDynamic="1"');
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('/xl/metadata.xml');
    expect(await zip.file('xl/_rels/workbook.xml.rels')!.async('string')).toContain('relationships/sheetMetadata');
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(back.getWorksheet('Pipeline')!.getCell('G2').formula).toBe('_xldudf_DEAL_WINPROB(B2,DK_STAGE_CODES)');
  });

  it('titles a stand-in chart in both languages, naming the kind it stands for', async () => {
    const bridge = (await chartsInXlsx(await planToXlsxBuffer(SAMPLE_PLAN))).find((c) => c.from === 'M20');
    expect(bridge).toMatchObject({ plot: 'barChart', barDirection: 'col' });
    expect(bridge?.title).toContain('瀑布图');
    expect(bridge?.title).toContain('waterfall');
  });

  it('prefixes functions newer than Excel 2007 the way the file format stores them, not inside strings', () => {
    expect(fileFormula('=IFS(A1>1,"IFS(",TRUE,TEXTJOIN(",",TRUE,B1:B3))')).toBe('_xlfn.IFS(A1>1,"IFS(",TRUE,_xlfn.TEXTJOIN(",",TRUE,B1:B3))');
    expect(fileFormula('=DEAL.QUALIFY(A1:A3)+SUM(B1)')).toBe('_xldudf_DEAL_QUALIFY(A1:A3)+SUM(B1)');
    expect(fileFormula('=FILTER(A1:A9,B1:B9)')).toBe('_xlfn._xlws.FILTER(A1:A9,B1:B9)');
  });
});

describe("DealKit's functions in the form Excel stores an add-in function it resolved", () => {
  it('writes DEAL.<ID>( as _xldudf_DEAL_<ID>( and leaves built-ins, strings and sheet names alone', () => {
    expect(fileFormula('=IF(DEAL.QUALIFY(A1:A3)="Pursue",DEAL.STRATEGY(B1,B2,B3),"DEAL.GAPS(")')).toBe(
      'IF(_xldudf_DEAL_QUALIFY(A1:A3)="Pursue",_xldudf_DEAL_STRATEGY(B1,B2,B3),"DEAL.GAPS(")',
    );
    // A function id that is the start of another one, and the id that repeats the namespace.
    expect(fileFormula('=DEAL.FORECAST_RANGE(A1:A9)+DEAL.FORECAST_ACCURACY(B1:B9,C1:C9)+DEAL.DEAL_GRADE(1,2)')).toBe(
      '_xldudf_DEAL_FORECAST_RANGE(A1:A9)+_xldudf_DEAL_FORECAST_ACCURACY(B1:B9,C1:C9)+_xldudf_DEAL_DEAL_GRADE(1,2)',
    );
    // A quoted sheet name that reads like a call, and a name that only ends in "DEAL.".
    expect(fileFormula("=SUM('DEAL.QUALIFY(x'!A1:A3)+NODEAL.QUALIFY(1)+deal.roi(A1:A3)")).toBe("SUM('DEAL.QUALIFY(x'!A1:A3)+NODEAL.QUALIFY(1)+_xldudf_DEAL_ROI(A1:A3)");
    expect(fileFormula('=IFS(DEAL.WINPROB(A1)>0.5,1,TRUE,0)')).toBe('_xlfn.IFS(_xldudf_DEAL_WINPROB(A1)>0.5,1,TRUE,0)');
  });

  it('refuses a DEAL. name that is not a DealKit function instead of storing it as one', () => {
    expect(() => fileFormula('=DEAL.QUALIFIE(A1:A3)')).toThrow(/DEAL\.QUALIFIE is not a DealKit function/);
  });

  it('reads the stored form back as typed, for engines that take formulas as text', () => {
    const typed = `=IF(DEAL.QUALIFY(A1:A3)="_xldudf_DEAL_GAPS(",DEAL.DEAL_GRADE(1,2),SUM('DEAL.X'!A1))`;
    expect(`=${fromStoredAddinCalls(fileFormula(typed))}`).toBe(typed);
  });
});

describe('.xlsx files of the real templates', () => {
  const cases = templateFiles().files.map((f) => [f.fileName, f] as const);

  it.each(cases)('%s keeps its formulas, names, dropdowns and protection through a save and load', async (_name, file) => {
    const resolved = resolvePlan(file.plan, { sheets: [], namedRanges: [] }, 'xlsx');
    const wb = await roundTrip(planToWorkbook(file.plan));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(resolved.sheets.map((s) => s.name));
    for (const named of resolved.namedRanges) expect(wb.definedNames.getRanges(named.name).ranges).toHaveLength(1);
    for (const sheet of resolved.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      for (const block of sheet.formulas) {
        block.rows.forEach((row, r) =>
          row.forEach((f, c) => {
            if (f === null) return;
            const cell = ws.getCell(block.row + r + 1, block.column + c + 1);
            expect([cell.address, cell.formula]).toEqual([cell.address, fileFormula(f)]);
          }),
        );
      }
      for (const v of sheet.validations)
        expect([sheet.name, v.a1, ws.getCell(v.row + 1, v.column + 1).dataValidation?.type]).toEqual([
          sheet.name,
          v.a1,
          v.kind === 'number' ? 'decimal' : v.kind === 'date' ? 'date' : 'list',
        ]);
      if (sheet.protection) {
        expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
        for (const box of sheet.protection.editable) expect(ws.getCell(box.row + 1, box.column + 1).protection?.locked).toBe(false);
      }
    }
  });
});
