import { argumentError } from '../errors';

/** A number argument of a scoring rule; anything else (text, NaN, ±Infinity) names the argument. */
export function finiteNumber(value: unknown, argument: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw argumentError(argument, `${value} is not a number`, `${value} 不是数字`);
  }
  return value;
}

/** A computed result that overflowed is an error naming the argument that drove it, never Infinity in a cell. */
export function finiteResult(value: number, argument: string): number {
  if (!Number.isFinite(value)) throw argumentError(argument, 'the result is too large to compute', '结果过大，无法计算');
  return value;
}
