import { buyingStepWord, readBuyingStep, type BuyingStep } from '../methods/buying-process';
import type { PipelineView } from '../workbook/backend';

/**
 * The customer's buying step beside a deal's stage in the Update-a-deal wizard: the step the stage
 * expects, the step the rep has evidence of, and whether the customer lags the stage. A won or lost
 * deal is never behind: the customer's process no longer decides anything.
 */

export interface BuyingStepCheck {
  /** The step the chosen stage expects; undefined for LOST or a code the ladder does not pair. */
  readonly expected?: BuyingStep;
  /** The step the rep recorded; undefined when blank or unreadable. */
  readonly evidenced?: BuyingStep;
  /** Steps the customer lags the stage (0 when on or ahead of it, or when either is unknown). */
  readonly behind: number;
}

function expectedOf(view: PipelineView, stage: string): BuyingStep | undefined {
  const buying = view.buying;
  if (!buying) return undefined;
  const code = Object.keys(buying.expected).find((candidate) => candidate.trim().toLowerCase() === stage.trim().toLowerCase());
  return code === undefined ? undefined : buying.steps[buying.expected[code] - 1];
}

export function buyingStepCheck(view: PipelineView, stage: string, recorded: string | undefined): BuyingStepCheck {
  const expected = expectedOf(view, stage);
  const evidenced = view.buying && recorded ? readBuyingStep(view.ladder, recorded) : undefined;
  const won = view.stages.length > 0 && view.stages[view.stages.length - 1].code.toLowerCase() === stage.trim().toLowerCase();
  const behind = expected && evidenced && !won ? Math.max(0, expected.number - evidenced.number) : 0;
  return { ...(expected ? { expected } : {}), ...(evidenced ? { evidenced } : {}), behind };
}

/** The steps the rep picks from, each with the words the sheet's own dropdown holds for it. */
export function buyingStepChoices(view: PipelineView): readonly { readonly value: string; readonly step: BuyingStep }[] {
  const buying = view.buying;
  if (!buying || !buying.recordable) return [];
  return buying.steps.map((step) => ({ value: buyingStepWord(step, buying.sheetLocale), step }));
}
