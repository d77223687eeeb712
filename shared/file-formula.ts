/**
 * How an .xlsx file stores a formula, both ways: future functions carry Excel's `_xlfn.` prefix and
 * DealKit's add-in functions their stored `_xldudf_DEAL_` form (see addin-function-names.ts); a user
 * types neither. Pure text, so the build's template files and the playground's download share it.
 */
import { fromStoredAddinCalls, toStoredAddinCalls } from './addin-function-names';

/**
 * Functions newer than Excel 2007 are stored with a prefix in the file format (ECMA-376 future functions);
 * without it Excel and LibreOffice read them as unknown names.
 */
const FUTURE_FUNCTIONS: Readonly<Record<string, string>> = {
  IFS: '_xlfn.IFS',
  IFNA: '_xlfn.IFNA',
  MAXIFS: '_xlfn.MAXIFS',
  MINIFS: '_xlfn.MINIFS',
  SWITCH: '_xlfn.SWITCH',
  TEXTJOIN: '_xlfn.TEXTJOIN',
  CONCAT: '_xlfn.CONCAT',
  XLOOKUP: '_xlfn.XLOOKUP',
  XMATCH: '_xlfn.XMATCH',
  LET: '_xlfn.LET',
  LAMBDA: '_xlfn.LAMBDA',
  SEQUENCE: '_xlfn.SEQUENCE',
  UNIQUE: '_xlfn.UNIQUE',
  FILTER: '_xlfn._xlws.FILTER',
  SORT: '_xlfn._xlws.SORT',
  SORTBY: '_xlfn.SORTBY',
  DAYS: '_xlfn.DAYS',
  ISOWEEKNUM: '_xlfn.ISOWEEKNUM',
  NUMBERVALUE: '_xlfn.NUMBERVALUE',
  'FORECAST.LINEAR': '_xlfn.FORECAST.LINEAR',
  'STDEV.S': '_xlfn.STDEV.S',
  'STDEV.P': '_xlfn.STDEV.P',
  RRI: '_xlfn.RRI',
  PDURATION: '_xlfn.PDURATION',
  TEXTBEFORE: '_xlfn.TEXTBEFORE',
  TEXTAFTER: '_xlfn.TEXTAFTER',
  TEXTSPLIT: '_xlfn.TEXTSPLIT',
  VSTACK: '_xlfn.VSTACK',
  HSTACK: '_xlfn.HSTACK',
  TAKE: '_xlfn.TAKE',
  DROP: '_xlfn.DROP',
  CHOOSECOLS: '_xlfn.CHOOSECOLS',
  CHOOSEROWS: '_xlfn.CHOOSEROWS',
  TOCOL: '_xlfn.TOCOL',
  TOROW: '_xlfn.TOROW',
};

/**
 * A formula as the file stores it: no leading "=", future functions prefixed, DealKit's add-in
 * functions in Excel's stored form (so Excel with the add-in computes them on open instead of
 * showing #NAME?), string literals untouched.
 */
export function fileFormula(formula: string): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  const prefixed = body
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(^|[^A-Za-z0-9_.])([A-Za-z][A-Za-z0-9.]*)(?=\()/g, (whole, lead: string, name: string) => {
            const prefixed = FUTURE_FUNCTIONS[name.toUpperCase()];
            return prefixed ? `${lead}${prefixed}` : whole;
          }),
    )
    .join('');
  return toStoredAddinCalls(prefixed);
}

/** A formula as a file stores it → as a user types it (with its "="). */
export function typedFormula(stored: string): string {
  const body = stored.startsWith('=') ? stored.slice(1) : stored;
  return `=${fromStoredAddinCalls(body.replace(/_xlfn\.(_xlws\.)?/g, ''))}`;
}
