/**
 * Every server function of the built Apps Script project answers a call of the wrong shape with a
 * message naming the field, in the user's language, never with a JavaScript TypeError.
 */
import { createGasGlobals } from '../../fakes/spreadsheet-app';
import { loadGasProject, type GasVm } from '../../fakes/gas-vm';
import { OPERATION_IDS, OPERATIONS, serverFunctionName } from '../../shared/workbook/operations';

type Result = { ok: true; value: unknown } | { ok: false; message: string; subject?: string };

const HEADER = ['Deal ID', 'Opportunity', 'Amount', 'Stage', 'Close date', 'Next step'];

function project(): GasVm {
  const globals = createGasGlobals({ sheets: ['Notes'] });
  const app = globals.SpreadsheetApp;
  app.spreadsheet
    .insertSheet('Ana')
    .getRange(1, 1, 3, HEADER.length)
    .setValues([HEADER, ['A-0', 'Deal 0', 1000, 'G20', new Date(2026, 11, 10), 'Call'], ['A-1', 'Deal 1', 2000, 'G20', new Date(2026, 11, 11), 'Call']]);
  app.spreadsheet.getSheetByName('Ana')!.activate();
  return loadGasProject({ globals });
}

/** Messages a JavaScript engine writes, which a user cannot act on. */
const RAW_ERROR = /Cannot read|Cannot convert|Cannot destructure|is not a function|is not iterable|is not defined|of undefined|of null|TypeError|RangeError|\[object Object\]/;

const GOOD_REVIEW = { finished: '', evidence: '', doingNow: '', preparingNext: '' };
const GOOD_DEAL = {
  row: 2,
  id: 'A-0',
  account: '',
  opportunity: 'Deal 0',
  owner: '',
  amount: 1000,
  stage: 'G20',
  stageEntered: '',
  closeDate: '2026-12-10',
  nextStep: 'Call',
  evidence: '',
  proofs: [],
};
const GOOD_UPDATE = { sheetName: 'Ana', row: 2, dealId: 'A-0', stage: 'G20', proofs: [], review: GOOD_REVIEW, stageEntered: '2026-12-01', read: GOOD_DEAL };

describe('server functions check the shape of their arguments', () => {
  const gas = project();

  it.each([
    ['dealkitUpdateDeal', [{ ...GOOD_UPDATE, review: {} }, 'en'], 'review.finished'],
    ['dealkitUpdateDeal', [{ ...GOOD_UPDATE, row: 'two' }, 'en'], 'row'],
    ['dealkitUpdateDeal', [{ ...GOOD_UPDATE, proofs: 'yes' }, 'en'], 'proofs'],
    ['dealkitUpdateDeal', [null, 'en'], 'update'],
    ['dealkitWriteAssessment', [{ sheetName: 42 }, 'en'], 'sheetName'],
    ['dealkitWriteAssessment', [{ sheetName: null, method: 'TAS', ours: 'x', theirs: [], notes: [], signs: [], strategy: {} }, 'en'], 'ours'],
    ['dealkitWriteValue', [{ sheetName: null, slots: {}, benefits: ['a'], costs: [], risks: 0 }, 'en'], 'benefits[0]'],
    ['dealkitWriteSettings', [{}, 'en'], 'locale'],
    ['dealkitWriteSettings', [{ locale: 'fr', ladder: 'MILESTONES', currency: 'USD', sheetName: null }, 'en'], 'locale'],
    ['dealkitInsertTemplate', [{}, 'en'], 'id'],
    ['dealkitComparePipeline', [42, '2026-01-01', 'en'], 'earlier'],
    ['dealkitExportPipelineCsv', [{}, 'en'], 'format'],
    ['dealkitRollUpTeam', [7, 'en'], 'period'],
    ['dealkitRollUpTeam', [[], 'en'], 'period'],
    ['dealkitForecastAccuracy', [{}, 'en'], 'periodKind'],
  ])('%s(%j) names %s', (name, args, field) => {
    const result = gas.call(name, ...args) as Result;
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(field);
    expect(result.message).not.toMatch(RAW_ERROR);
    // The same call from a Chinese UI.
    const zhArgs = [...args.slice(0, -1), 'zh-CN'];
    const zh = gas.call(name, ...zhArgs) as Result;
    expect(zh.ok).toBe(false);
    if (zh.ok) return;
    expect(zh.message).toContain(field);
    expect(zh.message).toMatch(/[\u4e00-\u9fff]/);
  });

  // Every operation's server function, with how many arguments it takes before the locale.
  const SERVER_FUNCTIONS: Readonly<Record<string, number>> = Object.fromEntries(OPERATION_IDS.map((id) => [serverFunctionName(id), OPERATIONS[id].takes.length]));
  const MALFORMED: readonly unknown[] = [undefined, null, 42, 'x', true, [], {}, [1, 'a'], { sheetName: {}, review: [], proofs: {}, locale: 3 }];

  it('every server function answers every malformed argument with a result, never a raw error', () => {
    const raw: string[] = [];
    for (const [name, data] of Object.entries(SERVER_FUNCTIONS)) {
      for (let position = 0; position < data; position += 1) {
        for (const bad of MALFORMED) {
          const args: unknown[] = [undefined, undefined, 'en'].slice(3 - data - 1);
          args[position] = bad;
          let result: Result;
          try {
            result = gas.call(name, ...args) as Result;
          } catch (error) {
            raw.push(`${name}(${JSON.stringify(args)}) threw ${String(error)}`);
            continue;
          }
          if (typeof result !== 'object' || result === null || typeof result.ok !== 'boolean') raw.push(`${name}(${JSON.stringify(args)}) answered ${JSON.stringify(result)}`);
          else if (!result.ok && RAW_ERROR.test(result.message)) raw.push(`${name}(${JSON.stringify(args)}): ${result.message}`);
        }
      }
    }
    expect(raw).toEqual([]);
  });
});
