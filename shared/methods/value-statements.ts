import { text, type Text } from '../i18n';
import type { Term } from './types';

export type ValueStatementId = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * A fill-in value statement (价值陈述). The slots are in the order VALUE_STATEMENT takes them as
 * arguments; the sentence marks where each goes with `{slotId}` and may put them in any order.
 */
export interface ValueStatementTemplate {
  readonly id: ValueStatementId;
  /** Same as `id`: the template number users pass to VALUE_STATEMENT. */
  readonly number: ValueStatementId;
  /* Its title is in value-statement-titles.ts: only the panels and the template show it. */
  readonly slots: readonly Term[];
  readonly sentence: Text;
}

function slot(id: string, label: Text): Term {
  return { id, label };
}

function statement(id: ValueStatementId, slots: readonly Term[], en: string, zh: string): ValueStatementTemplate {
  return { id, number: id, slots, sentence: text(en, zh) };
}

// Slots several statements share, written once (each statement still gets its own slot objects).
const outcome = (): Term => slot('outcome', text('Measurable outcome', '可衡量的成果'));
const ourSolution = (): Term => slot('solution', text('Our solution', '我方方案'));

export const VALUE_STATEMENTS: readonly ValueStatementTemplate[] = [
  statement(
    1,
    [slot('initiative', text('Business initiative', '商业动议')), outcome(), ourSolution()],
    'With our {solution} in place you will be able to {initiative}, bringing {outcome}.',
    '通过实施我们的{solution}，您将能够{initiative}，从而带来{outcome}。',
  ),
  statement(
    2,
    [slot('similarCustomer', text('Similar customer or situation', '类似的客户或情况')), slot('valueDelivered', text('Value delivered there', '在该客户处交付的价值'))],
    'For {similarCustomer}, in a situation like yours, we delivered {valueDelivered}.',
    '在与您情况类似的{similarCustomer}，我们带来了{valueDelivered}。',
  ),
  statement(
    3,
    [slot('currentSituation', text('Current situation', '当前状况')), ourSolution(), slot('businessDriver', text('Business driver affected', '受影响的业务驱动因素')), outcome()],
    'Moving from {currentSituation} to our {solution} will improve {businessDriver}, which means {outcome}.',
    '从{currentSituation}转向我们的{solution}，将改善{businessDriver}，这意味着{outcome}。',
  ),
  statement(
    4,
    [slot('trackingSystem', text('Value tracking system', '价值跟踪方式')), slot('frequency', text('Reporting frequency', '汇报频率'))],
    'We will measure the value we deliver through {trackingSystem} and report it to you {frequency}.',
    '我们将通过{trackingSystem}衡量所交付的价值，并{frequency}向您汇报。',
  ),
  statement(
    5,
    [slot('compellingEvent', text('Compelling event', '迫切动因')), slot('solution', text('Solution', '解决方案')), outcome()],
    'To meet {compellingEvent}, we can put in {solution}, which will deliver {outcome}.',
    '为应对{compellingEvent}，我们可以部署{solution}，从而带来{outcome}。',
  ),
  statement(
    6,
    [slot('arrangement', text('Shared risk/reward strategy', '风险共担、收益共享的策略'))],
    'We will ensure your return on investment by {arrangement}.',
    '我们将通过{arrangement}，确保您的投资回报。',
  ),
];
