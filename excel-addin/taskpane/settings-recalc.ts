/**
 * The custom functions read the Settings sheet's thresholds, weights and knock-outs inside the call,
 * so Excel sees no changed input when a manager edits them and would keep every QUALIFY, ASSESSMENT,
 * GAPS and CONTROL result as it was. This listener, started with the task pane in the shared runtime,
 * watches edits to the sheet holding the DK_* names and then asks Excel for a full recalculation
 * (after the functions forget the settings they read).
 */
import { SETTINGS_NAMES } from '../../shared/templates/settings-names';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface SettingsRecalcWatch {
  /** Handles one worksheet change; true when it was on the Settings sheet and a full calculation was asked for. */
  readonly onWorksheetChanged: (worksheetId: string) => Promise<boolean>;
}

/**
 * Registers the listeners. The whole worksheet collection is watched, not one sheet, so a Settings
 * sheet inserted after start-up (with its names) is noticed too; the Settings sheet's id is looked up
 * by its DK_STAGES name and kept until a sheet is added or deleted.
 */
export async function watchSettingsEdits(run: ExcelRun, forgetSettings: () => void): Promise<SettingsRecalcWatch> {
  let settingsSheetId: string | null = null;

  const lookUpSettingsSheet = async (context: Excel.RequestContext): Promise<string | null> => {
    if (settingsSheetId !== null) return settingsSheetId;
    const named = context.workbook.names.getItemOrNullObject(SETTINGS_NAMES.stages);
    await context.sync();
    if (named.isNullObject) return null;
    const sheet = named.getRange().worksheet;
    sheet.load('id');
    await context.sync();
    settingsSheetId = sheet.id;
    return settingsSheetId;
  };

  const onWorksheetChanged = (worksheetId: string): Promise<boolean> =>
    run(async (context) => {
      const settingsId = await lookUpSettingsSheet(context);
      if (settingsId === null || settingsId !== worksheetId) return false;
      forgetSettings();
      context.workbook.application.calculate(Excel.CalculationType.full);
      await context.sync();
      return true;
    });

  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.onChanged.add(async (event) => {
      await onWorksheetChanged(event.worksheetId).catch(() => false);
    });
    // A Settings sheet inserted, or deleted and inserted again, gets a new id.
    sheets.onAdded.add(async () => {
      settingsSheetId = null;
    });
    sheets.onDeleted.add(async () => {
      settingsSheetId = null;
    });
    await context.sync();
  });
  return { onWorksheetChanged };
}
