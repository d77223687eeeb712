import { DealKitError } from '../errors';
import { text, type Text } from '../i18n';

/**
 * Declarative shapes for the plain data a host receives from outside its own code (the Apps Script sidebar bridge
 * hands a server function whatever the caller sent). One checker walks a value against its shape and
 * refuses the first field that does not fit, naming it by its path (`review.finished`, `proofs[2]`),
 * so a bad call is answered with what to fix rather than a TypeError from deep in the core.
 * Objects may carry fields the shape does not name: they are ignored, never read.
 */
export type Shape =
  | { readonly kind: 'text'; readonly oneOf?: readonly string[] }
  | { readonly kind: 'number'; readonly wholeFrom?: number }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'list'; readonly of: Shape }
  | { readonly kind: 'record'; readonly of: Shape }
  | { readonly kind: 'object'; readonly fields: Readonly<Record<string, Shape>> }
  | { readonly kind: 'optional'; readonly of: Shape }
  | { readonly kind: 'nullable'; readonly of: Shape };

export const textShape = (oneOf?: readonly string[]): Shape => (oneOf ? { kind: 'text', oneOf } : { kind: 'text' });
export const numberShape: Shape = { kind: 'number' };
/** A whole number not below `from` (a sheet row: 1). */
export const wholeNumberShape = (from: number): Shape => ({ kind: 'number', wholeFrom: from });
export const booleanShape: Shape = { kind: 'boolean' };
export const listShape = (of: Shape): Shape => ({ kind: 'list', of });
export const recordShape = (of: Shape): Shape => ({ kind: 'record', of });
export const objectShape = (fields: Readonly<Record<string, Shape>>): Shape => ({ kind: 'object', fields });
/** May be left out (undefined). */
export const optionalShape = (of: Shape): Shape => ({ kind: 'optional', of });
/** May be null (the Apps Script sidebar bridge sends undefined as null). */
export const nullableShape = (of: Shape): Shape => ({ kind: 'nullable', of });

function expected(shape: Shape): Text {
  switch (shape.kind) {
    case 'text':
      return shape.oneOf ? text(`one of ${shape.oneOf.join(', ')}`, `以下之一：${shape.oneOf.join('、')}`) : text('text', '文本');
    case 'number':
      return shape.wholeFrom === undefined ? text('a number', '数字') : text(`a whole number from ${shape.wholeFrom}`, `不小于 ${shape.wholeFrom} 的整数`);
    case 'boolean':
      return text('true or false', 'true 或 false');
    case 'list':
      return text('a list', '列表');
    case 'record':
    case 'object':
      return text('an object with named fields', '带字段的对象');
    case 'optional':
      return expected(shape.of);
    case 'nullable': {
      const inner = expected(shape.of);
      return text(`${inner.en} or null`, `${inner['zh-CN']}或 null`);
    }
  }
}

function described(value: unknown): Text {
  if (value === undefined) return text('no value', '无值');
  if (value === null) return text('null', 'null');
  if (Array.isArray(value)) return text('a list', '列表');
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return text(`"${shown}"`, `“${shown}”`);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return text(String(value), String(value));
  if (typeof value === 'object') return text('an object', '对象');
  return text(typeof value, typeof value);
}

function refused(path: string, shape: Shape, value: unknown): DealKitError {
  const want = expected(shape);
  const got = described(value);
  return new DealKitError(text(`${path}: expected ${want.en}, got ${got.en}`, `${path}：应为${want['zh-CN']}，实际为${got['zh-CN']}`), path);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Throws a DealKitError naming the first field of `value` (under `path`) that does not fit `shape`. */
export function checkShape(value: unknown, shape: Shape, path: string): void {
  switch (shape.kind) {
    case 'optional':
      if (value !== undefined) checkShape(value, shape.of, path);
      return;
    case 'nullable':
      if (value === undefined) throw refused(path, shape, value);
      if (value !== null) checkShape(value, shape.of, path);
      return;
    case 'text':
      if (typeof value !== 'string' || (shape.oneOf !== undefined && !shape.oneOf.includes(value))) throw refused(path, shape, value);
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw refused(path, shape, value);
      if (shape.wholeFrom !== undefined && (!Number.isInteger(value) || value < shape.wholeFrom)) throw refused(path, shape, value);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') throw refused(path, shape, value);
      return;
    case 'list':
      if (!Array.isArray(value)) throw refused(path, shape, value);
      value.forEach((item, index) => checkShape(item, shape.of, `${path}[${index}]`));
      return;
    case 'record':
      if (!isPlainObject(value)) throw refused(path, shape, value);
      for (const [key, item] of Object.entries(value)) checkShape(item, shape.of, `${path}.${key}`);
      return;
    case 'object':
      if (!isPlainObject(value)) throw refused(path, shape, value);
      for (const [key, field] of Object.entries(shape.fields)) checkShape(value[key], field, `${path}.${key}`);
      return;
  }
}

/** Checks a call's arguments, each against its named shape, in order. */
export function checkArguments(args: readonly unknown[], shapes: readonly (readonly [name: string, shape: Shape])[]): void {
  shapes.forEach(([name, shape], index) => checkShape(args[index], shape, name));
}
