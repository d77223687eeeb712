import type { StageKind, StageRow, StageTable } from './stage-table';

/** One open stage of a ladder: how many deals reached it and how those deals ended. */
export interface StageToWin {
  readonly stage: StageRow;
  readonly reached: number;
  readonly won: number;
  readonly lost: number;
  /** won ÷ (won + lost); null when no deal that reached the stage has closed yet. */
  readonly conversion: number | null;
}

/**
 * Stage-to-win conversion, counted from sightings of deals at stages, oldest first (the snapshot
 * history's deal rows, or any table of deal id and stage).
 *
 * A ladder is a ladder of milestones: a deal seen at C50 has passed G20 even when no weekly snapshot
 * caught it there, so a deal reached every open stage up to the furthest one it was seen at, and a won
 * deal reached them all. Its outcome is what its latest sighting shows. A deal still open has reached
 * its stages but not yet won or lost, so it is no loss. A deal first seen already won or lost is left
 * out: where it came from is unknown, and counting the won ones at every stage while the lost ones
 * cannot be placed would flatter every stage.
 */
export class StageToWinTally {
  private readonly deals = new Map<string, { furthest: number; outcome: StageKind }>();

  add(id: string, stage: StageRow): void {
    const deal = this.deals.get(id) ?? { furthest: -1, outcome: stage.kind };
    if (stage.kind === 'open') deal.furthest = Math.max(deal.furthest, stage.index);
    deal.outcome = stage.kind;
    this.deals.set(id, deal);
  }

  result(table: StageTable): StageToWin[] {
    return table.stages
      .filter((stage) => stage.kind === 'open')
      .map((stage) => {
        let reached = 0;
        let won = 0;
        let lost = 0;
        for (const deal of this.deals.values()) {
          if (deal.furthest < 0 || (deal.outcome !== 'won' && deal.furthest < stage.index)) continue;
          reached += 1;
          if (deal.outcome === 'won') won += 1;
          if (deal.outcome === 'lost') lost += 1;
        }
        return { stage, reached, won, lost, conversion: won + lost === 0 ? null : won / (won + lost) };
      });
  }
}
