import fc from 'fast-check';
import { csvField, csvHeaders, parseCsv, pipelineCsv, type ExportDeal } from '../../shared/pipeline/csv-export';
import { serialFromParts } from '../../shared/pipeline/dates';

const deal = (over: Partial<ExportDeal> = {}): ExportDeal => ({
  name: 'ERP rollout',
  stage: 'Needs analysis & solution design',
  amount: 120000,
  closeDate: serialFromParts(2026, 12, 1),
  probability: 0.5,
  owner: 'Alice',
  forecastCategory: 'bestCase',
  ...over,
});

describe('pipelineCsv', () => {
  it('uses Salesforce opportunity-import names and a 0–100 probability', () => {
    const csv = pipelineCsv([deal()], 'salesforce');
    expect(csv).toBe(
      'Opportunity Name,Stage,Amount,Close Date,Probability (%),Opportunity Owner,Forecast Category\r\n' +
        'ERP rollout,Needs analysis & solution design,120000,2026-12-01,50,Alice,Best Case\r\n',
    );
  });

  it('uses HubSpot deal-import names, a 0–1 probability and its own category words', () => {
    const csv = pipelineCsv([deal({ forecastCategory: 'won', probability: 1 }), deal({ forecastCategory: 'lost', probability: 0 })], 'hubspot');
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(csvHeaders('hubspot'));
    expect(rows[0]).toEqual(['Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Deal Probability', 'Deal Owner', 'Forecast Category']);
    expect(rows[1].slice(4)).toEqual(['1', 'Alice', 'Closed won']);
    expect(rows[2].slice(4)).toEqual(['0', 'Alice', 'Not forecasted']);
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    const csv = pipelineCsv([deal({ name: 'Phase 2, "gold"\nrenewal' })], 'salesforce');
    expect(csv.split('\r\n')[1].startsWith('"Phase 2, ""gold""\nrenewal",')).toBe(true);
    expect(parseCsv(csv)[1][0]).toBe('Phase 2, "gold"\nrenewal');
  });

  it('makes a formula typed as a deal name inert', () => {
    const rows = parseCsv(pipelineCsv([deal({ name: '=HYPERLINK("http://x","click")', owner: '@Bob', stage: '+G10' })], 'salesforce'));
    expect(rows[1][0]).toBe(`'=HYPERLINK("http://x","click")`);
    expect(rows[1][1]).toBe("'+G10");
    expect(rows[1][5]).toBe("'@Bob");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('Total = 3')).toBe('Total = 3');
  });

  it('property: no field of the export starts with a formula character unless made inert', () => {
    const anyText = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', 'a', ',', '"', '\n', '\r', ' ', '\t', '1', '中') });
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: anyText, stage: anyText, owner: anyText, amount: fc.double({ min: 0, max: 1e9, noNaN: true }) }), { maxLength: 20 }),
        fc.constantFrom('salesforce' as const, 'hubspot' as const),
        (rows, format) => {
          const csv = pipelineCsv(
            rows.map((r) => deal(r)),
            format,
          );
          const parsed = parseCsv(csv);
          expect(parsed).toHaveLength(rows.length + 1);
          parsed.slice(1).forEach((fields, i) => {
            expect(fields).toHaveLength(7);
            for (const field of fields) expect(field).not.toMatch(/^[=+\-@\t\r]/);
            // what was made inert reads back as the user's text behind one apostrophe
            const name = rows[i].name;
            expect(fields[0]).toBe(/^[=+\-@\t\r]/.test(name) ? `'${name}` : name);
          });
        },
      ),
    );
  });
});
