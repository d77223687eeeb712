import { isoFromSerial } from './dates';

/**
 * The team pipeline as a CSV a CRM imports: Salesforce's opportunity import or HubSpot's deal import,
 * each with the column names and value conventions that CRM's import maps without manual matching.
 * Text fields are quoted per RFC 4180 (comma, quote or line break inside → quoted, quotes doubled,
 * CRLF between records), and any cell a spreadsheet would run as a formula when the file is opened —
 * one starting with =, +, -, @ (or a tab or carriage return, which some spreadsheets skip before
 * reading a formula) — gets a leading apostrophe so it stays text.
 */

export type CrmFormat = 'salesforce' | 'hubspot';

/** Forecast category as the roll-up computes it, before each CRM's own vocabulary. */
export type ExportForecastCategory = 'pipeline' | 'bestCase' | 'commit' | 'won' | 'lost';

export interface ExportDeal {
  readonly name: string;
  /** The stage name as the CRM's pipeline calls it (the caller picks code or label). */
  readonly stage: string;
  readonly amount: number;
  /** Serial day number. */
  readonly closeDate: number;
  /** 0–1. */
  readonly probability: number;
  readonly owner: string;
  readonly forecastCategory: ExportForecastCategory;
}

interface CrmLayout {
  readonly headers: readonly [string, string, string, string, string, string, string];
  /** Salesforce wants 0–100, HubSpot 0–1. */
  readonly probabilityScale: number;
  readonly categories: Readonly<Record<ExportForecastCategory, string>>;
}

const LAYOUTS: Readonly<Record<CrmFormat, CrmLayout>> = {
  salesforce: {
    headers: ['Opportunity Name', 'Stage', 'Amount', 'Close Date', 'Probability (%)', 'Opportunity Owner', 'Forecast Category'],
    probabilityScale: 100,
    // Salesforce's standard forecast categories; a lost deal is left out of the forecast ("Omitted").
    categories: { pipeline: 'Pipeline', bestCase: 'Best Case', commit: 'Commit', won: 'Closed', lost: 'Omitted' },
  },
  hubspot: {
    headers: ['Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Deal Probability', 'Deal Owner', 'Forecast Category'],
    probabilityScale: 1,
    categories: { pipeline: 'Pipeline', bestCase: 'Best case', commit: 'Commit', won: 'Closed won', lost: 'Not forecasted' },
  },
};

export function csvHeaders(format: CrmFormat): readonly string[] {
  return LAYOUTS[format].headers;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** The text of one field: made inert if a spreadsheet would read it as a formula, then RFC 4180 quoted. */
export function csvField(value: string | number): string {
  let raw = typeof value === 'number' ? String(value) : value;
  if (FORMULA_START.test(raw)) raw = `'${raw}`;
  return /[",\r\n]/.test(raw) ? `"${raw.replace(/"/g, '""')}"` : raw;
}

/** Rounds away binary noise (0.1 × 3) without hiding cents. */
function tidy(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export function pipelineCsv(deals: readonly ExportDeal[], format: CrmFormat): string {
  const layout = LAYOUTS[format];
  const lines = [layout.headers.map(csvField).join(',')];
  for (const deal of deals) {
    lines.push(
      [deal.name, deal.stage, tidy(deal.amount), isoFromSerial(deal.closeDate), tidy(deal.probability * layout.probabilityScale), deal.owner, layout.categories[deal.forecastCategory]]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Splits a CSV back into fields (RFC 4180): the check that what was exported reads back as written,
 * and the reader for CRM exports pasted into DealKit.
 */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < csv.length) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
    i += 1;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
