import { SIGNATURE_SELLING_STEPS } from '../../../shared/methods/stage-work';
import { stageProof } from '../../../shared/workbook/method-data';

// seeds/000_97e7afed6436debf.txt: "第五步:发展解决方案,当客户正在:,选择解决方案,我们要:,与客户一道发展解决方案"
const SEED_STEP_5 = { customer: '选择解决方案' };
// seeds/000_97e7afed6436debf.txt: "第六步:成交,当客户正在:,解除担心并作出决定,我们要:,成交"
const SEED_STEP_6 = { selling: '成交', customer: '解除担心并作出决定' };

function step(n: number) {
  const found = SIGNATURE_SELLING_STEPS.find((s) => s.number === n);
  if (!found) throw new Error(`no Signature Selling step ${n}`);
  return found;
}

describe('Signature Selling: what the customer is doing at selling steps 5 and 6 (seed 000)', () => {
  it('while we develop the solution (step 5, stage Proposed) the customer is choosing a solution', () => {
    expect(step(5).customerStep['zh-CN']).toBe(SEED_STEP_5.customer);
    expect(step(5).customerStep.en).toBe('Chooses a solution');
    expect(step(5).stage).toBe('Proposed');
  });

  it('while we close (step 6, stage Won) the customer resolves its concerns and decides', () => {
    expect(step(6).customerStep['zh-CN']).toBe(SEED_STEP_6.customer);
    expect(step(6).customerStep.en).toBe('Resolves its concerns and decides');
    expect(step(6).step['zh-CN']).toBe(SEED_STEP_6.selling);
    // The Won stage's proof, as the Settings sheet and the Deal panel show it, is step 6's outcome.
    expect(stageProof('SIGNATURE', 'Won').en).toBe(step(6).outcomes.en);
  });
});
