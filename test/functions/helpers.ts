import { DealKitError } from '../../shared/errors';
import type { Locale } from '../../shared/i18n';
import { defaultCallContext, invokeFunction } from '../../shared/functions/invoke';
import type { FunctionResult } from '../../shared/functions/types';

/** Calls a catalog function through the one invoker, as every host does. */
export function call(name: string, args: readonly unknown[], locale: Locale = 'en'): FunctionResult {
  return invokeFunction(name, args, defaultCallContext(locale));
}

/** The DealKitError a call throws; fails the test when it returns or throws anything else. */
export function errorOf(name: string, args: readonly unknown[], locale: Locale = 'en'): DealKitError {
  try {
    const result = call(name, args, locale);
    throw new Error(`${name} returned ${JSON.stringify(result)} instead of an error`);
  } catch (error) {
    if (error instanceof DealKitError) return error;
    throw error;
  }
}

/** A column range as hosts pass it. */
export function column(...values: unknown[]): unknown[][] {
  return values.map((value) => [value]);
}

/** A column of ratings written as one string, e.g. "+++??": one character per row, `_` for blank. */
export function ratingColumn(signs: string): unknown[][] {
  return [...signs.replace(/\s/g, '')].map((sign) => [sign === '_' ? null : sign]);
}
