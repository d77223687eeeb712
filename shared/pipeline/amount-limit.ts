/**
 * The largest deal amount, either sign, the roll-up adds up: 10,000,000,000,000 (ten trillion) in the
 * team's currency. A row beyond it is set aside with a reason and adds nothing to any total.
 *
 * Why this number: it is far above any single deal in any currency a team reports in (ten trillion
 * yen, won or rupiah are hundreds of millions of dollars), so no real deal is refused; and every amount
 * up to it is held to the cent by a double (its hundredths stay below 2^53), so thousands of such
 * deals add up to finite totals that reconcile to the cent. Without a bound, two deals of 1e308 add up
 * to Infinity and the dashboard, the reconciliation line and the CSV show Infinity and NaN.
 */
export const MAX_DEAL_AMOUNT = 10_000_000_000_000;

/** "10,000,000,000,000": the bound as messages print it (the same in both languages, no Intl data needed). */
export const MAX_DEAL_AMOUNT_TEXT = String(MAX_DEAL_AMOUNT).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Whether an amount is one DealKit adds up. */
export function withinAmountLimit(amount: number): boolean {
  return Math.abs(amount) <= MAX_DEAL_AMOUNT;
}
