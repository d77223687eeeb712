import { rollUpTeamOperation, type WorkbookRead } from '../../shared/pipeline/operations';
import { serialFromParts } from '../../shared/pipeline/dates';
import { readTypedDate } from '../../shared/pipeline/typed-date';
import { teamReportOf } from '../../shared/workbook/team-report';

/**
 * Dates typed as text with the year last, read by the workbook's language (Settings): English reads
 * 12/28/2026 month first; day.month.year with dots is read in either language; what the language does
 * not settle is refused, and the Team panel's set-aside list names the cell.
 */

const DEC_28 = serialFromParts(2026, 12, 28);
const HEADER = ['Deal ID', 'Owner', 'Amount', 'Stage', 'Close date', 'Stage entered'];

function rollUp(language: 'en' | 'zh-CN', rows: readonly (readonly unknown[])[]) {
  const read: WorkbookRead = { sheets: [{ name: 'Ann', values: [HEADER, ...rows] }], named: { DK_LANGUAGE: [[language]] }, asOf: serialFromParts(2026, 12, 1) };
  const { view } = rollUpTeamOperation(read);
  return { view, report: teamReportOf(view) };
}

describe('readTypedDate', () => {
  it('reads year-first text and dotted day.month.year in either language, slashes month first only in English', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      expect(readTypedDate('2026-12-28', locale)).toEqual({ kind: 'date', serial: DEC_28 });
      expect(readTypedDate('2026/12/28', locale)).toEqual({ kind: 'date', serial: DEC_28 });
      expect(readTypedDate('28.12.2026', locale)).toEqual({ kind: 'date', serial: DEC_28 });
      expect(readTypedDate(DEC_28, locale)).toEqual({ kind: 'date', serial: DEC_28 });
      expect(readTypedDate('28-12-2026', locale).kind).toBe('refused');
      expect(readTypedDate('12/28/26', locale).kind).toBe('refused');
      expect(readTypedDate('soon', locale).kind).toBe('notDate');
      expect(readTypedDate('  ', locale).kind).toBe('blank');
    }
    expect(readTypedDate('12/28/2026', 'en')).toEqual({ kind: 'date', serial: DEC_28 });
    expect(readTypedDate('3/4/2026', 'en')).toEqual({ kind: 'date', serial: serialFromParts(2026, 3, 4) });
    expect(readTypedDate('12/28/2026', 'zh-CN').kind).toBe('refused');
    // Never the other way round: 28/12/2026 is no day month first, and 12.28.2026 none day first.
    expect(readTypedDate('28/12/2026', 'en').kind).toBe('refused');
    expect(readTypedDate('12.28.2026', 'en').kind).toBe('refused');
  });
});

describe('the roll-up reads typed dates by the workbook’s language', () => {
  it('English: 12/28/2026 and 28.12.2026 are both 28 December; 28/12/2026 is set aside naming its cell', () => {
    const { view, report } = rollUp('en', [
      ['D-1', 'Ann', 1000, 'C50', '12/28/2026', '11/2/2026'],
      ['D-2', 'Ann', 2000, 'C50', '28.12.2026', ''],
      ['D-3', 'Ann', 3000, 'C50', '28/12/2026', ''],
    ]);
    expect(view.rollup.deals.map((d) => [d.id, d.closeDate, d.stageEntered])).toEqual([
      ['D-1', DEC_28, serialFromParts(2026, 11, 2)],
      ['D-2', DEC_28, undefined],
    ]);
    expect(report.setAsideRows.map((r) => [r.row, r.id, r.reasons.map((t) => t.en)])).toEqual([
      [4, 'D-3', ['cell E4 (Close date) holds "28/12/2026": read month/day/year, as the workbook’s language (English) writes dates, that is no day; type it year first, as 2026-12-31']],
    ]);
  });

  it('Chinese: year first and dotted dates are read; 12/28/2026 in Close date or Stage entered is set aside naming the cell', () => {
    const { view, report } = rollUp('zh-CN', [
      ['D-1', 'Ann', 1000, 'C50', '2026/12/28', ''],
      ['D-2', 'Ann', 2000, 'C50', '28.12.2026', ''],
      ['D-3', 'Ann', 3000, 'C50', '12/28/2026', ''],
      ['D-4', 'Ann', 4000, 'C50', '2026-12-28', '03/04/2026'],
    ]);
    expect(view.rollup.deals.map((d) => [d.id, d.closeDate])).toEqual([
      ['D-1', DEC_28],
      ['D-2', DEC_28],
    ]);
    expect(report.setAsideRows.map((r) => [r.id, r.reasons.map((t) => t['zh-CN'])])).toEqual([
      ['D-3', ['单元格 E4（预计成交日期）中的“12/28/2026”：年份在后时，日和月的先后无法确定，而工作簿语言（中文）的日期是年份在前；请把年份写在前面，例如 2026-12-31']],
      ['D-4', ['单元格 F5（进入阶段日期）中的“03/04/2026”：年份在后时，日和月的先后无法确定，而工作簿语言（中文）的日期是年份在前；请把年份写在前面，例如 2026-12-31']],
    ]);
    expect(report.balanced).toBe(true);
  });
});
