/**
 * How a file stores a call to one of DealKit's add-in functions. Excel writes an add-in function it
 * resolved as `_xldudf_` + namespace + `_` + id: the dot between namespace and id becomes an
 * underscore, the call is otherwise unchanged, and nothing else in the workbook declares it (no
 * defined name, no `_xlfn.` prefix). Checked against the sheet XML of the Excel-saved workbook in the
 * repro repository linked from office-js#6611 ("Correct" sheet: `_xldudf_CONTOSO_ADD(1,2)` in an array
 * formula, beside the same call left as plain `CONTOSO.ADD(1,2)` showing #NAME?), and the
 * OfficeDev threads Excel-Custom-Functions#108 ("JavaScript custom functions save out with the
 * _xldudf prefix"), office-js#3872 (`ABC.GET_PB_OPT_ORDER_ANALYSIS()` stored as
 * `_xldudf_ABC_GET_PB_OPT_ORDER_ANALYSIS()`) and office-js#6611 (a file holding the plain name stays
 * #NAME? after the add-in loads).
 *
 * Only text outside string literals and quoted sheet names is rewritten, and only whole names
 * followed by "(": `'DEAL.QUALIFY(x'!A1`, `"DEAL.QUALIFY("` and `XDEAL.QUALIFY(` stay as they are.
 */
import { CATALOG } from './functions/catalog';

const NAMESPACE = 'DEAL';
const STORED_PREFIX = `_xldudf_${NAMESPACE}_`;
const FUNCTION_IDS: ReadonlySet<string> = new Set(CATALOG.map((entry) => entry.name.toUpperCase()));

/** Splits a formula into pieces, odd ones being string literals or quoted sheet names (left alone). */
function outsideQuotes(formula: string, rewrite: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : rewrite(part)))
    .join('');
}

/** `DEAL.QUALIFY(` → `_xldudf_DEAL_QUALIFY(`; other names untouched. An unknown DEAL function is an error. */
export function toStoredAddinCalls(formula: string): string {
  return outsideQuotes(formula, (code) =>
    code.replace(/(^|[^A-Za-z0-9_.])DEAL\.([A-Za-z_][A-Za-z0-9_.]*)(?=\()/gi, (_whole, lead: string, id: string) => {
      const upper = id.toUpperCase();
      if (!FUNCTION_IDS.has(upper)) throw new Error(`${formula}: ${NAMESPACE}.${id} is not a DealKit function, so no file can store it as one.`);
      return `${lead}${STORED_PREFIX}${upper}`;
    }),
  );
}

/** `_xldudf_DEAL_QUALIFY(` → `DEAL.QUALIFY(`, for engines (HyperFormula) that read a file's formulas as typed. */
export function fromStoredAddinCalls(formula: string): string {
  return outsideQuotes(formula, (code) =>
    code.replace(/(^|[^A-Za-z0-9_.])_xldudf_DEAL_([A-Za-z_][A-Za-z0-9_]*)(?=\()/gi, (_whole, lead: string, id: string) => `${lead}${NAMESPACE}.${id.toUpperCase()}`),
  );
}

/** Whether a formula calls a DealKit function, in typed (`DEAL.X(`) or stored (`_xldudf_DEAL_X(`) form. */
export function callsAddinFunction(formula: string): boolean {
  let found = false;
  outsideQuotes(formula, (code) => {
    if (/(^|[^A-Za-z0-9_.])(DEAL\.|_xldudf_DEAL_)[A-Za-z_][A-Za-z0-9_]*\(/i.test(code)) found = true;
    return code;
  });
  return found;
}
