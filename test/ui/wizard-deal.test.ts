import { text } from '../../shared/i18n';
import type { PipelineView } from '../../shared/workbook/backend';
import { checkStageClaim, dealClaim, dealReducer, dealSteps, dealUpdate, INITIAL_DEAL_STATE, type DealAction, type DealState } from '../../shared/ui/wizard-deal';

const VIEW: PipelineView = {
  sheetName: 'Pipeline',
  ladder: 'MILESTONES',
  stages: ['G10', 'G20', 'E25', 'D30', 'C50', 'B75', 'A90', 'S100'].map((code) => ({ code, label: text(code, code), proof: text(`proof ${code}`, `验证 ${code}`) })),
  deals: [
    {
      row: 5,
      id: 'D-1',
      account: 'Acme',
      opportunity: 'ERP rollout',
      owner: 'Li',
      amount: 120000,
      stage: 'E25',
      stageEntered: '2026-10-01',
      closeDate: '2026-12-20',
      nextStep: '',
      evidence: '',
      proofs: [true, true, false],
    },
    {
      row: 6,
      id: 'D-2',
      account: 'Globex',
      opportunity: 'CRM',
      owner: 'Wang',
      amount: 50000,
      stage: 'D30',
      stageEntered: '2026-09-01',
      closeDate: '2027-01-31',
      nextStep: '',
      evidence: '',
      proofs: [true, true, true, true],
    },
  ],
};

const run = (actions: readonly DealAction[], from: DealState = INITIAL_DEAL_STATE): DealState => actions.reduce(dealReducer, from);
const picked = (row: number) =>
  run([
    { type: 'loaded', view: VIEW },
    { type: 'pick', row, today: '2026-11-25' },
  ]);

describe('Update-a-deal wizard', () => {
  it('picking a row reads its stage and proof ticks (one per ladder stage) and opens the stage step', () => {
    const state = picked(5);
    expect(state).toMatchObject({ step: 'stage', stage: 'E25', row: 5 });
    expect(state.proofs).toEqual([true, true, false, false, false, false, false, false]);
  });

  it('keeping the stage asks for no proof or review and keeps the sheet’s stage-entered date', () => {
    const state = picked(5);
    expect(dealSteps(state)).toEqual(['pick', 'stage', 'confirm']);
    expect(dealUpdate(state)?.stageEntered).toBe('2026-10-01');
  });

  it('moving to a new stage asks for its proof and the four review questions and dates the move today', () => {
    let state = run([{ type: 'chooseStage', stage: 'D30' }], picked(5));
    expect(dealSteps(state)).toEqual(['pick', 'stage', 'proof', 'review', 'confirm']);
    state = run(
      [
        { type: 'next' },
        { type: 'toggleProof', index: 2 },
        { type: 'toggleProof', index: 3 },
        { type: 'next' },
        { type: 'review', field: 'finished', text: 'Demo done' },
        { type: 'review', field: 'evidence', text: 'CIO asked for pricing' },
        { type: 'review', field: 'doingNow', text: 'Needs workshop' },
        { type: 'review', field: 'preparingNext', text: 'Book solution design' },
        { type: 'next' },
      ],
      state,
    );
    expect(state.step).toBe('confirm');
    expect(dealUpdate(state)).toEqual({
      sheetName: 'Pipeline',
      row: 5,
      dealId: 'D-1',
      stage: 'D30',
      proofs: [true, true, true, true, false, false, false, false],
      review: { finished: 'Demo done', evidence: 'CIO asked for pricing', doingNow: 'Needs workshop', preparingNext: 'Book solution design' },
      stageEntered: '2026-11-25',
      read: VIEW.deals[0],
    });
    expect(checkStageClaim(state)).toEqual({ claimed: 'D30', evidenced: 'D30', claimedAboveEvidence: false });
  });

  it('shows a claimed stage above the evidenced one', () => {
    const state = run([{ type: 'chooseStage', stage: 'B75' }], picked(5));
    expect(checkStageClaim(state)).toEqual({ claimed: 'B75', evidenced: 'G20', claimedAboveEvidence: true });
  });

  it('a gap in the proof ticks stops the evidence there', () => {
    const state = run([{ type: 'toggleProof', index: 1 }], picked(6));
    expect(checkStageClaim(state)).toMatchObject({ evidenced: 'G10', claimedAboveEvidence: true });
  });

  it('no proof ticked at all means no evidenced stage', () => {
    const state = run(
      [
        { type: 'toggleProof', index: 0 },
        { type: 'toggleProof', index: 1 },
      ],
      picked(5),
    );
    expect(checkStageClaim(state)).toMatchObject({ evidenced: null, claimedAboveEvidence: true });
  });

  it('picking a row that is not in the table changes nothing', () => {
    const loaded = run([{ type: 'loaded', view: VIEW }]);
    expect(dealReducer(loaded, { type: 'pick', row: 99, today: '2026-11-25' })).toBe(loaded);
  });

  it('after the update the wizard shows the table the backend read back', () => {
    const moved: PipelineView = { ...VIEW, deals: [{ ...VIEW.deals[0], stage: 'D30', proofs: [true, true, true, true] }, VIEW.deals[1]] };
    const state = run(
      [
        { type: 'chooseStage', stage: 'D30' },
        { type: 'updated', view: moved },
      ],
      picked(5),
    );
    expect(state).toMatchObject({ updated: true, stage: 'D30' });
    expect(state.view?.deals[0].stage).toBe('D30');
  });
});

