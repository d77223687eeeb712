/**
 * Generated pipeline sheets whose amounts are typed every way a mixed team types them — numbers, text
 * in either decimal convention, grouped by commas, dots or spaces, with currency signs, and junk —
 * rolled up under either decimal mark. The oracle is the locale rule written down independently of the
 * reader, as one regular expression per decimal mark.
 */
import fc from 'fast-check';
import type { DecimalMark } from '../../shared/numbers/decimal-mark';
import { rollUpPipeline, type SetAsideReasonId } from '../../shared/pipeline/rollup';
import { teamSettingsFromNamedValues } from '../../shared/pipeline/team-settings';

const HEADER = ['Deal ID', 'Opportunity', 'Amount', 'Stage', 'Close date'];
const AMOUNT_COLUMN = 'C';
const CLOSE = 46_300;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Expected = { readonly amount: number } | { readonly reasons: readonly SetAsideReasonId[] };

/**
 * The locale rule: the decimal mark once at most; the other mark or a space grouping the whole part in
 * threes (one grouping character per number); a currency sign or code before or after; a leading minus.
 */
function oracle(cell: unknown, mark: DecimalMark): Expected {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return { reasons: ['missingAmount'] };
  if (typeof cell === 'number') return cell < 0 ? { reasons: ['negativeAmount'] } : { amount: cell };
  const text = String(cell).trim();
  const signFirst = text.startsWith('-');
  const afterSign = signFirst ? text.slice(1) : text;
  const prefix = /^(?:[$€£¥]|USD|EUR|CNY|RMB|GBP) ?/.exec(afterSign)?.[0] ?? '';
  const afterPrefix = afterSign.slice(prefix.length);
  // A minus may follow a currency prefix ($-5) when none came before it.
  const signAfterPrefix = !signFirst && prefix !== '' && afterPrefix.startsWith('-');
  const negative = signFirst || signAfterPrefix;
  const unsigned = signAfterPrefix ? afterPrefix.slice(1) : afterPrefix;
  const body = prefix === '' ? unsigned.replace(/ ?(?:[$€£¥]|USD|EUR|CNY|RMB|GBP)$/, '') : unsigned;
  const group = escape(mark === '.' ? ',' : '.');
  const rule = new RegExp(`^(?:\\d{1,3}(?:${group}\\d{3})+|\\d{1,3}(?: \\d{3})+|\\d*)(?:${escape(mark)}\\d*)?$`);
  if (!/\d/.test(body)) return { reasons: ['amountNotNumber'] };
  if (!/^[\d., ]+$/.test(body)) return { reasons: ['amountNotNumber'] };
  if (!rule.test(body)) return { reasons: ['amountAgainstDecimalMark'] };
  const value = Number(
    body
      .split(mark === '.' ? ',' : '.')
      .join('')
      .split(' ')
      .join('')
      .replace(mark, '.'),
  );
  return negative && value !== 0 ? { reasons: ['negativeAmount'] } : { amount: value };
}

/** An amount written the way one convention writes it. */
const written = fc
  .record({
    whole: fc.integer({ min: 0, max: 9_999_999 }),
    cents: fc.constantFrom('', '5', '50', '05', '125'),
    convention: fc.constantFrom<DecimalMark>('.', ','),
    grouping: fc.constantFrom('none', 'mark', 'space'),
    currency: fc.constantFrom('', '$', '€', ' EUR', 'USD ', ' ¥'),
    negative: fc.boolean(),
  })
  .map(({ whole, cents, convention, grouping, currency, negative }) => {
    const digits = String(whole);
    const separator = grouping === 'none' ? '' : grouping === 'space' ? ' ' : convention === '.' ? ',' : '.';
    const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
    const number = cents === '' ? grouped : `${grouped}${convention}${cents}`;
    const signed = negative ? `-${number}` : number;
    return currency === '' ? signed : currency.startsWith(' ') ? `${signed}${currency}` : `${currency}${signed}`;
  });

const amountCell = fc.oneof(
  { weight: 6, arbitrary: written },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 1_000_000_000 }).map((n) => n / 100) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('1,2,3', '12,34,5', '1.2.3', 'n/a', 'TBD', '1,5', '12,34', '1.5', '1 200,50', '€1.200,50', '1,2345', '1 2'),
  },
  { weight: 1, arbitrary: fc.constantFrom<string | null>(null, '', '  ') },
);

