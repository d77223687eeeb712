/**
 * Two users with the Qualify or value wizard open on the same sheet, on the built Apps Script project:
 * A reads, B reads, B saves, A saves. A is told which cells B changed and nothing of B's is lost;
 * A's values go in only when A chooses to save over them.
 */
import { createGasGlobals, type FakeGasGlobals } from '../../fakes/spreadsheet-app';
import { loadGasProject, type GasVm } from '../../fakes/gas-vm';

type Conflict = { cell: string; field: string; read: unknown; now: unknown; wizard: unknown };
type Result<T> = { ok: true; value: T } | { ok: false; message: string; conflicts?: Conflict[] };
type Answers = Record<string, unknown> & { sheetName: string };

function project(): { globals: FakeGasGlobals; gas: GasVm } {
  const globals = createGasGlobals({ sheets: ['Notes'] });
  return { globals, gas: loadGasProject({ globals }) };
}

function value<T>(result: unknown): T {
  const r = result as Result<T>;
  if (!r.ok) throw new Error(`expected success, got: ${r.message}`);
  return r.value;
}

const withFirst = <T>(list: readonly T[], first: T): T[] => list.map((item, i) => (i === 0 ? first : item));

describe('concurrent Qualify saves', () => {
  it('A saving after B is refused with the cells B changed; B’s ratings stay until A chooses to save over them', () => {
    const { globals, gas } = project();
    const sheetName = value<{ sheetName: string }>(gas.call('dealkitInsertTemplate', { id: 'assessment', method: 'TAS', locale: 'en' })).sheetName;
    const sheet = globals.SpreadsheetApp.spreadsheet.getSheetByName(sheetName)!;
    const seenByA = value<Answers & { ours: string[] }>(gas.call('dealkitReadAssessment', 'en'));
    const seenByB = value<Answers & { ours: string[] }>(gas.call('dealkitReadAssessment', 'en'));

    value(gas.call('dealkitWriteAssessment', { ...seenByB, ours: withFirst(seenByB.ours, 'favourable'), read: seenByB }, 'en'));
    expect(sheet.getRange('E8').getValue()).toBe('+');

    const fromA = gas.call('dealkitWriteAssessment', { ...seenByA, ours: withFirst(seenByA.ours, 'unfavourable'), read: seenByA }, 'zh-CN') as Result<unknown>;
    expect(fromA.ok).toBe(false);
    if (fromA.ok) return;
    expect(fromA.conflicts).toEqual([expect.objectContaining({ cell: `${sheetName}!E8`, now: '+', wizard: '-' })]);
    expect(fromA.message).toMatch(/E8.*[\u4e00-\u9fff]/);
    expect(sheet.getRange('E8').getValue()).toBe('+');
    expect(globals.documentLock.held).toBe(false);

    value(gas.call('dealkitWriteAssessment', { ...seenByA, ours: withFirst(seenByA.ours, 'unfavourable'), read: seenByA, overwrite: true }, 'en'));
    expect(sheet.getRange('E8').getValue()).toBe('-');
  });
});

describe('concurrent value-proposition saves', () => {
  it('A saving after B is refused with the figure B changed, which stays', () => {
    const { globals, gas } = project();
    const sheetName = value<{ sheetName: string }>(gas.call('dealkitInsertTemplate', { id: 'valueProposition', locale: 'en' })).sheetName;
    const seenByA = value<Answers & { benefits: number[] }>(gas.call('dealkitReadValue', 'en'));
    const seenByB = value<Answers & { benefits: number[] }>(gas.call('dealkitReadValue', 'en'));
    const withBenefit = (answers: Answers & { benefits: number[] }, amount: number) => ({ ...answers, benefits: answers.benefits.map((b, i) => (i === 1 ? amount : b)), read: answers });

    value(gas.call('dealkitWriteValue', withBenefit(seenByB, 30), 'en'));
    const fromA = gas.call('dealkitWriteValue', withBenefit(seenByA, 50), 'en') as Result<unknown>;
    expect(fromA.ok).toBe(false);
    if (fromA.ok) return;
    expect(fromA.conflicts).toHaveLength(1);
    expect(fromA.conflicts?.[0]).toMatchObject({ now: 30, wizard: 50 });
    const cell = (fromA.conflicts?.[0].cell ?? '').split('!')[1];
    expect(globals.SpreadsheetApp.spreadsheet.getSheetByName(sheetName)!.getRange(cell).getValue()).toBe(30);
    expect(value<{ benefits: number[] }>(gas.call('dealkitReadValue', 'en')).benefits[1]).toBe(30);
  });
});

describe('concurrent Settings saves', () => {
  it('a manager saving after another is refused with the currency cell the other changed, which stays', () => {
    const { globals, gas } = project();
    value(gas.call('dealkitInsertTemplate', { id: 'settings', locale: 'en' }));
    const seenByA = value<Record<string, unknown>>(gas.call('dealkitReadSettings', 'en'));
    const seenByB = value<Record<string, unknown>>(gas.call('dealkitReadSettings', 'en'));
    value(gas.call('dealkitWriteSettings', { ...seenByB, currency: 'EUR', read: seenByB }, 'en'));

    const fromA = gas.call('dealkitWriteSettings', { ...seenByA, currency: 'CNY', read: seenByA }, 'en') as Result<unknown>;
    expect(fromA.ok).toBe(false);
    if (fromA.ok) return;
    expect(fromA.conflicts).toEqual([expect.objectContaining({ field: 'currency', read: seenByA.currency, now: 'EUR', wizard: 'CNY' })]);
    expect(globals.SpreadsheetApp.spreadsheet.getRangeByName('DK_CURRENCY')?.getValue()).toBe('EUR');

    value(gas.call('dealkitWriteSettings', { ...seenByA, currency: 'CNY', read: seenByA, overwrite: true }, 'en'));
    expect(value<{ currency: string }>(gas.call('dealkitReadSettings', 'en')).currency).toBe('CNY');
  });
});
