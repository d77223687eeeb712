import { buildTemplate } from '../../../shared/templates/catalog';
import type { ValuePropositionLayout } from '../../../shared/templates/value-proposition';
import { valueLive } from '../../../shared/ui/value-live';
import { INITIAL_VALUE_STATE, valueReducer } from '../../../shared/ui/wizard-value';
import { call, errorOf } from '../../functions/helpers';
import { TemplateBook } from '../../templates/hf-workbook';

// seeds/003_3045c54feb584ed9.txt: "We will ensure your return on investment by _."
const SEED_STATEMENT_6 = 'We will ensure your return on investment by _.';
// seeds/003_3045c54feb584ed9.txt: "…compelling eventsolutionspecific or measurable outcomeshared risk/reward strategy" — statement 6's one slot.
const ARRANGEMENT = 'a fee paid only from the savings we deliver';
const expected = SEED_STATEMENT_6.replace('_', ARRANGEMENT);

describe('Value statement 6 has one slot: how we ensure their return on investment (seed 003)', () => {
  it('VALUE_STATEMENT(6, …) takes the one slot and writes the seed’s sentence', () => {
    expect(call('VALUE_STATEMENT', [6, ARRANGEMENT])).toBe(expected);
    expect(call('VALUE_STATEMENT', [6, '按交付的节省额收费'], 'zh-CN')).toBe('我们将通过按交付的节省额收费，确保您的投资回报。');
    expect(errorOf('VALUE_STATEMENT', [6, ARRANGEMENT, 'a payback within a year']).message).toMatch(/^slot2: .*value statement 6 takes 1 slots, got 2/);
  });

  it('the value-proposition template gives statement 6 one slot cell, and its sentence is the seed’s', () => {
    const built = buildTemplate('valueProposition', { locale: 'en' });
    const layout = built.layout as ValuePropositionLayout;
    const six = layout.statements.find((s) => s.number === 6);
    expect(six?.slots).toHaveLength(1);
    const book = new TemplateBook(built.plan);
    book.set('value', six!.slots[0]!, ARRANGEMENT);
    expect(book.get('value', six!.result)).toBe(expected);
    book.destroy();
  });

  it('the value wizard shows statement 6 finished once its one slot is filled', () => {
    const state = valueReducer(INITIAL_VALUE_STATE, { type: 'slot', statementId: 6, slotId: 'arrangement', text: ARRANGEMENT });
    const six = valueLive(state, 'en').statements.find((s) => s.id === 6);
    expect(six?.missing).toEqual([]);
    expect(six?.sentence).toBe(expected);
  });
});
