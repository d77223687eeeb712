/**
 * Formulas between the playground and an .xlsx file. The playground takes DealKit functions bare, as
 * Sheets does (=QUALIFY(E8:E27)); Excel knows them as the add-in's DEAL.QUALIFY, which a file stores
 * as _xldudf_DEAL_QUALIFY. Written that way, a downloaded workbook computes in Excel with DealKit; read
 * back, the calls are bare again, so a round trip gives the formulas as typed.
 */
import { fileFormula, typedFormula } from '../shared/file-formula';
import { CATALOG } from '../shared/functions/catalog';

const DEALKIT_FUNCTIONS: ReadonlySet<string> = new Set(CATALOG.map((entry) => entry.name.toUpperCase()));

/** Rewrites the parts of a formula outside string literals and quoted sheet names. */
function outsideQuotes(formula: string, rewrite: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : rewrite(part)))
    .join('');
}

/** A playground formula ("=QUALIFY(…)") as the file stores it ("_xldudf_DEAL_QUALIFY(…)", no "="). */
export function formulaForFile(formula: string): string {
  const prefixed = outsideQuotes(formula, (code) =>
    code.replace(/(^|[^A-Za-z0-9_.])([A-Za-z_][A-Za-z0-9_]*)(?=\()/g, (whole, lead: string, name: string) =>
      DEALKIT_FUNCTIONS.has(name.toUpperCase()) ? `${lead}DEAL.${name.toUpperCase()}` : whole,
    ),
  );
  try {
    return fileFormula(prefixed);
  } catch {
    // A DEAL.-call to no DealKit function (a typo): stored as typed, and #NAME? in Excel as in the playground.
    return formula.replace(/^=/, '');
  }
}

/** A formula as a file stores it → as the playground takes it ("=QUALIFY(…)"). */
export function formulaFromFile(stored: string): string {
  return outsideQuotes(typedFormula(stored), (code) =>
    code.replace(/(^|[^A-Za-z0-9_.])DEAL\.([A-Za-z_][A-Za-z0-9_]*)(?=\()/gi, (whole, lead: string, name: string) =>
      DEALKIT_FUNCTIONS.has(name.toUpperCase()) ? `${lead}${name.toUpperCase()}` : whole,
    ),
  );
}
