/**
 * "Adopt the team's stage probabilities" in the Settings panel, through the controller over the
 * playground's sample workbook (twelve weekly snapshots): reviewing writes nothing, declining writes
 * nothing, and only the confirm step puts the team's figures into the Settings sheet, where a live
 * WINPROB over DK_STAGES picks them up.
 */
import { createPlaygroundBackend } from '../../playground/playground-backend';
import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { loadSampleWorkbook } from '../../playground/sample-workbook';
import { appReducer, initialAppState, type AppAction, type AppState } from '../../shared/ui/app-state';
import { createController } from '../../shared/ui/controller';

function wired() {
  const workbook = new PlaygroundWorkbook();
  const sheets = loadSampleWorkbook(workbook);
  workbook.applyPlan({ sheets: [{ key: 'check', target: { kind: 'new', baseName: 'Check' }, values: [{ at: 'A1', rows: [['G10'], ['B75'], ['S100']] }] }] });
  workbook.setCellInput('Check', 'B1', '=WINPROB(A1:A3, DK_STAGES)');
  let state: AppState = initialAppState('en', 'settings');
  const dispatch = (action: AppAction): void => {
    state = appReducer(state, action);
  };
  const controller = createController(createPlaygroundBackend(workbook), dispatch, () => state);
  const winprob = (): unknown[] => [0, 1, 2].map((row) => workbook.cellValue('Check', row, 1));
  const settingsCells = (): readonly (readonly unknown[])[] => workbook.snapshot(sheets.settings, true)?.values ?? [];
  return { workbook, sheets, controller, dispatch, state: () => state, winprob, settingsCells };
}

describe('adopting the team’s stage probabilities', () => {
  it('shows the team’s figures beside the ladder’s and writes nothing until the manager confirms', async () => {
    const { controller, dispatch, state, winprob, settingsCells } = wired();
    await controller.open('settings');
    const before = settingsCells();
    expect(winprob()).toEqual([0.1, 0.75, 1]);

    await controller.reviewStageProbabilities();
    const shown = state().settings.calibration;
    expect(shown?.snapshots).toBe(12);
    expect(shown?.lines.find((line) => line.code === 'G10')).toMatchObject({ probability: 0.1, calibrated: 0.75, reached: 15, won: 6, lost: 2 });
    expect(winprob()).toEqual([0.1, 0.75, 1]);
    expect(settingsCells()).toEqual(before);

    // The manager keeps the current ladder: confirming afterwards has nothing to write.
    dispatch({ type: 'settings', action: { type: 'calibrationClosed' } });
    await controller.adoptStageProbabilities();
    expect(winprob()).toEqual([0.1, 0.75, 1]);
    expect(settingsCells()).toEqual(before);

    await controller.reviewStageProbabilities();
    await controller.adoptStageProbabilities();
    expect(state().error).toBeNull();
    expect(state().notice).toBe('7 stage probabilities written to the Settings sheet; every formula that reads the stage table recalculates.');
    expect(state().settings.calibration).toBeUndefined();
    expect(winprob()).toEqual([0.75, 0.86, 1]);
  });

  it('changes only the probability cells of the open stages, as values', async () => {
    const { controller, settingsCells } = wired();
    await controller.open('settings');
    const before = settingsCells();
    await controller.reviewStageProbabilities();
    await controller.adoptStageProbabilities();
    const after = settingsCells();
    const changed: string[] = [];
    after.forEach((row, r) => row.forEach((cell, c) => cell !== before[r]?.[c] && changed.push(`${String.fromCharCode(65 + c)}${r + 1}=${String(cell)}`)));
    // The stage table starts on row 11 (G10); S100 (row 18) and LOST (row 19) keep 100 % and 0 %. The
    // mirrored values beside them (column E) and the DK_RULES block are untouched.
    expect(changed).toEqual(['B11=0.75', 'B12=0.75', 'B13=0.75', 'B14=0.75', 'B15=0.75', 'B16=0.86', 'B17=0.86']);
  });

  it('refuses to write when a probability changed after the review, so the manager sees the ladder as it is', async () => {
    const { workbook, sheets, controller, state, winprob } = wired();
    await controller.open('settings');
    await controller.reviewStageProbabilities();
    // Another manager edits C50's probability meanwhile.
    workbook.setCellInput(sheets.settings, 'B15', '0.6');
    await controller.adoptStageProbabilities();
    expect(state().error).toBe(`'DealKit settings'!B15: the probability of C50 is now 60%, not the 50% shown. Nothing was written: review the team's probabilities again.`);
    expect(winprob()).toEqual([0.1, 0.75, 1]);
    // The review stays open: the manager may close it or review again.
    expect(state().settings.calibration).toBeDefined();
  });

  it('answers in Chinese when the pane is in Chinese', async () => {
    const { controller, dispatch, state } = wired();
    dispatch({ type: 'setLocale', locale: 'zh-CN' });
    await controller.open('settings');
    await controller.reviewStageProbabilities();
    expect(state().settings.calibration?.lines[0]?.label).toBe('客户规划与电话邀约');
    await controller.adoptStageProbabilities();
    expect(state().notice).toBe('已将 7 个阶段概率写入设置表；所有读取阶段表的公式都会重新计算。');
  });
});
