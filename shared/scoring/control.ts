import { argumentError } from '../errors';
import { text, type Text } from '../i18n';
import { DEFAULT_SETTINGS, type ScoringSettings } from './settings';

/** Where a deal stands on the TAS not-in-control signs (METHODOLOGY §1e). */
export type ControlStatus = 'inControl' | 'atRisk' | 'notInControl';
export const CONTROL_STATUSES: readonly ControlStatus[] = ['inControl', 'atRisk', 'notInControl'];

export const CONTROL_LABELS: Readonly<Record<ControlStatus, Text>> = {
  inControl: text('In control', '可控'),
  atRisk: text('At risk', '有风险'),
  notInControl: text('Not in control', '失控'),
};

const TICKED = new Set(['x', '✓', '✔', '√', 'yes', 'y', 'true', '1', '是', '对', '有']);
const UNTICKED = new Set(['', 'no', 'n', 'false', '0', '否', '无', '-']);

/**
 * Reads a tick cell: a checkbox (TRUE/FALSE), 1/0, x, ✓, yes/no or 是/否. Blank is not ticked.
 * Anything else is an error naming `row`: a sign silently read as unticked would hide a red flag.
 */
export function parseTick(raw: unknown, row: string): boolean {
  if (raw === null || raw === undefined) return false;
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') {
    if (raw === 1) return true;
    if (raw === 0) return false;
  }
  if (typeof raw === 'string') {
    const key = raw.trim().toLowerCase();
    if (TICKED.has(key)) return true;
    if (UNTICKED.has(key)) return false;
  }
  const shown = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : typeof raw;
  throw argumentError(row, `"${shown}" is not a tick; use x or TRUE, or leave it blank`, `“${shown}”不是勾选标记；请填 x 或 TRUE，或留空`);
}

/** Ticked not-in-control signs → status: 0–1 in control, 2 at risk, 3 or more not in control (defaults). */
export function controlStatus(signs: readonly boolean[] | number, settings: ScoringSettings = DEFAULT_SETTINGS): ControlStatus {
  const ticked = typeof signs === 'number' ? signs : signs.filter(Boolean).length;
  if (!Number.isInteger(ticked) || ticked < 0) {
    throw argumentError('signs', `${ticked} is not a count of ticked signs`, `${ticked} 不是有效的勾选数量`);
  }
  return statusOfTickCount(ticked, settings);
}

/** `controlStatus` for a count already known to be whole and not negative (CONTROL counts its own ticks). */
export function statusOfTickCount(ticked: number, settings: ScoringSettings): ControlStatus {
  if (ticked >= settings.control.notInControl) return 'notInControl';
  if (ticked >= settings.control.atRisk) return 'atRisk';
  return 'inControl';
}
