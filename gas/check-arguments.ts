/**
 * The one check every server function makes before anything else: google.script.run passes along
 * whatever the caller sent, so each call's arguments are held against the Backend method's shapes
 * (shared/workbook/request-shapes.ts) and a bad one is answered with the field it names, in the caller's
 * language, instead of failing somewhere inside the core.
 */
import { parseLocale } from '../shared/i18n';
import type { Backend, BackendResult } from '../shared/workbook/backend';
import { checkArguments } from '../shared/workbook/request-shape';
import { REQUEST_SHAPES } from '../shared/workbook/request-shapes';
import { failureOf } from '../shared/workbook/workbook-operations';

/** The refusal to answer with, or null when the arguments have the method's shape. */
export function refusedCall(method: keyof Backend, args: readonly unknown[], locale: unknown): BackendResult<never> | null {
  try {
    checkArguments(args, REQUEST_SHAPES[method]);
    return null;
  } catch (error) {
    return failureOf<never>(error, parseLocale(locale) ?? 'en');
  }
}
