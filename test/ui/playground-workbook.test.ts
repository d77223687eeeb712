import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { loadSampleWorkbook, SAMPLE_DEALS, SECOND_REP_DEALS } from '../../playground/sample-workbook';
import { operationsOver } from '../../shared/workbook/run-operation';
import type { AssessmentLayout } from '../../shared/templates';
import { assessmentTemplate, valuePropositionTemplate } from '../../shared/templates';
import { parseA1 } from '../../shared/a1';

function verdictOf(workbook: PlaygroundWorkbook, sheet: string): unknown {
  const layout: AssessmentLayout = assessmentTemplate({ method: 'TAS', locale: 'en' }).layout;
  const box = parseA1(layout.verdict);
  return workbook.snapshot(sheet, false)?.values[box.row]?.[box.column];
}

describe('the playground sample workbook through the wizards’ operations', () => {
  it('opens on a TAS assessment whose verdict cell reads Qualify further, and the wizard resumes it', () => {
    const workbook = new PlaygroundWorkbook();
    const sheets = loadSampleWorkbook(workbook);
    expect(verdictOf(workbook, sheets.assessment)).toBe('Qualify further');
    const ops = operationsOver(workbook.host());
    const read = ops.readAssessment('en');
    expect(read.ok).toBe(true);
    if (!read.ok || !read.value) throw new Error('no assessment read');
    expect(read.value).toMatchObject({ method: 'TAS', sheetName: sheets.assessment });
    expect(read.value.ours.filter((r) => r === 'unknown')).toHaveLength(4);
    expect(read.value.notes[3]).toBe('Budget approved in the FY27 plan');
    expect(read.value.signs[4]).toBe(true);
  });

  it('saving the wizard’s answers turns the sheet’s own verdict to Pursue', () => {
    const workbook = new PlaygroundWorkbook();
    const sheets = loadSampleWorkbook(workbook);
    const ops = operationsOver(workbook.host());
    const read = ops.readAssessment('en');
    if (!read.ok || !read.value) throw new Error('no assessment read');
    const answers = { ...read.value, ours: read.value.ours.map(() => 'favourable' as const), notes: read.value.notes.map((n, i) => (i === 12 ? '<script>alert(1)</script>' : n)) };
    const written = ops.writeAssessment(answers, 'en');
    expect(written).toEqual({ ok: true, value: { sheetName: sheets.assessment } });
    expect(verdictOf(workbook, sheets.assessment)).toBe('Pursue');
    const again = ops.readAssessment('en');
    expect(again.ok && again.value?.notes[12]).toBe('<script>alert(1)</script>');
  });

  it('lists the ladder’s stages with what proves each, for the Deal panel', () => {
    const workbook = new PlaygroundWorkbook();
    workbook.activate(loadSampleWorkbook(workbook).pipeline);
    const listed = operationsOver(workbook.host()).listDeals('en');
    if (!listed.ok || !listed.value) throw new Error('no pipeline');
    const stages = listed.value.stages;
    expect(stages.map((s) => s.code)).toEqual(['G10', 'G20', 'E25', 'D30', 'C50', 'B75', 'A90', 'S100']);
    expect(stages[0].proof).toEqual({ en: 'The contact commits to a visit', 'zh-CN': '客户经办人明确承诺接受上门拜访' });
    expect(stages.every((s) => s.proof.en !== '' && s.proof['zh-CN'] !== '')).toBe(true);
  });

  it('lists the pipeline deals with their proof ticks and moves one to a new stage with the date and review', () => {
    const workbook = new PlaygroundWorkbook();
    const sheets = loadSampleWorkbook(workbook);
    workbook.activate(sheets.pipeline);
    const ops = operationsOver(workbook.host());
    const listed = ops.listDeals('en');
    if (!listed.ok || !listed.value) throw new Error('no pipeline');
    const view = listed.value;
    expect(view.deals.map((d) => d.id)).toEqual(SAMPLE_DEALS.map((d) => d.id));
    const deal = view.deals[1];
    expect(deal).toMatchObject({ id: 'D-102', stage: 'E25', stageEntered: '2026-11-02' });
    expect(deal.proofs.slice(0, 4)).toEqual([true, true, true, false]);
    const updated = ops.updateDeal(
      {
        sheetName: view.sheetName,
        row: deal.row,
        dealId: deal.id,
        stage: 'D30',
        proofs: deal.proofs.map((_, i) => i < 4),
        review: { finished: 'Demo', evidence: 'CTO backs us', doingNow: 'Workshop', preparingNext: 'Book design review' },
        stageEntered: '2026-11-25',
        read: deal,
      },
      'en',
    );
    if (!updated.ok) throw new Error(updated.message);
    const after = updated.value.deals[1];
    expect(after).toMatchObject({ stage: 'D30', stageEntered: '2026-11-25', nextStep: 'Book design review' });
    expect(after.evidence).toContain('CTO backs us');
  });

  it('refuses to update a row that now holds another deal, naming the row', () => {
    const workbook = new PlaygroundWorkbook();
    loadSampleWorkbook(workbook);
    const ops = operationsOver(workbook.host());
    const listed = ops.listDeals('en');
    if (!listed.ok || !listed.value) throw new Error('no pipeline');
    const deal = listed.value.deals[0];
    const result = ops.updateDeal(
      {
        sheetName: listed.value.sheetName,
        row: deal.row,
        dealId: 'D-999',
        stage: 'B75',
        proofs: deal.proofs,
        review: { finished: '', evidence: '', doingNow: '', preparingNext: '' },
        stageEntered: '2026-11-25',
        read: deal,
      },
      'zh-CN',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(`第 ${deal.row} 行`);
  });

  it('inserts a template in Chinese next to the sample sheets without touching them', () => {
    const workbook = new PlaygroundWorkbook();
    const sheets = loadSampleWorkbook(workbook);
    const before = workbook.snapshot(sheets.pipeline, true);
    const ops = operationsOver(workbook.host());
    const inserted = ops.insertTemplate({ id: 'assessment', method: 'SIGNATURE' }, 'zh-CN');
    if (!inserted.ok) throw new Error(inserted.message);
    expect(inserted.value.sheetName).toMatch(/机会评估/);
    expect(String(workbook.snapshot(inserted.value.sheetName, false)?.values[0][0])).toMatch(/机会评估/);
    expect(workbook.snapshot(sheets.pipeline, true)).toEqual(before);
  });
});

describe('value proposition through the wizards’ operations', () => {
  it('writes figures and the filled statement to a new sheet, leaves unused statements blank, and reads them back', () => {
    const workbook = new PlaygroundWorkbook();
    loadSampleWorkbook(workbook);
    const ops = operationsOver(workbook.host());
    const slots = { '1.initiative': 'cut order-to-ship time', '1.outcome': 'same-day shipping', '1.solution': 'scanning platform' };
    const saved = ops.writeValue({ sheetName: null, slots, benefits: [0, 30, 50, 40], costs: [100, 0, 0, 0], risks: 5 }, 'en');
    if (!saved.ok) throw new Error(saved.message);
    const layout = valuePropositionTemplate({ locale: 'en' }).layout;
    const at = (a1: string): unknown => {
      const box = parseA1(a1);
      return workbook.snapshot(saved.value.sheetName, false)?.values[box.row]?.[box.column];
    };
    expect(at(layout.results.netValue)).toBe(15);
    expect(String(at(layout.statements[0].result))).toContain('scanning platform');
    // Statement 2 was left empty: no error, no text.
    expect(at(layout.statements[1].result)).toBe('');
    const read = ops.readValue('en');
    expect(read.ok && read.value).toMatchObject({ sheetName: saved.value.sheetName, benefits: [0, 30, 50, 40], costs: [100, 0, 0, 0], risks: 5, slots });
  });
});

describe('team operations in the playground', () => {
  it('rolls up the sample pipeline into Team pipeline and Dashboard sheets, snapshots it and exports inert CSV', () => {
    const workbook = new PlaygroundWorkbook();
    // Without the sample's history, so the snapshot taken here is the only one.
    loadSampleWorkbook(workbook, { history: false });
    const team = operationsOver(workbook.host());
    const rolled = team.rollUpTeam(null, 'en');
    if (!rolled.ok) throw new Error(rolled.message);
    const every = [...SAMPLE_DEALS, ...SECOND_REP_DEALS];
    expect(rolled.value).toMatchObject({ deals: every.length, setAside: 0, amount: every.reduce((sum, d) => sum + d.amount, 0), tables: 2 });
    expect(workbook.sheetNames().length).toBeGreaterThanOrEqual(5);
    // Rolling up again replaces its own sheets instead of adding more.
    const count = workbook.sheetNames().length;
    team.rollUpTeam(null, 'en');
    expect(workbook.sheetNames()).toHaveLength(count);
    const snap = team.takeSnapshot('en');
    if (!snap.ok) throw new Error(snap.message);
    const dates = team.listSnapshotDates('en');
    expect(dates.ok && dates.value).toEqual([snap.value.date]);
    const csv = team.exportPipelineCsv('hubspot', 'en');
    if (!csv.ok) throw new Error(csv.message);
    expect(csv.value.csv.trim().split(/\r?\n/)).toHaveLength(every.length + 1);
    expect(csv.value.fileName).toMatch(/^team-pipeline-hubspot-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('a period that is not one is a message naming the argument', () => {
    const workbook = new PlaygroundWorkbook();
    loadSampleWorkbook(workbook);
    const result = operationsOver(workbook.host()).rollUpTeam('next quarter', 'en');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/period/);
  });
});
