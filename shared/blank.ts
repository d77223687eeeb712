/** An empty cell as every host hands it over: null, undefined, or text of spaces only. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
