import { DealKitError } from '../errors';
import { text } from '../i18n';

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
