import type { Page } from 'playwright-core';
import { SAMPLE_DEALS, SECOND_REP, SECOND_REP_DEALS } from '../../playground/sample-workbook';
import { pipelineFunnelTemplate, settingsTemplate } from '../../shared/templates';
import { startRig, type BrowserRig } from './playground-server';
import { openPlaygroundPage, openSheet, paneShot, typeInto, type OpenedPage } from './playground-page';

/**
 * Forecast honesty in the playground's Team panel, used as a manager would:
 *  - a rep types a probability over a deal's stage default, with a reason; the roll-up lists it as
 *    flagged (further than 25 points from the default) with the reason as typed, shown as text;
 *  - snapshots either side of the quarter's end, then Forecast accuracy: a row per rep and the team
 *    with the actual, the forecasts and their errors, blank where no snapshot existed yet.
 * Figures from METHODOLOGY §5's milestone ladder: B75 is 75 %, C50 50 %, A90 90 % (Commit), S100 won.
 */

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
}, 180000);
afterAll(async () => {
  await rig?.close();
});

const FUNNEL = pipelineFunnelTemplate({ locale: 'en', ladder: 'MILESTONES' }).layout;
/** The Settings sheet's Forecast adjustments table: rep, period, adjusted commit, adjusted best case, note. */
const ADJUSTMENTS_FIRST_ROW = Number(/^A(\d+):/.exec(settingsTemplate({ locale: 'en', ladder: 'MILESTONES' }).layout.forecastAdjustments)?.[1]);

function openTeamPanel(today: string): Promise<OpenedPage> {
  // The workbook's "today" is each snapshot's date; the history is built here, from none.
  return openPlaygroundPage(rig, { height: 1000, today, panel: 'team', waitFor: '[data-action="roll-up"]', sampleHistory: false });
}

function rowOf(id: string): { sheet: string; row: number } {
  const first = SAMPLE_DEALS.findIndex((d) => d.id === id);
  if (first >= 0) return { sheet: 'Pipeline', row: FUNNEL.firstRow + first };
  return { sheet: `Pipeline ${SECOND_REP}`, row: FUNNEL.firstRow + SECOND_REP_DEALS.findIndex((d) => d.id === id) };
}

async function setCell(page: Page, id: string, column: keyof typeof FUNNEL.columns, input: string): Promise<void> {
  const { sheet, row } = rowOf(id);
  await openSheet(page, sheet);
  await typeInto(page, `${FUNNEL.columns[column]}${row}`, input);
}

