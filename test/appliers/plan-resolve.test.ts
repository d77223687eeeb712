import { resolvePlan, literalValue, presentCellRuns } from '../../shared/plan-resolve';
import { parseA1 } from '../../shared/a1';
import { DealKitError } from '../../shared/errors';
import type { WritePlan } from '../../shared/plan';

const emptyBook = { sheets: [{ name: 'Sheet1', a1: null }], namedRanges: [] };

describe('resolvePlan: sheet names', () => {
  it('never reuses a taken name: "Pipeline" taken becomes "Pipeline (2)", and two new sheets do not collide', () => {
    const plan: WritePlan = {
      sheets: [
        { key: 'a', target: { kind: 'new', baseName: 'Pipeline' } },
        { key: 'b', target: { kind: 'new', baseName: 'Pipeline' } },
      ],
    };
    const resolved = resolvePlan(plan, { sheets: [{ name: 'pipeline', a1: 'my deals' }], namedRanges: [] }, 'excel');
    expect(resolved.sheets.map((s) => [s.name, s.action])).toEqual([
      ['Pipeline (2)', 'create'],
      ['Pipeline (3)', 'create'],
    ]);
  });

  it("reuses an owned sheet only when its A1 holds exactly the marker; a user's Dashboard without it survives", () => {
    const plan: WritePlan = { sheets: [{ key: 'd', target: { kind: 'owned', baseName: 'Dashboard', marker: 'DK:rollup' } }] };
    const userOnly = resolvePlan(plan, { sheets: [{ name: 'Dashboard', a1: 'Q3 numbers' }], namedRanges: [] }, 'sheets');
    expect(userOnly.sheets[0]).toMatchObject({ name: 'Dashboard (2)', action: 'create' });

    const both = resolvePlan(
      plan,
      {
        sheets: [
          { name: 'Dashboard', a1: 'DK:rollup ' },
          { name: 'Dashboard (2)', a1: 'DK:rollup' },
        ],
        namedRanges: [],
      },
      'sheets',
    );
    expect(both.sheets[0]).toMatchObject({ name: 'Dashboard (2)', action: 'rewrite' });
  });

  it('writes into an existing sheet by its real name, and names a missing one in the error', () => {
    const plan: WritePlan = { sheets: [{ key: 'e', target: { kind: 'existing', name: 'deals' }, values: [{ at: 'B2', rows: [[1]] }] }] };
    expect(resolvePlan(plan, { sheets: [{ name: 'Deals', a1: '' }], namedRanges: [] }, 'excel').sheets[0]).toMatchObject({
      name: 'Deals',
      action: 'existing',
    });
    expect(() => resolvePlan(plan, emptyBook, 'excel')).toThrow(DealKitError);
    expect(() => resolvePlan(plan, emptyBook, 'excel')).toThrow(/"deals"/);
  });

  it('leaves out a Settings sheet (and its names) when the workbook already has the named range', () => {
    const plan: WritePlan = {
      sheets: [
        { key: 'settings', target: { kind: 'new', baseName: 'Settings' }, onlyIfNamedRangeMissing: 'DK_LADDER' },
        { key: 'main', target: { kind: 'new', baseName: 'Assessment' }, formulas: [{ at: 'A1', rows: [['=COUNTA({{SHEET:settings}}!A:A)']] }] },
      ],
      namedRanges: [
        { name: 'DK_LADDER', sheetKey: 'settings', range: 'A2:A9' },
        { name: 'DK_CURRENCY', sheetKey: 'settings', range: 'B1' },
      ],
    };
    const fresh = resolvePlan(plan, emptyBook, 'excel');
    expect(fresh.sheets.map((s) => s.name)).toEqual(['Settings', 'Assessment']);
    expect(fresh.namedRanges.map((n) => n.reference)).toEqual(["'Settings'!$A$2:$A$9", "'Settings'!$B$1"]);

    const team = resolvePlan(plan, { sheets: [{ name: 'Settings', a1: 'x' }], namedRanges: ['dk_ladder'] }, 'excel');
    expect(team.sheets.map((s) => s.name)).toEqual(['Assessment']);
    expect(team.skippedSheetKeys).toEqual(['settings']);
    expect(team.namedRanges).toEqual([]);
    expect(team.sheets[0].formulas[0].rows[0][0]).toBe("=COUNTA('Settings'!A:A)");
  });
});

