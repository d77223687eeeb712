/**
 * Templates print one page wide, with the Settings sheet after the template: in the .xlsx files
 * (ExcelJS page setup, kept through a save and load), in Excel (Office.js PageLayout, where the host
 * has ExcelApi 1.9), and in the tab order of every host. Apps Script has no print settings.
 */
import ExcelJS from 'exceljs';
import { buildTemplate, type TemplateId } from '../../shared/templates/catalog';
import { planToXlsxBuffer } from '../../tools/xlsx-writer';
import { templateFiles } from '../../tools/xlsx-templates';
import { createExcelMock } from '../../fakes/excel-mock';
import { PlaygroundWorkbook } from '../../playground/playground-workbook';

let excelApplier: typeof import('../../excel-addin/apply-plan');
beforeAll(async () => {
  excelApplier = await import('../../excel-addin/apply-plan');
});

const WITH_SETTINGS: readonly TemplateId[] = ['assessment', 'keyPlayers', 'valueProposition', 'pipelineFunnel'];

async function opened(id: TemplateId): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await planToXlsxBuffer(buildTemplate(id, { locale: 'en', ladder: 'MILESTONES' }).plan)) as unknown as ArrayBuffer);
  return book;
}

describe('template print setup', () => {
  it.each(WITH_SETTINGS)('%s: the .xlsx opens with the template first, Settings last, every sheet fitted to one page wide', async (id) => {
    const book = await opened(id);
    expect(book.worksheets.map((ws) => ws.name).pop()).toBe('DealKit settings');
    expect(book.worksheets).toHaveLength(2);
    for (const ws of book.worksheets) expect(ws.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });

  it('a template without settings is one sheet, fitted to one page wide', async () => {
    const book = await opened('actionPlan');
    expect(book.worksheets.map((ws) => ws.name)).toEqual(['Action plan']);
    expect(book.worksheets[0].pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });

  it('the wide pipeline sheet prints landscape; the others keep the default', async () => {
    expect((await opened('pipelineFunnel')).getWorksheet('Pipeline')?.pageSetup.orientation).toBe('landscape');
    expect((await opened('assessment')).getWorksheet('DealKit settings')?.pageSetup.orientation).toBe('portrait');
  });

  it('every shipped template file has a print setup on every sheet', () => {
    for (const file of templateFiles().files) for (const sheet of file.plan.sheets) expect([file.fileName, sheet.print?.fitToWidth]).toEqual([file.fileName, true]);
  });

  it('Excel: PageLayout fits the sheet one page wide (and landscape) and the Settings tab comes after the template', async () => {
    const mock = createExcelMock();
    Object.assign(globalThis, { Excel: mock.Excel, Office: mock.Office });
    await mock.Excel.run((context) => excelApplier.applyPlan(context, buildTemplate('pipelineFunnel', { locale: 'en', ladder: 'MILESTONES' }).plan));
    expect(mock.model.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Pipeline', 'DealKit settings']);
    expect(mock.model.sheet('Pipeline').print).toEqual({ zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, orientation: 'Landscape' });
    expect(mock.model.sheet('DealKit settings').print).toEqual({ zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
  });

  it('Excel without ExcelApi 1.9: the template goes in all the same, printing at the default scale', async () => {
    const mock = createExcelMock({ modernCharts: false });
    Object.assign(globalThis, { Excel: mock.Excel, Office: mock.Office });
    await mock.Excel.run((context) => excelApplier.applyPlan(context, buildTemplate('assessment', { locale: 'en', method: 'TAS' }).plan));
    expect(mock.model.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Assessment (TAS)', 'DealKit settings']);
    expect(mock.model.sheet('Assessment (TAS)').print).toEqual({});
    expect(mock.model.snapshot('Assessment (TAS)').A1).toBeDefined();
  });

  it('the playground adds the Settings tab after the template too', () => {
    const workbook = new PlaygroundWorkbook();
    workbook.applyPlan(buildTemplate('keyPlayers', { locale: 'zh-CN' }).plan);
    expect(workbook.sheetNames()).toEqual(['关键人物', 'DealKit 设置']);
  });
});
