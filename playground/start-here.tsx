import type { Locale } from '../shared/i18n';
import { PLAYGROUND_TEXT } from './playground-texts';

/**
 * The "Start here" card above the playground: four things to try on the sample workbook, in an order
 * that builds on itself. A <details> so it folds away once read.
 */

type TextId = keyof typeof PLAYGROUND_TEXT;

const STEPS: readonly { readonly id: string; readonly title: TextId; readonly body: TextId }[] = [
  { id: 'qualify', title: 'startQualifyTitle', body: 'startQualify' },
  { id: 'deal', title: 'startDealTitle', body: 'startDeal' },
  { id: 'roll-up', title: 'startRollUpTitle', body: 'startRollUp' },
  { id: 'compare', title: 'startCompareTitle', body: 'startCompare' },
];

export function StartHere(props: { locale: Locale }) {
  const say = (id: TextId): string => PLAYGROUND_TEXT[id][props.locale];
  return (
    <details class="pg-start" open lang={props.locale} data-start-here="">
      <summary class="pg-start-title">{say('startHere')}</summary>
      <p class="pg-start-intro">{say('startIntro')}</p>
      <ol class="pg-start-steps">
        {STEPS.map((step) => (
          <li key={step.id} data-start-step={step.id}>
            <strong class="pg-start-step-title">{say(step.title)}</strong>
            {say(step.body)}
          </li>
        ))}
      </ol>
    </details>
  );
}