describe('resolvePlan: tokens and names', () => {
  const plan: WritePlan = {
    sheets: [
      { key: 'settings', target: { kind: 'new', baseName: 'Settings' } },
      {
        key: 'deal',
        target: { kind: 'new', baseName: 'Deal' },
        formulas: [{ at: 'B2:C2', rows: [['={{DEAL}}QUALIFY(A1:A5)', '=SUM({{SHEET:settings}}!B1:B3)']] }],
        validations: [{ range: 'D2', kind: 'listFromRange', source: '{{SHEET:settings}}!A1:A4' }],
        conditionalFormats: [{ range: 'B2', rule: { kind: 'formula', formula: '={{DEAL}}STALLED(B2)' }, fill: '#FF0000' }],
      },
    ],
    namedRanges: [
      { name: 'DK_QUOTA', sheetKey: 'settings', range: 'B1' },
      { name: 'DK_NEW', sheetKey: 'settings', range: 'B2' },
    ],
  };
  const book = { sheets: [{ name: 'Settings', a1: 'mine' }], namedRanges: ['DK_QUOTA'] };

  it('puts DEAL. in Excel and .xlsx formulas, nothing in Sheets, and the quoted final sheet name everywhere', () => {
    const excel = resolvePlan(plan, book, 'excel').sheets[1];
    expect(excel.formulas[0].rows[0]).toEqual(['=DEAL.QUALIFY(A1:A5)', "=SUM('Settings (2)'!B1:B3)"]);
    expect(excel.validations[0]).toMatchObject({ kind: 'listFromRange', source: "'Settings (2)'!A1:A4", a1: 'D2' });
    expect(excel.conditionalFormats[0].rule).toEqual({ kind: 'formula', formula: '=DEAL.STALLED(B2)' });
    const sheets = resolvePlan(plan, book, 'sheets').sheets[1];
    expect(sheets.formulas[0].rows[0][0]).toBe('=QUALIFY(A1:A5)');
    expect(resolvePlan(plan, book, 'xlsx').sheets[1].formulas[0].rows[0][0]).toBe('=DEAL.QUALIFY(A1:A5)');
    expect(resolvePlan(plan, book, 'playground').sheets[1].formulas[0].rows[0][0]).toBe('=QUALIFY(A1:A5)');
  });

  it('leaves a named range the workbook already has alone and adds the missing one', () => {
    const resolved = resolvePlan(plan, book, 'excel');
    expect(resolved.namedRanges.map((n) => n.name)).toEqual(['DK_NEW']);
    expect(resolved.namedRanges[0]).toMatchObject({ sheetName: 'Settings (2)', reference: "'Settings (2)'!$B$2" });
  });

  it('names the unknown sheet key in the error', () => {
    const bad: WritePlan = { sheets: [{ key: 'x', target: { kind: 'new', baseName: 'X' }, formulas: [{ at: 'A1', rows: [['={{SHEET:nope}}!A1']] }] }] };
    expect(() => resolvePlan(bad, emptyBook, 'excel')).toThrow(/"nope"/);
  });
});

