/**
 * The undo and redo stacks: one entry per change the user made, the oldest dropped past the limit so
 * a long session does not keep every sheet it ever wrote in memory. A new change empties redo.
 */
export class ChangeHistory<Entry> {
  private readonly undoable: Entry[] = [];
  private readonly redoable: Entry[] = [];

  constructor(private readonly limit: number) {}

  /** A change just made. */
  record(entry: Entry): void {
    this.undoable.push(entry);
    if (this.undoable.length > this.limit) this.undoable.shift();
    this.redoable.length = 0;
  }

  takeUndo(): Entry | undefined {
    return this.undoable.pop();
  }

  takeRedo(): Entry | undefined {
    return this.redoable.pop();
  }

  /** What undoing took away, for redo. */
  pushRedo(entry: Entry): void {
    this.redoable.push(entry);
  }

  /** What redoing took away, back on the undo stack without emptying redo. */
  pushUndo(entry: Entry): void {
    this.undoable.push(entry);
    if (this.undoable.length > this.limit) this.undoable.shift();
  }

  canUndo(): boolean {
    return this.undoable.length > 0;
  }

  canRedo(): boolean {
    return this.redoable.length > 0;
  }

  clear(): void {
    this.undoable.length = 0;
    this.redoable.length = 0;
  }
}
