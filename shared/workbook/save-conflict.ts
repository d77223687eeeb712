import { DealKitError } from '../errors';
import { text } from '../i18n';
import type { WritePlan } from '../plan';
import { boxToA1, parseA1 } from '../a1';

/**
 * A save that would overwrite what someone else wrote since the wizard read the sheet. The wizard
 * sends what it read with the save; the host compares it with the cells as they stand, under the
 * document lock where the host has one, and writes nothing when another user's change would be lost.
 */

export type ConflictValue = string | number | boolean | null;

/** One cell the save would write, which changed since the wizard read it. */
export interface SaveConflict {
  /** Sheet and cell, as "Sheet!D3". */
  readonly cell: string;
  /** The field the cell holds (stage, nextStep, proof G20…), so the panel can label it. */
  readonly field: string;
  readonly read: ConflictValue;
  readonly now: ConflictValue;
  readonly wizard: ConflictValue;
}

/**
 * The cells that changed since they were read and that the save would set to something else again.
 * A cell someone changed to exactly the wizard's value is no conflict: nothing of theirs is lost.
 */
export function saveConflicts(cells: readonly SaveConflict[]): SaveConflict[] {
  return cells.filter((cell) => cell.now !== cell.read && cell.now !== cell.wizard);
}

/** What a plan writes into one existing sheet, cell by cell (a formula as its text); null cells are left alone. */
function plannedCells(plan: WritePlan, sheetName: string): Map<string, ConflictValue> {
  const cells = new Map<string, ConflictValue>();
  for (const planned of plan.sheets) {
    if (planned.target.kind !== 'existing' || planned.target.name !== sheetName) continue;
    for (const block of [...(planned.values ?? []), ...(planned.formulas ?? [])]) {
      const box = parseA1(block.at);
      block.rows.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null) cells.set(boxToA1(box.row + r, box.column + c, 1, 1), value);
        }),
      );
    }
  }
  return cells;
}

/**
 * The conflicts of a save plan over an existing sheet, given the same save built from the answers the
 * wizard read and from the answers the sheet holds now: the cells are compared as the save would write
 * them, so a sheet's own spelling of a value (a rating typed as "yes") compares equal to the wizard's.
 */
export function planConflicts(sheetName: string, read: WritePlan, now: WritePlan, wizard: WritePlan): SaveConflict[] {
  const readCells = plannedCells(read, sheetName);
  const nowCells = plannedCells(now, sheetName);
  return saveConflicts(
    [...plannedCells(wizard, sheetName)].map(([a1, value]) => ({
      cell: `${sheetName}!${a1}`,
      field: a1,
      read: readCells.get(a1) ?? null,
      now: nowCells.get(a1) ?? null,
      wizard: value,
    })),
  );
}

function shown(value: ConflictValue): string {
  return value === null ? '' : String(value);
}

export class SaveConflictError extends DealKitError {
  readonly conflicts: readonly SaveConflict[];

  constructor(conflicts: readonly SaveConflict[]) {
    const en = conflicts.map((c) => `${c.cell} was "${shown(c.read)}", is now "${shown(c.now)}", yours "${shown(c.wizard)}"`).join('; ');
    const zh = conflicts.map((c) => `${c.cell} 原为“${shown(c.read)}”，现为“${shown(c.now)}”，您的为“${shown(c.wizard)}”`).join('；');
    super(
      text(
        `Someone changed these cells since you opened the wizard, so nothing was saved: ${en}. Keep the sheet's values, or save yours over them.`,
        `自您打开向导后有人修改了这些单元格，因此未保存：${zh}。请保留表格中的值，或用您的值覆盖。`,
      ),
      conflicts[0]?.cell,
    );
    this.name = 'SaveConflictError';
    this.conflicts = conflicts;
  }
}

export function isSaveConflictError(value: unknown): value is SaveConflictError {
  return value instanceof SaveConflictError;
}

/** What a wizard with a conflict-checked save keeps about it. */
export interface SaveTracking<R> {
  readonly sheetName: string | null;
  readonly dirty: boolean;
  readonly read?: R;
  readonly conflicts?: readonly SaveConflict[];
}

export type SaveTrackingAction =
  { readonly type: 'saved'; readonly sheetName: string } | { readonly type: 'conflict'; readonly conflicts: readonly SaveConflict[] } | { readonly type: 'keepSheet' };

/**
 * The reducer steps every wizard with a conflict-checked save shares. After a save the sheet holds what
 * was saved, so the next save is compared against that (`readOf` gives it from the state).
 */
export function trackSave<R, S extends SaveTracking<R>>(state: S, action: SaveTrackingAction, readOf: (state: S) => R | null): S {
  switch (action.type) {
    case 'saved': {
      const saved = readOf({ ...state, sheetName: action.sheetName });
      return { ...state, sheetName: action.sheetName, dirty: false, conflicts: [], ...(saved ? { read: saved } : {}) };
    }
    case 'conflict':
      return { ...state, conflicts: action.conflicts };
    case 'keepSheet':
      return { ...state, dirty: false, conflicts: [] };
  }
}

/**
 * The answers a wizard sends, with what it read from the sheet they go to; `overwrite` only once a save
 * was refused for conflicts and the user chose the wizard's values.
 */
export function withSaveCheck<A, R>(answers: A, state: SaveTracking<R>, overwrite: boolean): A & { readonly read?: R; readonly overwrite?: true } {
  return {
    ...answers,
    ...(state.sheetName !== null && state.read ? { read: state.read } : {}),
    ...(overwrite && (state.conflicts?.length ?? 0) > 0 ? { overwrite: true as const } : {}),
  };
}
