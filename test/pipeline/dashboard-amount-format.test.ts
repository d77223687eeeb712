/**
 * The Dashboard shows money as the reps' sheets do: its amount cells carry the pipeline template's
 * Amount format, so the team's open pipeline reads 850,000 there as on the Pipeline sheet.
 */
import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { loadSampleWorkbook, SAMPLE_DEALS, SECOND_REP_DEALS } from '../../playground/sample-workbook';
import { formatNumber } from '../../playground/grid/cell-format';
import { operationsOver } from '../../shared/workbook/run-operation';
import { pipelineFunnelTemplate } from '../../shared/templates';
import { columnLetters } from '../../shared/a1';

const FUNNEL = pipelineFunnelTemplate({ locale: 'en', ladder: 'MILESTONES' }).layout;

describe('the Dashboard’s money cells', () => {
  it('use the workbook’s amount format: the team’s open amount reads as the Pipeline sheet’s amounts do', () => {
    const workbook = new PlaygroundWorkbook();
    const sheets = loadSampleWorkbook(workbook, { history: false });
    expect(operationsOver(workbook.host()).rollUpTeam('2026-Q4', 'en').ok).toBe(true);
    const amountFormat = workbook.extras[sheets.pipeline].numberFormats[`${FUNNEL.columns.amount}${FUNNEL.firstRow}`];
    expect(amountFormat).toBeDefined();

    const dashboard = workbook.snapshot('Dashboard', false)?.values ?? [];
    const formats = workbook.extras.Dashboard.numberFormats;
    const headerRow = dashboard.findIndex((row) => row[0] === 'Rep' && row.includes('Open'));
    const teamRow = dashboard.findIndex((row, i) => i > headerRow && row[0] === 'Team');
    const moneyColumns = ['Open', 'Weighted', 'Commit', 'Best case', 'Won (period)'].map((h) => dashboard[headerRow].indexOf(h));
    for (const column of moneyColumns) expect(formats[`${columnLetters(column)}${teamRow + 1}`]).toBe(amountFormat);

    const open = dashboard[teamRow][moneyColumns[0]] as number;
    expect(open).toBe([...SAMPLE_DEALS, ...SECOND_REP_DEALS].reduce((sum, d) => sum + d.amount, 0));
    expect(formatNumber(open, formats[`${columnLetters(moneyColumns[0])}${teamRow + 1}`])).toBe('850,000');
    // No money cell anywhere on the Dashboard keeps a format of its own.
    expect(Object.values(formats).filter((f) => f.startsWith('#,##0') && f !== amountFormat)).toEqual([]);
  });
});
