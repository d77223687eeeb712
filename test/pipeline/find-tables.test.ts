import { findPipelineTables } from '../../shared/pipeline/find-tables';

describe('findPipelineTables', () => {
  it('finds a table under a title and a rep line, by its Chinese headers, whatever the sheet is called', () => {
    const { tables, incomplete } = findPipelineTables([
      {
        name: 'Sheet7',
        values: [
          ['商机漏斗'],
          ['负责人：', null, '王芳'],
          [],
          ['商机编号', '客户', '金额', '阶段', '预计成交日期', '验证 G10', '验证 G20'],
          ['D-1', '华北电力', 120000, 'G20', '2026-12-01', true, true],
          [null, null, null, null, null, null, null],
          ['D-2', '东方航空', 50000, 'G10', '2026-11-15', true, false],
        ],
      },
    ]);
    expect(incomplete).toEqual([]);
    expect(tables).toHaveLength(1);
    const [table] = tables;
    expect(table.headerRow).toBe(4);
    expect(table.sheetRep).toBe('王芳');
    expect(table.sheetRepSource).toBe('label');
    expect(table.columns).toEqual({ id: 0, account: 1, amount: 2, stage: 3, closeDate: 4 });
    expect(table.proofColumns).toEqual([
      { stageCode: 'G10', column: 5 },
      { stageCode: 'G20', column: 6 },
    ]);
    expect(table.rows.map((r) => r.row)).toEqual([5, 7]);
  });

  it("uses the sheet's name as the rep when there is no rep line", () => {
    const { tables } = findPipelineTables([
      {
        name: 'Alice',
        values: [
          ['Deal ID', 'Amount', 'Stage', 'Close date'],
          ['A-1', 10, 'G10', 46000],
        ],
      },
    ]);
    expect(tables[0].sheetRep).toBe('Alice');
    expect(tables[0].sheetRepSource).toBe('sheetName');
  });

  it('ignores sheets without a pipeline header and the roll-up’s own outputs', () => {
    const { tables, incomplete } = findPipelineTables(
      [
        { name: 'Notes', values: [['Meeting notes'], ['Amount', 'due']] },
        { name: 'Team pipeline', values: [['DK-TEAM-PIPELINE'], ['Deal ID', 'Amount', 'Stage', 'Close date'], ['X', 1, 'G10', 1]] },
      ],
      { skipMarkers: ['DK-TEAM-PIPELINE'] },
    );
    expect(tables).toEqual([]);
    expect(incomplete).toEqual([]);
  });

  it('reports a header row that misses a required column instead of skipping it silently', () => {
    const { tables, incomplete } = findPipelineTables([
      {
        name: 'Bob',
        values: [
          ['Opportunity', 'Account', 'Amount', 'Stage'],
          ['Big deal', 'ACME', 100, 'G10'],
        ],
      },
    ]);
    expect(tables).toEqual([]);
    expect(incomplete).toHaveLength(1);
    expect(incomplete[0]).toMatchObject({ sheet: 'Bob', headerRow: 1, missing: ['id', 'closeDate'] });
    expect(incomplete[0].rows.map((r) => r.row)).toEqual([2]);
    expect(incomplete[0].reason.en).toContain('Deal ID, Close date');
    expect(incomplete[0].reason['zh-CN']).toContain('商机编号、预计成交日期');
  });

  it('skips template rows whose only content is unticked proof boxes (Sheets fills them with FALSE)', () => {
    const { tables } = findPipelineTables([
      {
        name: 'Pipeline',
        values: [
          ['Deal ID', 'Amount', 'Stage', 'Close date', 'Proof G10', 'Proof G20'],
          ['D1', 5, 'G10', 46400, true, false],
          ['', '', '', '', false, false],
          ['', '', '', '', true, false],
        ],
      },
    ]);
    expect(tables[0].rows.map((r) => r.row)).toEqual([2, 4]);
  });

  it('looks for the header only in the first rows', () => {
    const values: unknown[][] = Array.from({ length: 25 }, () => []);
    values.push(['Deal ID', 'Amount', 'Stage', 'Close date']);
    expect(findPipelineTables([{ name: 'Late', values }]).tables).toEqual([]);
    expect(findPipelineTables([{ name: 'Late', values }], { headerRows: 30 }).tables).toHaveLength(1);
  });
});
