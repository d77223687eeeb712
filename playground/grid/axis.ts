/**
 * Where each row or column of the grid starts, as running sums of the sizes: the grid looks a
 * position up by binary search, so only the rows and columns on screen are ever drawn.
 */
export interface Axis {
  /** starts[i] is where item i begins; starts[count] is the total size. */
  readonly starts: Float64Array;
  readonly count: number;
}

export function axisOf(sizes: readonly number[]): Axis {
  const starts = new Float64Array(sizes.length + 1);
  for (let i = 0; i < sizes.length; i += 1) starts[i + 1] = starts[i] + sizes[i];
  return { starts, count: sizes.length };
}

export function sizeAt(axis: Axis, index: number): number {
  return axis.starts[index + 1] - axis.starts[index];
}

export function totalSize(axis: Axis): number {
  return axis.starts[axis.count];
}

/** The item under a position (clamped to the first and last item). */
export function indexAt(axis: Axis, position: number): number {
  if (axis.count === 0 || position <= 0) return 0;
  let low = 0;
  let high = axis.count - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (axis.starts[middle] <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The items to draw for a visible stretch [from, to), widened to whole blocks of `block` items plus one
 * block either side: scrolling within a block re-renders nothing, and a fast scroll never shows a gap.
 */
export function drawnSpan(axis: Axis, from: number, to: number, floor: number, block: number): readonly [number, number] {
  const first = Math.max(floor, (Math.floor(indexAt(axis, from) / block) - 1) * block);
  const last = Math.min(axis.count - 1, (Math.ceil((indexAt(axis, Math.max(from, to - 1)) + 1) / block) + 1) * block - 1);
  return [first, Math.max(first, last)];
}
