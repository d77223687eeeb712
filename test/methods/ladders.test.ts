import {
  CUSTOMER_PROCUREMENT_STEPS,
  DEFAULT_LADDER_ID,
  LADDER_IDS,
  LADDERS,
  LOST_STAGE,
  lostStage,
  SIGNATURE_SELLING_STEPS,
  SIGNATURE_STEPS_WITHOUT_STAGE,
  stageWork,
} from '../../shared/methods';

const codesAndProbabilities = (id: (typeof LADDER_IDS)[number]): [string, number][] => LADDERS[id].stages.map((s) => [s.code, s.probability]);

describe('stage ladders', () => {
  it('are keyed by the identifiers formulas use, MILESTONES by default', () => {
    expect(Object.keys(LADDERS).sort()).toEqual([...LADDER_IDS].sort());
    for (const id of LADDER_IDS) expect(LADDERS[id].id).toBe(id);
    expect(DEFAULT_LADDER_ID).toBe('MILESTONES');
  });

  it('carry the codes and default probabilities of METHODOLOGY §5', () => {
    expect(codesAndProbabilities('MILESTONES')).toEqual([
      ['G10', 0.1],
      ['G20', 0.2],
      ['E25', 0.25],
      ['D30', 0.3],
      ['C50', 0.5],
      ['B75', 0.75],
      ['A90', 0.9],
      ['S100', 1],
    ]);
    expect(codesAndProbabilities('SIGNATURE')).toEqual([
      ['Identified', 0.1],
      ['Validated', 0.25],
      ['Qualified', 0.5],
      ['Proposed', 0.75],
      ['Won', 1],
    ]);
    expect(codesAndProbabilities('FUNNEL')).toEqual([
      ['L1', 0.1],
      ['L2', 0.3],
      ['L3', 0.5],
      ['L4', 0.75],
      ['L5', 0.9],
      ['SIGNED', 1],
    ]);
  });

  it.each(LADDER_IDS)('%s rises strictly to 100 %% with distinct codes, none of them LOST', (id) => {
    const stages = LADDERS[id].stages;
    for (let i = 1; i < stages.length; i++) expect(stages[i]!.probability).toBeGreaterThan(stages[i - 1]!.probability);
    expect(stages[0]!.probability).toBeGreaterThan(0);
    expect(stages[stages.length - 1]!.probability).toBe(1);
    const codes = stages.map((s) => s.code.toUpperCase());
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).not.toContain(LOST_STAGE);
  });

  it.each(LADDER_IDS)('%s gives every stage a work step and a proof', (id) => {
    for (const s of LADDERS[id].stages) {
      expect(stageWork(id, s.code).step.en).not.toBe('');
      expect(stageWork(id, s.code).proof.en).not.toBe('');
    }
  });

  it('has a lost stage at 0 % outside every ladder', () => {
    expect(lostStage.code).toBe('LOST');
    expect(lostStage.probability).toBe(0);
  });

  it('lists the customer’s eight procurement steps beside the eight milestones', () => {
    expect(CUSTOMER_PROCUREMENT_STEPS).toHaveLength(LADDERS.MILESTONES.stages.length);
    expect(CUSTOMER_PROCUREMENT_STEPS[0]?.label.en).toMatch(/need/i);
    expect(CUSTOMER_PROCUREMENT_STEPS[7]?.label.en).toMatch(/signed/i);
  });

  it('keeps Signature Selling steps 1 and 7 as steps without a stage', () => {
    expect(SIGNATURE_SELLING_STEPS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(SIGNATURE_STEPS_WITHOUT_STAGE.map((s) => s.number)).toEqual([1, 7]);
    expect(SIGNATURE_SELLING_STEPS.filter((s) => s.stage).map((s) => s.stage)).toEqual(LADDERS.SIGNATURE.stages.map((s) => s.code));
  });
});
