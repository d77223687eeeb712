import { text, type Text } from '../i18n';
import type { DealSheets } from '../deals/deal-sheet-readers';
import type { DealKeyPlayers } from '../deals/key-players-summary';
import { VERDICT_LABELS, type Verdict } from '../scoring/assessment';
import { CONTROL_LABELS } from '../scoring/control';
import { FORECAST_LABELS } from '../scoring/pipeline';
import type { PricedDeal } from './dashboard';

/**
 * The deal-health flags: what a manager asks of a forecast deal. Each flag is one entry — its id, its
 * words and the test over the deal and its sheets — so a flag from another deal sheet (key players:
 * single-threaded, no decision maker) is one entry too, over the deal's key-player map.
 */

export interface DealFacts {
  readonly deal: PricedDeal;
  readonly sheets: DealSheets;
  /** Undefined when no key-player map carries the deal's id: then neither key-player flag can be raised. */
  readonly keyPlayers?: DealKeyPlayers;
}

export interface DealFlagRule {
  readonly id: string;
  /** The flag's name on the dashboard and in the panel. */
  readonly label: Text;
  readonly applies: (facts: DealFacts) => boolean;
}

/** Commit and Best case: the deals the forecast leans on. */
function forecastLeansOn(deal: PricedDeal): boolean {
  return deal.kind === 'open' && (deal.forecastCategory === 'commit' || deal.forecastCategory === 'bestCase');
}

/** "Commit or Best case, but the verdict is Walk away", in the verdict's and categories' own words. */
function forecastButVerdict(verdict: Verdict): Text {
  const { commit, bestCase } = FORECAST_LABELS;
  const said = VERDICT_LABELS[verdict];
  return text(`${commit.en} or ${bestCase.en}, but the verdict is ${said.en}`, `${commit['zh-CN']}或${bestCase['zh-CN']}，但评估结论为“${said['zh-CN']}”`);
}

export const DEAL_FLAGS = [
  {
    id: 'forecastQualifyFurther',
    label: forecastButVerdict('qualifyFurther'),
    applies: ({ deal, sheets }) => forecastLeansOn(deal) && sheets.assessment?.verdict === 'qualifyFurther',
  },
  {
    id: 'forecastWalkAway',
    label: forecastButVerdict('walkAway'),
    applies: ({ deal, sheets }) => forecastLeansOn(deal) && sheets.assessment?.verdict === 'walkAway',
  },
  {
    id: 'notInControl',
    label: CONTROL_LABELS.notInControl,
    applies: ({ deal, sheets }) => deal.kind === 'open' && sheets.assessment?.control === 'notInControl',
  },
  {
    id: 'singleThreaded',
    label: text('Single-threaded (in contact with fewer than two people)', '单线联系（接触的人少于两位）'),
    applies: ({ deal, keyPlayers }) => deal.kind === 'open' && keyPlayers?.singleThreaded === true,
  },
  {
    id: 'noDecisionMaker',
    label: text('No decision maker on the key-player map', '关键人物图中没有决策人'),
    applies: ({ deal, keyPlayers }) => deal.kind === 'open' && keyPlayers !== undefined && !keyPlayers.hasDecisionMaker,
  },
] as const satisfies readonly DealFlagRule[];

export type DealFlagId = (typeof DEAL_FLAGS)[number]['id'];

export function flagsOf(facts: DealFacts): DealFlagId[] {
  return DEAL_FLAGS.filter((flag) => flag.applies(facts)).map((flag) => flag.id);
}
