import { WATERFALL_COLOURS } from '../../shared/chart-colours';
import type { WritePlan } from '../../shared/plan';
import { chartConfig } from '../../playground/charts/chart-config';
import { readChartData } from '../../playground/charts/chart-data';
import { PlaygroundWorkbook } from '../../playground/playground-workbook';

/**
 * What the playground's charts draw: the cells of the chart's source as the grid shows them, read
 * again after an edit, and a funnel and a waterfall built from floating bars.
 */

const PLAN: WritePlan = {
  sheets: [
    {
      key: 'c',
      target: { kind: 'new', baseName: 'Charts' },
      values: [
        {
          at: 'A1',
          rows: [
            ['Stage', 'Deals'],
            ['Prospect', 40],
            ['Qualify', 'n/a'],
            ['Close', 5],
          ],
        },
        {
          at: 'D1',
          rows: [
            ['Step', 'Change'],
            ['Start', 100],
            ['Won', -30],
            ['New', 50],
          ],
        },
        { at: 'G1', rows: [['Month', 'Weighted']] },
      ],
      formulas: [{ at: 'G2', rows: [['=DATE(2026,12,1)', '=B2*1000']] }],
      numberFormats: [
        { range: 'G2', format: 'yyyy-mm' },
        { range: 'H2', format: '#,##0' },
      ],
      charts: [
        { kind: 'funnel', title: 'Funnel', source: 'A1:B4', anchor: 'J1' },
        { kind: 'waterfall', title: 'Bridge', source: 'D1:E4', anchor: 'J20' },
        { kind: 'column', title: 'By month', source: 'G1:H2', anchor: 'J40' },
      ],
    },
  ],
};

function workbookWithCharts() {
  const workbook = new PlaygroundWorkbook();
  workbook.applyPlan(PLAN);
  const sheet = workbook.activeSheet();
  const charts = workbook.extras[sheet].charts;
  return { workbook, sheet, charts };
}

describe('playground charts', () => {
  it('read the source cells as the grid shows them, a cell without a number a gap, and again after an edit', () => {
    const { workbook, sheet, charts } = workbookWithCharts();
    expect(readChartData(workbook, sheet, charts[0])).toEqual({
      kind: 'funnel',
      title: 'Funnel',
      categories: ['Prospect', 'Qualify', 'Close'],
      series: [{ name: 'Deals', values: [40, null, 5] }],
    });
    expect(readChartData(workbook, sheet, charts[2]).categories).toEqual(['2026-12']);
    workbook.setCellInput(sheet, 'B3', '25');
    expect(readChartData(workbook, sheet, charts[0]).series[0].values).toEqual([40, 25, 5]);
    expect(readChartData(workbook, sheet, charts[2]).series[0].values).toEqual([40000]);
  });

  it('draw a funnel as bars centred on zero, each as wide as its value, none for a cell without a number', () => {
    const { workbook, sheet, charts } = workbookWithCharts();
    const config = chartConfig(readChartData(workbook, sheet, charts[0]));
    expect(config.type).toBe('bar');
    expect(config.options?.indexAxis).toBe('y');
    expect(config.data.datasets[0].data).toEqual([[-20, 20], null, [-2.5, 2.5]]);
  });

  it('draw a waterfall as steps from the previous bar’s end, the first from zero, rises and falls told apart', () => {
    const { workbook, sheet, charts } = workbookWithCharts();
    const config = chartConfig(readChartData(workbook, sheet, charts[1]));
    expect(config.data.labels).toEqual(['Start', 'Won', 'New']);
    expect(config.data.datasets[0].data).toEqual([
      [0, 100],
      [100, 70],
      [70, 120],
    ]);
    expect(config.data.datasets[0].backgroundColor).toEqual([WATERFALL_COLOURS.total, WATERFALL_COLOURS.fall, WATERFALL_COLOURS.rise]);
  });
});
