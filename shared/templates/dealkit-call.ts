import { findFunction } from '../functions/catalog';
import { SETTINGS_PARAM_NAME } from '../functions/types';
import { SETTINGS_NAMES } from '../settings/names';
import { PREFIX_TOKEN } from '../plan';

/**
 * A DealKit call as templates write it: the given arguments, `""` for optional ones skipped before the
 * end (an empty text is an omitted argument to every DealKit function, and unlike `,,` every host
 * parses it), and the Settings sheet's DK_RULES as the settings argument, so a manager's edit on the
 * Settings sheet recalculates the formula through the host's own dependency graph.
 */
export function dealkitCall(name: string, args: readonly string[]): string {
  const entry = findFunction(name);
  if (!entry) throw new Error(`${name} is not a DealKit function`);
  const own = entry.params.filter((param) => param.name !== SETTINGS_PARAM_NAME);
  if (args.length > own.length) throw new Error(`${name} takes ${own.length} arguments before settings; got ${args.length}`);
  const padded = [...args, ...own.slice(args.length).map(() => '""')];
  return `${PREFIX_TOKEN}${entry.name}(${[...padded, SETTINGS_NAMES.rules].join(',')})`;
}
