import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { boxToA1, cellA1 } from '../../shared/a1';
import { seriesColour } from '../../shared/chart-colours';
import { classicChartKind } from '../../shared/chart-fallback';
import type { WritePlan } from '../../shared/plan';
import { resolvePlan, type ResolvedChart } from '../../shared/plan-resolve';
import { templateFiles } from '../../tools/xlsx-templates';
import { writePlanToXlsx } from '../../tools/xlsx-writer';
import { builtFile } from '../helpers/dist';
import { decodePng, inkShare, pixelsOfColour } from '../helpers/png';
import { convertWithLibreOffice, convertedPath, findSoffice } from './libreoffice';
import { chartsInLibreOfficeDocument, type ListedChart } from './libreoffice-fods';
import { imagesInLibreOfficeHtml, type DrawnImage } from './libreoffice-html';

/**
 * The charts of the downloadable .xlsx files (dist/templates) as LibreOffice reads and draws them: its flat
 * OpenDocument export lists each chart in the cell it is anchored to, and its HTML export renders
 * each one to an image, whose pixels are checked. A file whose sheet does not point at its drawing
 * (what a reader sees of a file without chart parts) shows neither.
 */

const soffice = findSoffice();
if (!soffice && process.env.CI) throw new Error('LibreOffice (soffice) is required in CI: apt-get install -y --no-install-recommends libreoffice-calc-nogui');
if (!soffice) console.warn('\n!! SKIPPED: LibreOffice checks of the .xlsx charts — soffice not found.\n');
const describeWithLibreOffice = soffice ? describe : describe.skip;

/** One chart of every kind, from typed numbers, each a size of its own so its image can be told apart. */
const KINDS_PLAN: WritePlan = {
  sheets: [
    {
      key: 'kinds',
      target: { kind: 'new', baseName: 'Chart kinds' },
      values: [
        {
          at: 'A1',
          rows: [
            ['Stage', 'Deals', 'Amount'],
            ['Prospect', 40, 30],
            ['Qualify', 25, 20],
            ['Propose', 12, 15],
            ['Close', 5, 10],
          ],
        },
        {
          at: 'A8',
          rows: [
            ['Step', 'Change'],
            ['Start', 100],
            ['Won', -30],
            ['New', 50],
          ],
        },
      ],
      charts: [
        { kind: 'column', title: 'Deals and amount by stage', source: 'A1:C5', anchor: 'E1', width: 400, height: 240 },
        { kind: 'bar', title: 'Deals by stage', source: 'A1:B5', anchor: 'E14', width: 410, height: 250 },
        { kind: 'line', title: 'Deals by stage', source: 'A1:B5', anchor: 'E28', width: 420, height: 260 },
        { kind: 'pie', title: 'Deals by stage', source: 'A1:B5', anchor: 'E42', width: 430, height: 270 },
        { kind: 'funnel', title: 'Funnel', source: 'A1:B5', anchor: 'N1', width: 440, height: 280 },
        { kind: 'waterfall', title: 'Bridge', source: 'A8:B11', anchor: 'N16', width: 450, height: 290 },
      ],
    },
  ],
};

interface Converted {
  /** Per file name: what LibreOffice listed and what it drew. */
  readonly listed: Record<string, ListedChart[]>;
  readonly drawn: Record<string, DrawnImage[]>;
}

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

function convert(files: readonly string[]): Converted {
  const fods = convertWithLibreOffice(soffice as string, files, 'fods');
  const html = convertWithLibreOffice(soffice as string, files, 'html');
  scratch.push(join(fods, '..'), join(html, '..'));
  return {
    listed: Object.fromEntries(files.map((file) => [basename(file), chartsInLibreOfficeDocument(convertedPath(fods, file, 'fods'))])),
    drawn: Object.fromEntries(files.map((file) => [basename(file), imagesInLibreOfficeHtml(convertedPath(html, file, 'html'))])),
  };
}

/** The same file with every sheet's pointer at its drawing taken out: the parts stay, nothing reaches them. */
async function withoutDrawingReferences(file: string, out: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
    zip.file(path, (await zip.file(path)!.async('string')).replace(/<drawing r:id="[^"]*"\/>/g, ''));
  }
  writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer' }));
}

/** The plan's charts in the order LibreOffice lists them: sheet by sheet, row by row. */
function expectedCharts(plan: WritePlan): { sheet: string; chart: ResolvedChart }[] {
  return resolvePlan(plan, { sheets: [], namedRanges: [] }, 'xlsx').sheets.flatMap((sheet) =>
    [...sheet.charts].sort((a, b) => a.anchor.row - b.anchor.row || a.anchor.column - b.anchor.column).map((chart) => ({ sheet: sheet.name, chart })),
  );
}

