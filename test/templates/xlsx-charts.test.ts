import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { chartCells } from '../../shared/chart-cells';
import { classicChartKind, fallbackChartTitle } from '../../shared/chart-fallback';
import { quoteSheetName, absoluteA1 } from '../../shared/a1';
import { resolvePlan } from '../../shared/plan-resolve';
import { templateFiles } from '../../tools/xlsx-templates';
import { planToXlsxBuffer } from '../../tools/xlsx-writer';
import { chartsInXlsx } from '../helpers/xlsx-chart-parts';

/**
 * The downloadable templates carry their charts as chart parts a spreadsheet program reads: each at
 * its planned cell and size, plotting its planned cells, a funnel or waterfall as the bar or column
 * stand-in titled as the Excel applier titles it; every part well-formed XML and declared.
 */

function hasXmllint(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v xmllint'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}
const xmllint = hasXmllint();
if (!xmllint && process.env.CI) throw new Error('xmllint is required in CI: apt-get install -y --no-install-recommends libxml2-utils');
if (!xmllint) console.warn('\n!! SKIPPED: well-formedness of the .xlsx chart parts — xmllint not found.\n');
const itWithXmllint = xmllint ? it : it.skip;

const withCharts = templateFiles().files.filter((file) => file.plan.sheets.some((sheet) => (sheet.charts?.length ?? 0) > 0));
const PART =
  /^(xl\/charts\/chart\d+\.xml|xl\/drawings\/drawing\d+\.xml|xl\/drawings\/_rels\/drawing\d+\.xml\.rels|xl\/worksheets\/_rels\/sheet\d+\.xml\.rels|xl\/worksheets\/sheet\d+\.xml|\[Content_Types\]\.xml)$/;

describe('charts of the .xlsx templates', () => {
  it('some template has charts', () => {
    expect(withCharts.map((file) => file.fileName)).toEqual(expect.arrayContaining(['pipeline-funnel.en.xlsx', 'pipeline-funnel.zh-CN.xlsx']));
  });

  it.each(withCharts.map((f) => [f.fileName, f] as const))('%s: every chart at its cell and size, plotting its cells, titled', async (_name, file) => {
    const bytes = await planToXlsxBuffer(file.plan);
    const found = await chartsInXlsx(bytes);
    const resolved = resolvePlan(file.plan, { sheets: [], namedRanges: [] }, 'xlsx');
    const expected = resolved.sheets.flatMap((sheet) =>
      sheet.charts.map((chart) => {
        const ref = (box: Parameters<typeof absoluteA1>[0]) => `${quoteSheetName(sheet.name)}!${absoluteA1(box)}`;
        const cells = chartCells(chart)!;
        const kind = classicChartKind(chart.kind);
        return {
          sheet: sheet.name,
          from: chart.anchor.a1,
          size: { width: chart.width, height: chart.height },
          plot: kind === 'line' ? 'lineChart' : kind === 'pie' ? 'pieChart' : kind === 'scatter' ? 'scatterChart' : 'barChart',
          title: kind === chart.kind ? chart.title : fallbackChartTitle(chart.title, chart.kind),
          series: cells.series.map((s) => ({ name: ref(s.name), categories: ref(cells.categories), values: ref(s.values) })),
        };
      }),
    );
    expect(found.map(({ sheet, from, size, plot, title, series }) => ({ sheet, from, size, plot, title, series }))).toEqual(expected);
    // The note that stood where a chart could not be is gone: the anchor cells are empty.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    for (const chart of expected) expect([chart.from, wb.getWorksheet(chart.sheet)!.getCell(chart.from).value]).toEqual([chart.from, null]);
  });

  itWithXmllint.each(withCharts.map((f) => [f.fileName, f] as const))('%s: every chart, drawing and relationship part is well-formed XML and declared', async (_name, file) => {
    const zip = await JSZip.loadAsync(await planToXlsxBuffer(file.plan));
    const parts = Object.keys(zip.files).filter((path) => PART.test(path));
    expect(parts.filter((p) => p.startsWith('xl/charts/')).length).toBeGreaterThan(0);
    const malformed: string[] = [];
    for (const path of parts) {
      try {
        execFileSync('xmllint', ['--noout', '-'], { input: await zip.file(path)!.async('nodebuffer'), stdio: ['pipe', 'pipe', 'pipe'] });
      } catch (error) {
        malformed.push(`${path}: ${String((error as { stderr?: Buffer }).stderr ?? error)}`);
      }
    }
    expect(malformed).toEqual([]);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    for (const path of parts.filter((p) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(p))) expect(types).toContain(`PartName="/${path}"`);
  });
});