describe('the deal list flags claims above the evidence', () => {
  it('marks D-1 (claims E25, proven to G20) and not D-2 (claims D30, proven to D30)', () => {
    expect(dealClaim(VIEW, VIEW.deals[0])).toEqual({ claimed: 'E25', evidenced: 'G20', claimedAboveEvidence: true });
    expect(dealClaim(VIEW, VIEW.deals[1])).toEqual({ claimed: 'D30', evidenced: 'D30', claimedAboveEvidence: false });
  });

  it('a lost deal is never above its evidence', () => {
    expect(dealClaim(VIEW, { ...VIEW.deals[0], stage: 'LOST' }).claimedAboveEvidence).toBe(false);
  });
});

describe('before the pipeline is read', () => {
  it('is not yet "no pipeline": that is only said once the backend answered', () => {
    expect(INITIAL_DEAL_STATE.loaded).toBe(false);
    expect(dealReducer(INITIAL_DEAL_STATE, { type: 'loaded', view: null })).toMatchObject({ loaded: true, view: null });
  });
});

describe('a save refused because someone else changed the deal', () => {
  const CONFLICT = { cell: 'Pipeline!G5', field: 'stage', read: 'E25', now: 'C50', wizard: 'D30' };

  it('sends what the wizard read with every save, and overwrites only once the rep saw the conflict and chose to', () => {
    const picked = run([
      { type: 'loaded', view: VIEW },
      { type: 'pick', row: 5, today: '2026-12-06' },
      { type: 'chooseStage', stage: 'D30' },
    ]);
    expect(dealUpdate(picked)?.read).toBe(VIEW.deals[0]);
    // No conflict shown yet: asking to overwrite does not skip the check.
    expect(dealUpdate(picked, true)?.overwrite).toBeUndefined();
    const refused = dealReducer(picked, { type: 'conflict', conflicts: [CONFLICT] });
    expect(refused.conflicts).toEqual([CONFLICT]);
    expect(dealUpdate(refused)?.overwrite).toBeUndefined();
    expect(dealUpdate(refused, true)?.overwrite).toBe(true);
    // Picking a deal again starts from the sheet: the conflict is gone.
    expect(dealReducer(refused, { type: 'pick', row: 6, today: '2026-12-06' }).conflicts).toEqual([]);
  });
});
