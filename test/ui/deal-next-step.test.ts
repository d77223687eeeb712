import { text } from '../../shared/i18n';
import type { PipelineView } from '../../shared/workbook/backend';
import { dealReducer, dealUpdate, INITIAL_DEAL_STATE, nextStepChange, type DealAction, type DealState } from '../../shared/ui/wizard-deal';
import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { loadSampleWorkbook } from '../../playground/sample-workbook';
import { operationsOver } from '../../shared/workbook/run-operation';

/** Update a deal never replaces the rep's Next step without showing it first, and lets the rep keep it. */

const VIEW: PipelineView = {
  sheetName: 'Pipeline',
  ladder: 'MILESTONES',
  stages: ['G10', 'G20', 'E25'].map((code) => ({ code, label: text(code, code), proof: text(`proof ${code}`, `验证 ${code}`) })),
  deals: [
    {
      row: 5,
      id: 'D-1',
      account: 'Acme',
      opportunity: 'ERP rollout',
      owner: 'Li',
      amount: 120000,
      stage: 'G20',
      stageEntered: '2026-10-01',
      closeDate: '2026-12-20',
      nextStep: 'Meet the CFO on Friday',
      evidence: '',
      proofs: [true, true, false],
    },
  ],
};

function run(...actions: DealAction[]): DealState {
  return actions.reduce(dealReducer, dealReducer(INITIAL_DEAL_STATE, { type: 'loaded', view: VIEW }));
}

describe('the confirm step shows the Next step it would replace', () => {
  it('old → new when the answer differs, nothing when blank or the same', () => {
    const picked = run({ type: 'pick', row: 5, today: '2026-11-25' });
    expect(nextStepChange(picked)).toBeNull();
    const answered = dealReducer(picked, { type: 'review', field: 'preparingNext', text: '  Send the proposal ' });
    expect(nextStepChange(answered)).toEqual({ before: 'Meet the CFO on Friday', after: 'Send the proposal', kept: false });
    expect(dealUpdate(answered)?.keepNextStep).toBeUndefined();
    expect(nextStepChange(dealReducer(picked, { type: 'review', field: 'preparingNext', text: 'Meet the CFO on Friday' }))).toBeNull();
  });

  it('keeping the old one goes into the update, and picking another deal forgets the choice', () => {
    const kept = run({ type: 'pick', row: 5, today: '2026-11-25' }, { type: 'review', field: 'preparingNext', text: 'Send the proposal' }, { type: 'keepNextStep', keep: true });
    expect(nextStepChange(kept)?.kept).toBe(true);
    expect(dealUpdate(kept)?.keepNextStep).toBe(true);
    expect(dealReducer(kept, { type: 'pick', row: 5, today: '2026-11-25' }).keepNextStep).toBe(false);
  });
});

describe('the saved row', () => {
  function sample() {
    const workbook = new PlaygroundWorkbook();
    const sheets = loadSampleWorkbook(workbook);
    workbook.activate(sheets.pipeline);
    const ops = operationsOver(workbook.host());
    const listed = ops.listDeals('en');
    if (!listed.ok || !listed.value) throw new Error('no pipeline');
    return { ops, view: listed.value };
  }

  it('keeps the Next step the rep typed when asked to, and when the answer is blank', () => {
    const { ops, view } = sample();
    const deal = view.deals[1];
    expect(deal.nextStep).not.toBe('');
    const base = { sheetName: view.sheetName, row: deal.row, dealId: deal.id, stage: deal.stage, proofs: deal.proofs, stageEntered: deal.stageEntered, read: deal };
    const kept = ops.updateDeal({ ...base, review: { finished: '', evidence: '', doingNow: '', preparingNext: 'Book design review' }, keepNextStep: true }, 'en');
    if (!kept.ok) throw new Error(kept.message);
    expect(kept.value.deals[1].nextStep).toBe(deal.nextStep);
    expect(kept.value.deals[1].evidence).toContain('Book design review');
    const blank = ops.updateDeal({ ...base, review: { finished: 'Demo', evidence: '', doingNow: '', preparingNext: '   ' } }, 'en');
    if (!blank.ok) throw new Error(blank.message);
    expect(blank.value.deals[1].nextStep).toBe(deal.nextStep);
    const replaced = ops.updateDeal({ ...base, review: { finished: '', evidence: '', doingNow: '', preparingNext: 'Book design review' } }, 'en');
    if (!replaced.ok) throw new Error(replaced.message);
    expect(replaced.value.deals[1].nextStep).toBe('Book design review');
  });
});
