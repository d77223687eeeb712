import { money } from '../../pipeline/rollup-plan';
import { HONESTY_TEXT, type HonestyTextId } from '../forecast-honesty-texts';
import { fill } from '../texts';
import { useLocaleTools } from './locale-context';

/** Formatting shared by the override list, the rep / manager views and the accuracy table. */

/** Whole amounts: the tables have to fit a 300 px sidebar. */
export const wholeAmount = (value: number): string => money(Math.round(value)).replace(/\.00$/, '');

/** A signed amount, so a difference reads as more or less at a glance. */
export const signedAmount = (value: number): string => (Math.round(value) > 0 ? `+${wholeAmount(value)}` : wholeAmount(value));

/** A no-break space keeps "−100 %" on one line in a narrow column. */
const NBSP = '\u00a0';

/** 0–1 as a whole percentage. */
export const percentOf = (value: number): string => `${Math.round(value * 100)}${NBSP}%`;

/** An error as a signed percentage; '' when there is none (blank, never 0). */
export function errorPercent(value: number | null): string {
  if (value === null) return '';
  const rounded = Math.round(value * 100);
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${Math.abs(rounded)}${NBSP}%`;
}

export const signedPoints = (points: number): string => {
  const rounded = Math.round(points);
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${Math.abs(rounded)}`;
};

/** Names typed by reps can be long and unbroken: they wrap rather than push the figures out. */
export const WRAP_ANYWHERE = { overflowWrap: 'anywhere', minWidth: '4.5em' } as const;
export const SCROLL_X = { overflowX: 'auto' } as const;

export function useHonestyText(): (id: HonestyTextId, values?: Readonly<Record<string, string | number>>) => string {
  const { locale } = useLocaleTools();
  return (id, values) => (values ? fill(HONESTY_TEXT[id][locale], values) : HONESTY_TEXT[id][locale]);
}
