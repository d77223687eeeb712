import type { WritePlan } from '../../shared/plan';

/**
 * A small hand-made plan that uses every part of the WritePlan type, for the applier tests (the real
 * templates are checked beside it): a Settings sheet that comes only when its name is missing, and a
 * Pipeline sheet that reads it by name and by sheet token.
 */
export const SAMPLE_PLAN: WritePlan = {
  sheets: [
    {
      key: 'settings',
      target: { kind: 'new', baseName: 'Settings' },
      onlyIfNamedRangeMissing: 'DK_STAGE_CODES',
      values: [
        {
          at: 'A1:B4',
          rows: [
            ['Stage', 'Probability'],
            ['Qualified', 0.1],
            ['Proposal', 0.5],
            ['Won', 1],
          ],
        },
      ],
      numberFormats: [{ range: 'B2:B4', format: '0%' }],
      protection: { editable: ['B2:B4'] },
    },
    {
      key: 'pipeline',
      target: { kind: 'new', baseName: 'Pipeline' },
      values: [
        { at: 'A1', rows: [['Deal', 'Stage', 'Amount', 'Proof', 'Close', 'Note']] },
        { at: 'A2', rows: [['Acme', 'Qualified', 1000, true, null, '=HYPERLINK("http://evil","click")']] },
      ],
      formulas: [
        { at: 'G2', rows: [['={{DEAL}}WINPROB(B2,DK_STAGE_CODES)'], ['=SUM({{SHEET:settings}}!B2:B4)']] },
        { at: 'H2:J2', rows: [['=C2*2', null, '=C2*3']] },
      ],
      validations: [
        { range: 'B2:B10', kind: 'listFromRange', source: 'DK_STAGE_CODES' },
        { range: 'D2:D10', kind: 'checkbox' },
        { range: 'C2:C10', kind: 'number', min: 0 },
        { range: 'E2:E10', kind: 'date' },
        { range: 'K2:K10', kind: 'list', items: ['+', '-', '?'] },
      ],
      numberFormats: [{ range: 'C2:C10', format: '#,##0.00' }],
      styles: [{ range: 'A1:F1', bold: true, fill: '#DDEEFF', align: 'center' }],
      conditionalFormats: [
        { range: 'K2:K10', rule: { kind: 'textEquals', text: '-' }, fill: '#F4CCCC' },
        { range: 'C2:C10', rule: { kind: 'number', operator: 'gte', values: [1000] }, fontColor: '#006100' },
        { range: 'G2:G10', rule: { kind: 'formula', formula: '=G2<{{SHEET:settings}}!$B$3' }, fill: '#FFF2CC' },
      ],
      columnWidths: [
        { column: 'A', width: 160 },
        { column: 'F', width: 240 },
      ],
      frozenRows: 1,
      protection: { editable: ['A2:F10', 'K2:K10'] },
      charts: [
        { kind: 'funnel', title: 'Funnel', source: 'A1:B4', anchor: 'M2' },
        { kind: 'waterfall', title: 'Bridge', source: 'A1:C4', anchor: 'M20', width: 480, height: 300 },
      ],
      activate: true,
    },
  ],
  namedRanges: [{ name: 'DK_STAGE_CODES', sheetKey: 'settings', range: 'A2:A4' }],
};
