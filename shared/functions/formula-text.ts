import type { FunctionEntry, FunctionExample } from './types';

function literal(value: unknown): string {
  if (value === null || value === undefined) return '""';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value);
  return `"${String(value).replace(/"/g, '""')}"`;
}

/** An argument as formula text: 2D arrays become array constants, `{1;2;3}` for a column. */
export function argumentText(value: unknown): string {
  if (value === undefined) return '';
  if (!Array.isArray(value)) return literal(value);
  const rows = value.map((row: unknown) => (Array.isArray(row) ? row : [row]));
  return `{${rows.map((row) => row.map(literal).join(',')).join(';')}}`;
}

/**
 * The formula of an example as a user would type it: `prefix` is `DEAL.` in Excel and .xlsx, empty in
 * Sheets and the playground. Ranges are written as array constants so the formula runs on its own.
 */
export function exampleFormula(entry: FunctionEntry, example: FunctionExample, prefix: string): string {
  let args = example.args.map(argumentText);
  while (args.length > 0 && args[args.length - 1] === '') args = args.slice(0, -1);
  return `=${prefix}${entry.name}(${args.join(',')})`;
}