describe('Forecast honesty in the playground’s Team panel', () => {
  it('lists a probability override with its stage default, the flag and the reason as typed', async () => {
    const { page, errors } = await openTeamPanel('2026-11-25');
    // D-103 is at B75 (75 %); the rep says 40 %: 35 points below, beyond the 25-point limit.
    const reason = 'Budget <b>frozen</b> until March';
    await setCell(page, 'D-103', 'probabilityOverride', '0.4');
    await setCell(page, 'D-103', 'overrideReason', reason);
    // D-101 at C50 (50 %) typed to 60 % with no reason: 10 points, within the limit.
    await setCell(page, 'D-101', 'probabilityOverride', '0.6');
    // The manager thinks Li Na will land 300,000 this quarter whatever her deals say.
    await openSheet(page, 'DealKit settings');
    await typeInto(page, `A${ADJUSTMENTS_FIRST_ROW}`, 'Li Na');
    await typeInto(page, `B${ADJUSTMENTS_FIRST_ROW}`, '2026-Q4');
    await typeInto(page, `C${ADJUSTMENTS_FIRST_ROW}`, '300000');
    await typeInto(page, `E${ADJUSTMENTS_FIRST_ROW}`, 'D-103 recovers in December');

    await page.fill('#dk-team-period', '2026-Q4');
    await page.press('#dk-team-period', 'Enter');
    await page.waitForSelector('[data-overrides]');

    const flagged = page.locator('[data-override="D-103"]');
    expect(await flagged.getAttribute('data-flagged')).toBe('true');
    expect(await flagged.locator('td').allTextContents()).toEqual(['75\u00a0%', '40\u00a0%', '−35\u00a0pts', '⚑ Flagged', reason]);
    const within = page.locator('[data-override="D-101"]');
    expect(await within.getAttribute('data-flagged')).toBe('false');
    expect(await within.locator('td').allTextContents()).toEqual(['50\u00a0%', '60\u00a0%', '+10\u00a0pts', 'Within the limit', '(no reason given)']);
    // Flagged first.
    expect(await page.locator('[data-overrides] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-override')))).toEqual(['D-103', 'D-101']);
    // The reason is text: no <b> element came from the cell.
    expect(await page.locator('[data-overrides] b').count()).toBe(0);

    // Rep view beside manager view. Li Na's deals in the quarter are D-101 at 60 % and D-103 at 40 %:
    // neither is Commit (90 % and up), so her own commit is 0 and the manager's 300,000 is +300,000.
    // Chen Jie, not adjusted: D-203 at A90 is his commit, 45,000, and the manager's view is the same.
    const li = page.locator('[data-forecast-views] tr[data-view-rep="Li Na"] td');
    expect((await li.allTextContents()).slice(0, 3)).toEqual(['0', '300,000 (adjusted)', '+300,000']);
    const chen = page.locator(`[data-forecast-views] tr[data-view-rep="${SECOND_REP}"] td`);
    expect((await chen.allTextContents()).slice(0, 3)).toEqual(['45,000', '45,000', '0']);
    const team = page.locator('[data-forecast-views] tr.dk-team-total th');
    expect((await team.allTextContents()).slice(0, 4)).toEqual(['Team', '45,000', '345,000 (adjusted)', '+300,000']);
    expect(await page.locator('[data-manager-notes] li').allTextContents()).toEqual(['Manager’s note on Li Na: D-103 recovers in December']);
    await page.locator('[data-overrides]').scrollIntoViewIfNeeded();
    await paneShot(page, 'forecast-honesty-01-overrides');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('after snapshots either side of the quarter’s end, shows each rep’s and the team’s forecast against the actual with its error', async () => {
    const { page, errors } = await openTeamPanel('2026-11-25');
    // Before any snapshot: no period is closed, and the panel says why.
    await page.click('[data-action="forecast-accuracy"]');
    await page.waitForSelector('[data-no-closed-period]');

    // Snapshot on 2026-11-10: after the 8-weeks point of 2026-Q4 (2026-11-05), before the 4-weeks one.
    await page.clock.setFixedTime(new Date('2026-11-10T10:00:00'));
    await page.click('[data-action="take-snapshot"]');
    await page.waitForSelector('.dk-notice:has-text("Snapshot of 2026-11-10 taken")');

    // The quarter closes: D-101 (Li Na, 180,000, was C50) and D-203 (Chen Jie, 45,000, was A90) are won.
    await setCell(page, 'D-101', 'stage', 'S100');
    await setCell(page, 'D-203', 'stage', 'S100');
    await page.clock.setFixedTime(new Date('2027-01-04T10:00:00'));
    await page.click('[data-action="take-snapshot"]');
    await page.waitForSelector('.dk-notice:has-text("Snapshot of 2027-01-04 taken")');

    // Quarters, by keyboard: focus the radio group and pick with the arrow keys, then run.
    await page.focus('[data-name="accuracy-kind"] [data-value="quarter"]');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    expect(await page.getAttribute('[data-name="accuracy-kind"] [data-value="quarter"]', 'aria-checked')).toBe('true');
    await page.focus('[data-action="forecast-accuracy"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-accuracy-period="2026-Q4"]');

    const row = (rep: string) => page.locator(`[data-accuracy-period="2026-Q4"] tr[data-accuracy-rep="${rep}"]`);
    // Li Na: the 2026-11-10 snapshot had her deals at C50 and B75 (no Commit): forecast 0 against 180,000 won: −100 %.
    // Chen Jie: D-203 at A90 was Commit: 45,000 against 45,000: 0 %.
    // Team: 45,000 against 225,000: (45,000 − 225,000) ÷ 225,000 = −80 %.
    const cells = async (rep: string) => (await row(rep).locator('td, th').allTextContents()).slice(1);
    expect(await cells('Li Na')).toEqual(['180,000', '', '', '0', '−100\u00a0%', '0', '−100\u00a0%']);
    expect(await cells(SECOND_REP)).toEqual(['45,000', '', '', '45,000', '0\u00a0%', '45,000', '0\u00a0%']);
    expect(await cells('')).toEqual(['225,000', '', '', '45,000', '−80\u00a0%', '45,000', '−80\u00a0%']);
    expect(await row('').locator('[data-weeks="4"][data-error]').getAttribute('data-error')).toBe('-0.8');
    await page.locator('[data-accuracy-period="2026-Q4"]').scrollIntoViewIfNeeded();
    await paneShot(page, 'forecast-honesty-02-accuracy');

    // The same run wrote the Forecast accuracy sheet.
    expect(await page.locator('[data-sheet-tab="Forecast accuracy"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('speaks Chinese in the accuracy section', async () => {
    const { page, errors } = await openTeamPanel('2026-11-25');
    await page.click('.dk-lang-button[lang="zh-CN"]');
    await page.click('[data-action="forecast-accuracy"]');
    await page.waitForSelector('[data-no-closed-period]');
    expect(await page.locator('[data-no-closed-period]').textContent()).toMatch(/^尚无已结束的期间/);
    expect(await page.locator('[data-action="forecast-accuracy"]').textContent()).toBe('计算预测准确度');
    await paneShot(page, 'forecast-honesty-03-chinese');
    expect(errors).toEqual([]);
    await page.close();
  });
});
