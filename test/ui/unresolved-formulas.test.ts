import { createExcelMock, withSheetOrder, type ExcelMock } from '../../fakes/excel-mock';
import { reenterUnresolvedFormulas } from '../../excel-addin/taskpane/unresolved-formulas';

/** A workbook as Excel opens a file whose DealKit formulas it could not resolve: #NAME? in those cells. */
function openedWithNameErrors(): ExcelMock {
  const mock = withSheetOrder(
    createExcelMock({
      sheets: [
        { name: 'Notes', cells: { A1: 'DEAL.QUALIFY( is typed text here', B1: '=SUM(C1:C2)', D1: '=NOSUCH(1)' } },
        { name: 'Assessment', cells: { B2: '=DEAL.QUALIFY(E8:E27)', B3: '=DEAL.GAPS(E8:E27)', B4: '=IF(A1="x",DEAL.STRATEGY(A1,A2,A3),"")', E8: '+' } },
        { name: 'Pipeline', cells: { G2: '=_xldudf_DEAL_WINPROB(B2:B9,DK_STAGE_CODES)', H2: '=DEAL.WEIGHTED(C2:C9,G2#)' } },
      ],
    }),
  );
  const m = mock.model;
  for (const [sheet, a1] of [
    ['Notes', 'D1'],
    ['Assessment', 'B2'],
    ['Assessment', 'B4'],
    ['Pipeline', 'G2'],
  ])
    m.cell(sheet, a1)!.value = '#NAME?';
  // B3 computed already and H2 shows another error: neither is re-entered.
  m.cell('Assessment', 'B3')!.value = 'gap list';
  m.cell('Pipeline', 'H2')!.value = '#VALUE!';
  // The template's own protection, without password, on the assessment sheet.
  m.sheet('Assessment').protection = { allowFormatCells: true, allowEditObjects: true };
  return mock;
}

describe('re-entering DealKit formulas Excel left as #NAME?', () => {
  it('re-enters exactly the stuck DealKit cells, as typed, in two syncs, and protects the sheet again as it was', async () => {
    const mock = openedWithNameErrors();
    const queued: string[] = [];
    const sync = jest.spyOn(mock.context, 'sync');
    const before = mock.model.queued.length;
    const result = await mock.Excel.run((context) => reenterUnresolvedFormulas(context));
    expect(sync).toHaveBeenCalledTimes(2);
    queued.push(...mock.model.queued.slice(before).map((q) => `${q.what} ${q.target}`));
    expect(result).toEqual({ cells: 3, sheets: ['Assessment', 'Pipeline'] });
    expect(queued.filter((q) => q.startsWith('formulas')).sort()).toEqual(['formulas Assessment!B2', 'formulas Assessment!B4', 'formulas Pipeline!G2']);
    expect(mock.model.cell('Pipeline', 'G2')!.formula).toBe('=DEAL.WINPROB(B2:B9,DK_STAGE_CODES)');
    expect(mock.model.cell('Assessment', 'B2')!.formula).toBe('=DEAL.QUALIFY(E8:E27)');
    expect(mock.model.sheet('Assessment').protection).toEqual({ allowFormatCells: true, allowEditObjects: true });
    expect(mock.model.cell('Notes', 'D1')!.formula).toBe('=NOSUCH(1)');
  });

  it('makes no write and one read when nothing is stuck', async () => {
    const mock = withSheetOrder(createExcelMock({ sheets: [{ name: 'Assessment', cells: { B2: '=DEAL.QUALIFY(E8:E27)' } }] }));
    const sync = jest.spyOn(mock.context, 'sync');
    expect(await mock.Excel.run((context) => reenterUnresolvedFormulas(context))).toEqual({ cells: 0, sheets: [] });
    expect(sync).toHaveBeenCalledTimes(1);
  });
});
