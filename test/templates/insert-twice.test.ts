/** Templates inserted one after another share one Settings sheet, and never touch what is there. */
import { buildTemplatePlan } from '../../shared/templates/catalog';
import type { PipelineFunnelLayout } from '../../shared/templates/pipeline-funnel';
import { buildTemplate } from '../../shared/templates/catalog';
import { settingsTemplate, type SettingsLayout } from '../../shared/templates/settings';
import { TemplateBook } from './hf-workbook';

describe('inserting templates into a workbook that has a Settings sheet', () => {
  it('reuses the team’s Settings (and the manager’s edits) instead of adding a second one', () => {
    const book = new TemplateBook(buildTemplatePlan('assessment', { method: 'TAS', locale: 'en' }));
    const settings = settingsTemplate({ locale: 'en' }).layout as SettingsLayout;
    const b75 = settings.stages.find((s) => s.code === 'B75')!;
    book.set('settings', b75.probability, 0.8);
    const pipeline = buildTemplate('pipelineFunnel', { locale: 'en' });
    const names = book.insert(pipeline.plan);
    // The plan's Settings sheet was skipped: its key maps to the sheet already there.
    expect(names.settings).toBe('DealKit settings');
    const layout = pipeline.layout as PipelineFunnelLayout;
    book.set('pipeline', `${layout.columns.amount}${layout.firstRow}`, 1000).set('pipeline', `${layout.columns.stage}${layout.firstRow}`, 'B75');
    expect(book.get('pipeline', `${layout.computed.weighted}${layout.firstRow}`)).toBe(800);
    book.destroy();
  });

  it('a second template of the same kind gets a numbered sheet name', () => {
    const book = new TemplateBook(buildTemplatePlan('valueProposition', { locale: 'zh-CN' }));
    const names = book.insert(buildTemplatePlan('valueProposition', { locale: 'zh-CN' }));
    expect(names.value).toBe('价值主张 (2)');
    book.destroy();
  });
});
