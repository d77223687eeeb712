/**
 * The colours of the charts DealKit draws itself (the playground, the .xlsx files): series in order,
 * the spreadsheet programs' familiar default palette, so a chart redrawn by hand in Excel looks alike.
 */
export const SERIES_COLOURS = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47', '#264478', '#9E480E', '#636363', '#997300'] as const;

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length];
}

/** A waterfall's bars: the starting total, a rise, a fall. */
export const WATERFALL_COLOURS = { total: '#4472C4', rise: '#70AD47', fall: '#C00000' } as const;
