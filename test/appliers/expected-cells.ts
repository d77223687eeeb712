import type { ResolvedPlan, ResolvedSheet } from '../../shared/plan-resolve';
import { boxToA1 } from '../../shared/a1';

/** What a cell should hold after a plan is applied: the last block that wrote it wins (values, then formulas). */
export interface ExpectedCell {
  readonly sheet: string;
  readonly a1: string;
  readonly formula?: string;
  /** The text a user sees: a host's literal-text apostrophe removed. */
  readonly value?: string | number | boolean;
}

function shown(value: string | number | boolean, host: ResolvedPlan['host']): string | number | boolean {
  if (typeof value === 'string' && host !== 'xlsx' && value.startsWith("'")) return value.slice(1);
  return value;
}

export function expectedCells(resolved: ResolvedPlan): ExpectedCell[] {
  const out = new Map<string, ExpectedCell>();
  for (const sheet of resolved.sheets) {
    for (const block of sheet.values) {
      block.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null) return;
          const a1 = boxToA1(block.row + r, block.column + c, 1, 1);
          out.set(`${sheet.name}!${a1}`, { sheet: sheet.name, a1, value: shown(v, resolved.host) });
        }),
      );
    }
    for (const block of sheet.formulas) {
      block.rows.forEach((row, r) =>
        row.forEach((f, c) => {
          if (f === null) return;
          const a1 = boxToA1(block.row + r, block.column + c, 1, 1);
          out.set(`${sheet.name}!${a1}`, { sheet: sheet.name, a1, formula: f });
        }),
      );
    }
  }
  return [...out.values()];
}

/** Cells of every range of a list of boxes. */
export function cellsOf(boxes: readonly { row: number; column: number; height: number; width: number }[]): string[] {
  const out: string[] = [];
  for (const b of boxes) for (let r = 0; r < b.height; r += 1) for (let c = 0; c < b.width; c += 1) out.push(boxToA1(b.row + r, b.column + c, 1, 1));
  return out;
}

/** How many setFormulas calls a formula block needs on a host with no "leave alone" (runs of non-null cells). */
export function formulaRuns(sheet: ResolvedSheet): number {
  let n = 0;
  for (const block of sheet.formulas) {
    if (block.rows.every((row) => row.every((f) => f !== null))) {
      n += 1;
      continue;
    }
    for (const row of block.rows) {
      let inRun = false;
      for (const f of row) {
        if (f !== null && !inRun) n += 1;
        inRun = f !== null;
      }
    }
  }
  return n;
}
