/**
 * How a host tells the pane that its workbook changed outside the pane (an edit in the grid, another
 * user's save): it calls `onChange`, as often as it likes; the returned function stops the telling.
 * Each host has its own source — Excel's change events, the Sheets sidebar regaining focus, the
 * playground's grid — and a host with none passes nothing: the save still compares and asks.
 */
export type WatchWorkbook = (onChange: () => void) => () => void;
