import { argumentError, isDealKitError, type DealKitError } from '../../errors';
import { VALUE_STATEMENTS } from '../../methods/value-statements';
import { fillValueStatement } from '../../scoring/statements';
import type { ParamSpec } from '../types';
import { defineFunction, optionalParam, param } from '../types';
import { renameArgument } from './rename-argument';

const SLOT_NAMES = ['slot1', 'slot2', 'slot3', 'slot4'] as const;

const slot = (index: number, optional: boolean): ParamSpec<(typeof SLOT_NAMES)[number]> => (optional ? optionalParam(SLOT_NAMES[index], 'text') : param(SLOT_NAMES[index], 'text'));

export const VALUE_STATEMENT = defineFunction({
  name: 'VALUE_STATEMENT',
  // Statement 6 has one slot, so only the first is required of every statement.
  params: [param('template', 'number'), slot(0, false), slot(1, true), slot(2, true), slot(3, true)] as const,
  result: 'value',
  implement: (args, context) => {
    const [number, ...slots] = args as readonly [number, ...(string | undefined)[]];
    const given = [...slots];
    while (given.length > 0 && (given[given.length - 1] ?? '').trim() === '') given.pop();
    try {
      return fillValueStatement(number, given, context.locale);
    } catch (error) {
      if (!isDealKitError(error)) throw error;
      throw renamed(error, number);
    }
  },
});

/** The core names a slot by its id (or "slots" when too many are given); users know the argument they typed. */
function renamed(error: DealKitError, number: number): DealKitError {
  if (error.subject === 'statement') return renameArgument(error, { statement: 'template' });
  const template = VALUE_STATEMENTS.find((t) => t.number === number);
  const index = error.subject === 'slots' ? (template?.slots.length ?? 0) : (template?.slots.findIndex((s) => s.id === error.subject) ?? -1);
  const argument = SLOT_NAMES[index];
  if (argument === undefined) return error;
  return argumentError(argument, error.text.en, error.text['zh-CN']);
}
