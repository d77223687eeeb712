import { OfficeMockObject } from 'office-addin-mock';
import { watchSettingsEdits, type ExcelRun } from '../../excel-addin/taskpane/settings-recalc';

/**
 * A manager's edit on the Settings sheet makes Excel recalculate every DealKit function in full (their
 * inputs do not change, the settings they read do); an edit anywhere else does not.
 */
type Handler = (event: { worksheetId: string }) => Promise<void>;

function excelWithSettings(settingsSheetId: string | null) {
  const handlers: Record<'changed' | 'added' | 'deleted', Handler[]> = { changed: [], added: [], deleted: [] };
  const calculations: string[] = [];
  const lookups: string[] = [];
  const mock = new OfficeMockObject({
    workbook: {
      names: {
        settings: { range: { worksheet: { id: settingsSheetId ?? '' } }, getRange(this: { range: unknown }) { return this.range; } },
        getItemOrNullObject(this: { settings: Record<string, unknown> }, name: string) {
          lookups.push(name);
          Object.defineProperty(this.settings, 'isNullObject', { value: settingsSheetId === null || name !== 'DK_STAGES', configurable: true });
          return this.settings;
        },
      },
      worksheets: {
        onChanged: { add: (handler: Handler) => handlers.changed.push(handler) },
        onAdded: { add: (handler: Handler) => handlers.added.push(handler) },
        onDeleted: { add: (handler: Handler) => handlers.deleted.push(handler) },
      },
      application: { calculate: (type: string) => calculations.push(type) },
    },
  });
  const context = mock as unknown as Excel.RequestContext;
  const run: ExcelRun = (batch) => batch(context);
  return { run, handlers, calculations, lookups, sync: jest.spyOn(mock, 'sync') };
}

beforeAll(() => {
  Object.assign(globalThis, { Excel: { CalculationType: { full: 'Full', recalculate: 'Recalculate' } } });
});

describe('Excel: recalculating when Settings change', () => {
  it('registers a change handler on the worksheets at start-up', async () => {
    const excel = excelWithSettings('ws-settings');
    await watchSettingsEdits(excel.run, () => undefined);
    expect(excel.handlers.changed).toHaveLength(1);
    expect(excel.handlers.added).toHaveLength(1);
    expect(excel.calculations).toEqual([]);
  });

  it('an edit on the sheet holding DK_STAGES forgets the settings read and asks for a full calculation', async () => {
    const excel = excelWithSettings('ws-settings');
    const forget = jest.fn();
    await watchSettingsEdits(excel.run, forget);
    await excel.handlers.changed[0]({ worksheetId: 'ws-settings' });
    expect(forget).toHaveBeenCalledTimes(1);
    expect(excel.calculations).toEqual(['Full']);
    expect(excel.lookups).toEqual(['DK_STAGES']);
    // The Settings sheet's id is kept: a second edit needs no lookup.
    await excel.handlers.changed[0]({ worksheetId: 'ws-settings' });
    expect(excel.calculations).toEqual(['Full', 'Full']);
    expect(excel.lookups).toHaveLength(1);
  });

  it('an edit on another sheet changes nothing', async () => {
    const excel = excelWithSettings('ws-settings');
    const forget = jest.fn();
    const watch = await watchSettingsEdits(excel.run, forget);
    await excel.handlers.changed[0]({ worksheetId: 'ws-pipeline' });
    expect(await watch.onWorksheetChanged('ws-assessment')).toBe(false);
    expect(forget).not.toHaveBeenCalled();
    expect(excel.calculations).toEqual([]);
  });

  it('a workbook without Settings calculates nothing, and looks again once a sheet is added', async () => {
    const excel = excelWithSettings(null);
    const watch = await watchSettingsEdits(excel.run, () => undefined);
    expect(await watch.onWorksheetChanged('ws-anything')).toBe(false);
    await excel.handlers.added[0]({ worksheetId: 'ws-new' });
    expect(await watch.onWorksheetChanged('ws-anything')).toBe(false);
    expect(excel.lookups).toEqual(['DK_STAGES', 'DK_STAGES']);
    expect(excel.calculations).toEqual([]);
  });
});