describe('resolvePlan: user text stays text', () => {
  const plan: WritePlan = {
    sheets: [
      {
        key: 's',
        target: { kind: 'new', baseName: 'Notes' },
        values: [{ at: 'A1', rows: [['=HYPERLINK("http://x","y")', '+1 555', '-', '@home', "'quoted", 'plain', 12, true, null]] }],
      },
    ],
  };
  it('prefixes an apostrophe where the host parses strings (Excel, Sheets, playground)', () => {
    for (const host of ['excel', 'sheets', 'playground'] as const) {
      expect(resolvePlan(plan, emptyBook, host).sheets[0].values[0].rows[0]).toEqual(['\'=HYPERLINK("http://x","y")', "'+1 555", "'-", "'@home", "''quoted", 'plain', 12, true, null]);
    }
  });
  it('keeps text that a host would read as a number, date, time or boolean as text', () => {
    for (const typed of ['0012', '1,200', '15%', '$300', '2024-05', '3/4', '2024年5月1日', '9:30', 'TRUE', '1e5', '12 Mar', 'Mar 12, 2025']) {
      expect([typed, literalValue(typed, 'sheets')]).toEqual([typed, `'${typed}`]);
    }
    for (const plain of ['G10', 'Qualified', 'Q3 review', '中立者', 'S100', 'LOST', '5 decision makers', 'March plan']) {
      expect(literalValue(plain, 'excel')).toBe(plain);
    }
  });
  it('writes typed strings unchanged to .xlsx', () => {
    expect(resolvePlan(plan, emptyBook, 'xlsx').sheets[0].values[0].rows[0][0]).toBe('=HYPERLINK("http://x","y")');
    expect(literalValue('=1+1', 'xlsx')).toBe('=1+1');
  });
  it('sizes a block from its rows and rejects a range that disagrees, naming the cell', () => {
    expect(resolvePlan(plan, emptyBook, 'excel').sheets[0].values[0]).toMatchObject({ a1: 'A1:I1', row: 0, column: 0, height: 1, width: 9 });
    const bad: WritePlan = { sheets: [{ key: 's', target: { kind: 'new', baseName: 'N' }, values: [{ at: 'B2:C3', rows: [[1, 2]] }] }] };
    expect(() => resolvePlan(bad, emptyBook, 'excel')).toThrow(/N!B2:C3/);
  });
  it('parses A1 in either corner order', () => {
    expect(parseA1('D9:B4')).toEqual({ a1: 'B4:D9', row: 3, column: 1, height: 6, width: 3 });
    expect(parseA1('AA10')).toMatchObject({ row: 9, column: 26 });
    expect(() => parseA1('Z0')).toThrow(/Z0/);
  });
});

describe('resolvePlan: dropdowns Excel can hold', () => {
  const plan = (items: string[]): WritePlan => ({
    sheets: [{ key: 's', target: { kind: 'new', baseName: 'Deal' }, validations: [{ range: 'C3:C9', kind: 'list', items }] }],
  });
  it('names the range and the item whose comma Excel would split, and lets Sheets have it', () => {
    expect(() => resolvePlan(plan(['Yes', 'No, not yet']), emptyBook, 'excel')).toThrow(/Deal!C3:C9.*"No, not yet"/);
    expect(() => resolvePlan(plan(['Yes', 'No, not yet']), emptyBook, 'xlsx')).toThrow(DealKitError);
    expect(resolvePlan(plan(['Yes', 'No, not yet']), emptyBook, 'sheets').sheets[0].validations[0]).toMatchObject({ items: ['Yes', 'No, not yet'] });
  });
  it("refuses a list longer than Excel's 255 characters and takes one exactly that long", () => {
    const exact = Array.from({ length: 51 }, (_, i) => `i${String(i).padStart(3, '0')}`).slice(0, 51);
    expect(exact.join(',').length).toBe(254);
    expect(() => resolvePlan(plan([...exact.slice(0, 50), 'i0500']), emptyBook, 'excel')).not.toThrow();
    expect(() => resolvePlan(plan([...exact, 'x']), emptyBook, 'excel')).toThrow(/256 characters/);
  });
});

describe('presentCellRuns', () => {
  it('keeps a block without gaps whole, so it stays one host call', () => {
    expect(
      presentCellRuns([
        ['=A1', '=B1'],
        ['=A2', '=B2'],
      ]),
    ).toEqual({ whole: true, runs: [] });
  });
  it('splits a block with gaps into runs of adjacent cells, leaving the gaps untouched', () => {
    const { whole, runs } = presentCellRuns([
      ['=A1', null, '=C1', '=D1'],
      [null, null, null, null],
      [null, '=B3', null, null],
    ]);
    expect(whole).toBe(false);
    expect(runs).toEqual([
      { row: 0, column: 0, cells: ['=A1'] },
      { row: 0, column: 2, cells: ['=C1', '=D1'] },
      { row: 2, column: 1, cells: ['=B3'] },
    ]);
  });
});