function imageOf(images: readonly DrawnImage[], chart: ResolvedChart): DrawnImage | undefined {
  return images.find((image) => image.width === chart.width && image.height === chart.height);
}

const templatesWithCharts = templateFiles().files.filter((file) => file.plan.sheets.some((sheet) => (sheet.charts?.length ?? 0) > 0));

describeWithLibreOffice('charts of the .xlsx files in LibreOffice', () => {
  let converted: Converted;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-charts-'));
    scratch.push(dir);
    // The files the build wrote, as users download them.
    const files = templatesWithCharts.map((template) => builtFile('templates', template.fileName));
    const kinds = join(dir, 'chart-kinds.xlsx');
    await writePlanToXlsx(KINDS_PLAN, kinds);
    files.push(kinds);
    await withoutDrawingReferences(kinds, join(dir, 'unreferenced.xlsx'));
    files.push(join(dir, 'unreferenced.xlsx'));
    converted = convert(files);
  }, 240_000);

  it('some template has charts to check', () => {
    expect(templatesWithCharts.length).toBeGreaterThanOrEqual(2);
  });

  it.each(templatesWithCharts.map((t) => [t.fileName, t] as const))('%s: each chart sits at its anchor cell at its planned size, plotting its source', (fileName, template) => {
    const listed = converted.listed[fileName];
    const expected = expectedCharts(template.plan);
    const shown = (sheet: string, a1: string) => a1.replace(/^(.+):(.+)$/, `${sheet}.$1:${sheet}.$2`);
    // A scatter has no category header: LibreOffice lists its x and y values below the header row, then each series' name cell.
    const plotted = (sheet: string, chart: ResolvedChart): string => {
      if (chart.kind !== 'scatter') return shown(sheet, chart.source.a1);
      const { row, column, height, width } = chart.source;
      const names = Array.from({ length: width - 1 }, (_, i) => cellA1(row, column + 1 + i));
      return [shown(sheet, boxToA1(row + 1, column, height - 1, width)), ...names.map((name) => `${sheet}.${name}:${sheet}.${name}`)].join(' ');
    };
    expect(listed.map((c) => [c.sheet, c.cell, c.width, c.height, c.plotted.replace(/'/g, '')])).toEqual(
      expected.map(({ sheet, chart }) => [sheet, chart.anchor.a1, chart.width, chart.height, plotted(sheet, chart)]),
    );
  });

  it.each(templatesWithCharts.map((t) => [t.fileName, t] as const))('%s: LibreOffice draws each chart (title, axes, legend in the series colours)', (fileName, template) => {
    const images = converted.drawn[fileName];
    for (const { chart } of expectedCharts(template.plan)) {
      const image = imageOf(images, chart);
      expect([chart.title, image === undefined]).toEqual([chart.title, false]);
      const png = decodePng(readFileSync(image!.file));
      expect(inkShare(png)).toBeGreaterThan(0.02);
      // A chart of several series has a legend: a swatch of each series' colour.
      if (chart.source.width > 2) for (let i = 0; i < chart.source.width - 1; i += 1) expect(pixelsOfColour(png, seriesColour(i))).toBeGreaterThan(20);
    }
  });

  it('draws every kind of chart from its cells, the bars, line and slices in the series colours', () => {
    const listed = converted.listed['chart-kinds.xlsx'];
    const images = converted.drawn['chart-kinds.xlsx'];
    const expected = expectedCharts(KINDS_PLAN);
    expect(listed.map((c) => [c.cell, c.chartClass])).toEqual(
      expected.map(({ chart }) => [chart.anchor.a1, { line: 'chart:line', pie: 'chart:circle' }[classicChartKind(chart.kind) as string] ?? 'chart:bar']),
    );
    for (const { chart } of expected) {
      const png = decodePng(readFileSync(imageOf(images, chart)!.file));
      const colours = chart.kind === 'pie' ? [0, 1, 2, 3] : chart.kind === 'column' ? [0, 1] : [0];
      for (const i of colours) expect([chart.kind, i, pixelsOfColour(png, seriesColour(i)) > 300]).toEqual([chart.kind, i, true]);
    }
  });

  it('finds no chart in a file whose sheets do not point at their drawings', () => {
    expect(converted.listed['unreferenced.xlsx']).toEqual([]);
    expect(converted.drawn['unreferenced.xlsx']).toEqual([]);
  });
});
