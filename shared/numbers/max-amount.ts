import { text, type Text } from '../i18n';

/**
 * The largest amount of money DealKit reads, in the workbook's currency: 10^15 (a thousand trillion).
 * No deal comes near it, and below 2^53 (about 9 × 10^15) every whole amount is exact in a double, so
 * sums of a whole pipeline stay finite and exact to the cent. A larger amount is a typo or a pasted
 * formula result, and is refused or set aside naming its cell rather than summed into Infinity.
 */
export const MAX_AMOUNT = 1e15;

/** MAX_AMOUNT as people read it in a message. */
export const MAX_AMOUNT_TEXT = '1,000,000,000,000,000 (10^15)';

/** What an amount above MAX_AMOUNT is told, by the functions and the scoring rules alike. */
export function aboveMaxAmount(amount: number): Text {
  return text(`${amount} is above the largest amount DealKit reads, ${MAX_AMOUNT_TEXT}`, `${amount} 超过 DealKit 可读取的最大金额 ${MAX_AMOUNT_TEXT}`);
}
