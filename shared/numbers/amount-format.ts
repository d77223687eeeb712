/**
 * The number format of an amount of money wherever DealKit writes one: the reps' templates, the
 * Dashboard and the other report sheets. Whole units with grouped thousands, so a figure reads the
 * same on every sheet; the cells hold the exact amounts, and totals add up to the cent beneath it.
 */
export const AMOUNT_FORMAT = '#,##0';
