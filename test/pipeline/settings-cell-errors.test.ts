/**
 * A bad Settings entry read from a workbook names the sheet's own cell (what the manager sees in the
 * grid), not the row's position inside the named range.
 */
import { parseA1 } from '../../shared/a1';
import { DealKitError } from '../../shared/errors';
import { forecastSettingsFromNamedValues } from '../../shared/pipeline/forecast-settings';
import { namedValuesFromReferences } from '../../shared/pipeline/named-values';
import { teamSettingsFromNamedValues } from '../../shared/pipeline/team-settings';

/** A Settings sheet whose tables start well below row 1, as on the real template. */
function settingsSheet(name: string, cells: Record<string, unknown>): { name: string; values: unknown[][] } {
  const values: unknown[][] = Array.from({ length: 60 }, () => []);
  for (const [a1, value] of Object.entries(cells)) {
    const { row, column } = parseA1(a1);
    (values[row] as unknown[])[column] = value;
  }
  return { name, values };
}

function caught(run: () => unknown): DealKitError {
  try {
    run();
  } catch (error) {
    if (error instanceof DealKitError) return error;
    throw error;
  }
  throw new Error('no error');
}

const REFERENCES = {
  DK_STAGES: "='DealKit settings'!$A$40:$B$47",
  DK_STALL_LIMITS: "='DealKit settings'!$D$40:$E$47",
  DK_QUOTAS: 'Settings!$A$10:$C$14',
  DK_OVERRIDE_FLAG_POINTS: "='DealKit settings'!$B$30",
  DK_FORECAST_ADJUSTMENTS: "='DealKit settings'!$A$50:$E$55",
};

describe('Settings errors name the cell on the sheet', () => {
  it('a stage probability of 7 on the third stage row is B42, in both languages', () => {
    const sheets = [settingsSheet('DealKit settings', { A40: 'G10', B40: 0.1, A41: 'G20', B41: 0.2, A42: 'E25', B42: 7 })];
    const error = caught(() => teamSettingsFromNamedValues(namedValuesFromReferences(REFERENCES, sheets)));
    expect(error.messageIn('en')).toBe("Settings 'DealKit settings'!B42 (DK_STAGES): the probability of E25 must be between 0 % and 100 %.");
    expect(error.messageIn('zh-CN')).toBe("设置 'DealKit settings'!B42（DK_STAGES）：E25 的概率必须在 0% 到 100% 之间。");
    expect(error.subject).toBe("'DealKit settings'!B42");
  });

  it('a stall limit and a quota name their own columns; an unquoted sheet name stays bare', () => {
    const stall = [settingsSheet('DealKit settings', { D41: 'G20', E41: 'soon' })];
    expect(() => teamSettingsFromNamedValues(namedValuesFromReferences(REFERENCES, stall))).toThrow(
      "Settings 'DealKit settings'!E41 (DK_STALL_LIMITS): the stall limit of G20 must be a number of days.",
    );
    const quota = [settingsSheet('Settings', { A10: 'Ann', B10: '2026-Q3', C10: 100, A12: 'Bo', B12: '2026-Q3', C12: 'lots' })];
    const error = caught(() => teamSettingsFromNamedValues(namedValuesFromReferences(REFERENCES, quota)));
    expect(error.messageIn('en')).toMatch(/^Settings Settings!C12 \(DK_QUOTAS\): a quota needs/);
    expect(error.messageIn('zh-CN')).toMatch(/^设置 Settings!C12（DK_QUOTAS）：指标需要/);
    const period = [settingsSheet('Settings', { A11: 'Ann', B11: 'Q3', C11: 100 })];
    expect(() => teamSettingsFromNamedValues(namedValuesFromReferences(REFERENCES, period))).toThrow(/^Settings Settings!B11 \(DK_QUOTAS\)/);
  });

  it('the override limit and the forecast adjustments name their cells, the duplicate names the first one too', () => {
    const flag = [settingsSheet('DealKit settings', { B30: 140 })];
    expect(() => forecastSettingsFromNamedValues(namedValuesFromReferences(REFERENCES, flag))).toThrow(/^Settings 'DealKit settings'!B30 \(DK_OVERRIDE_FLAG_POINTS\): "140" is not/);
    const period = [settingsSheet('DealKit settings', { A52: 'Ann', B52: 'next quarter', C52: 1 })];
    expect(() => forecastSettingsFromNamedValues(namedValuesFromReferences(REFERENCES, period))).toThrow(
      'Settings \'DealKit settings\'!B52 (DK_FORECAST_ADJUSTMENTS): "next quarter" is not a period; write 2026-Q4, 2026-11 or 2026.',
    );
    const best = [settingsSheet('DealKit settings', { A50: 'Ann', B50: '2026-Q4', D50: -5 })];
    expect(() => forecastSettingsFromNamedValues(namedValuesFromReferences(REFERENCES, best))).toThrow(/^Settings 'DealKit settings'!D50 /);
    const twice = [settingsSheet('DealKit settings', { A50: 'Ann', B50: '2026-Q4', C50: 1, A53: 'ANN', B53: '2026-q4', C53: 2 })];
    const error = caught(() => forecastSettingsFromNamedValues(namedValuesFromReferences(REFERENCES, twice)));
    expect(error.messageIn('en')).toBe("Settings 'DealKit settings'!A53 (DK_FORECAST_ADJUSTMENTS): ANN already has an adjustment for 2026-Q4 at 'DealKit settings'!A50; keep one.");
    expect(error.messageIn('zh-CN')).toBe("设置 'DealKit settings'!A53（DK_FORECAST_ADJUSTMENTS）：ANN 在 'DealKit settings'!A50 已有 2026-Q4 的调整；只保留一行。");
  });

  it('values built without a sheet behind them still name the row inside the range', () => {
    expect(() =>
      teamSettingsFromNamedValues({
        DK_STAGES: [
          ['G10', 0.1],
          ['G20', 7],
        ],
      }),
    ).toThrow('Settings DK_STAGES, row 2: the probability of G20');
  });
});