const sheet = fc.record({ mark: fc.constantFrom<DecimalMark>('.', ','), amounts: fc.array(amountCell, { minLength: 1, maxLength: 30 }) });

describe('roll-up of generated pipeline sheets with mixed-locale text amounts', () => {
  it('counts every row or sets it aside with its true reason, and reads each amount by the locale rule', () => {
    fc.assert(
      fc.property(sheet, ({ mark, amounts }) => {
        const values: unknown[][] = [HEADER, ...amounts.map((amount, i) => [`D-${i}`, `Deal ${i}`, amount, 'C50', CLOSE])];
        const settings = teamSettingsFromNamedValues({ DK_DECIMAL_MARK: [[mark]] });
        const rollup = rollUpPipeline([{ name: 'Ana', values }], { settings });
        const r = rollup.reconciliation;

        expect(r.read.deals).toBe(amounts.length);
        expect(r.counted.deals + r.setAside.deals).toBe(r.read.deals);
        expect(r.balanced).toBe(true);

        amounts.forEach((cell, i) => {
          const row = i + 2;
          const expected = oracle(cell, mark);
          const deal = rollup.deals.find((d) => d.row === row);
          const aside = rollup.setAside.find((s) => s.row === row);
          if ('amount' in expected) {
            expect(aside).toBeUndefined();
            expect(deal?.amount).toBe(expected.amount);
          } else {
            expect(deal).toBeUndefined();
            expect(aside?.reasons.map((reason) => reason.id)).toEqual(expected.reasons);
            if (expected.reasons[0] === 'amountAgainstDecimalMark') {
              expect(aside?.reasons[0].text.en).toMatch(new RegExp(`^Ana!${AMOUNT_COLUMN}${row}: amount '`));
              expect(aside?.reasons[0].text['zh-CN']).toMatch(new RegExp(`^Ana!${AMOUNT_COLUMN}${row}：金额“`));
            }
          }
        });
      }),
      { numRuns: 300, seed: 20261206 },
    );
  });
});

/**
 * The same property over the sheet faults the roll-up does not yet set aside (an invalid Date aborts it;
 * a duplicated header is used silently; rows typed only in unrecognised columns are not listed). It is
 * written now against what a user must see and enabled when those fixes are merged: the reasons' ids are
 * not known here, so it checks what each reason says.
 */
describe('roll-up of generated sheets with invalid dates, duplicate headers and stray columns', () => {
  const fault = fc.constantFrom('none', 'invalidDate', 'strayOnly');
  const sheetWithFaults = fc.record({
    duplicate: fc.constantFrom<string | null>(null, 'Amount', 'Stage'),
    rows: fc.array(fc.record({ amount: fc.integer({ min: 0, max: 100_000 }), fault }), { minLength: 1, maxLength: 20 }),
  });

  it('reads every row that holds anything, counts it or sets it aside with a reason that says what is wrong', () => {
    fc.assert(
      fc.property(sheetWithFaults, ({ duplicate, rows }) => {
        const header = [...HEADER, 'Notes to self', ...(duplicate === null ? [] : [duplicate])];
        const values: unknown[][] = [
          header,
          ...rows.map(({ amount, fault: f }, i) =>
            f === 'strayOnly'
              ? ['', '', '', '', '', `note ${i}`, ...(duplicate === null ? [] : [''])]
              : [`D-${i}`, `Deal ${i}`, amount, 'C50', f === 'invalidDate' ? new Date(Number.NaN) : CLOSE, '', ...(duplicate === null ? [] : [duplicate === 'Amount' ? amount : 'C50'])],
          ),
        ];
        const settings = teamSettingsFromNamedValues({});
        const rollup = rollUpPipeline([{ name: 'Ana', values }], { settings });
        const r = rollup.reconciliation;
        expect(r.read.deals).toBe(rows.length);
        expect(r.counted.deals + r.setAside.deals).toBe(r.read.deals);
        expect(r.balanced).toBe(true);
        rows.forEach(({ fault: f }, i) => {
          const row = i + 2;
          const aside = rollup.setAside.find((s) => s.row === row);
          const said = (aside?.reasons ?? []).map((reason) => reason.text.en).join(' | ');
          if (duplicate !== null) expect(said).toContain(duplicate);
          else if (f === 'invalidDate') expect(said).toMatch(/close date/i);
          else if (f === 'strayOnly') expect(aside?.reasons.length).toBeGreaterThan(0);
          else expect(aside).toBeUndefined();
        });
      }),
      { numRuns: 200, seed: 20261206 },
    );
  });
});
