/**
 * An id for a deal not yet in the pipeline: "D-" and the next number after the highest one the
 * pipeline's "D-n" ids use, so ids a rep typed by hand in another style are never taken.
 */
const DEAL_NUMBER = /^D-(\d+)$/i;

export function freshDealId(taken: readonly string[]): string {
  const used = new Set(taken.map((id) => id.trim().toUpperCase()));
  let next = 1 + taken.reduce((highest, id) => Math.max(highest, Number(DEAL_NUMBER.exec(id.trim())?.[1] ?? 0)), 0);
  while (used.has(`D-${String(next).padStart(3, '0')}`)) next += 1;
  return `D-${String(next).padStart(3, '0')}`;
}
