import type { MethodId } from '../../shared/methods/types';
import type { Locale } from '../../shared/i18n';
import { exportPipelineCsvOperation, rollUpTeamOperation, takeSnapshotOperation } from '../../shared/pipeline/operations';
import { rollupPlan } from '../../shared/pipeline/rollup-plan';
import type { WritePlan } from '../../shared/plan';
import { applyPlanToHyperFormula } from '../../playground/apply-plan-hyperformula';
import type { DealFlagId } from '../../shared/pipeline/deal-flags';
import type { SheetValues } from '../../shared/sheet-values';
import { DealBook, type RatingFill } from '../deals/deal-book';
import { AS_OF } from './team-workbook';

/**
 * A team of 20 reps, 3 deals each, where 30 deals carry an assessment inserted by the real template and
 * filled so the verdicts differ; the formulas compute in HyperFormula, the roll-up reads their results
 * and writes the Dashboard back into the same engine. The deal-health table and the flags are compared
 * with an expectation built by hand from how each deal was set up — the pure result and the written sheet.
 */

const HEADER = ['Deal ID', 'Account', 'Opportunity', 'Owner', 'Amount', 'Stage', 'Close date', 'Stage entered', 'Next step'];
/** Deal 1 of every rep is at A90 (Commit), deal 2 at C50 (Best case) for even reps and G10 (Pipeline) for odd ones, deal 3 at B75. */
const stageOf = (rep: number, deal: number): string => (deal === 1 ? 'A90' : deal === 3 ? 'B75' : rep % 2 === 0 ? 'C50' : 'G10');
const categoryOf = (stage: string): string => ({ A90: 'Commit', B75: 'Best case', C50: 'Best case', G10: 'Pipeline' })[stage] ?? '';

interface Planned {
  readonly id: string;
  readonly rep: string;
  readonly stage: string;
  readonly ratings?: RatingFill;
  readonly signs?: number;
  readonly method?: MethodId;
  readonly locale?: Locale;
  /** The deal's key-player map: one person contacted (a decision maker), two contacted but no decision maker, or both. */
  readonly players?: 'single' | 'noDecisionMaker' | 'healthy';
}

const METHODS: readonly MethodId[] = ['TAS', 'SIGNATURE', 'PPVVC'];
const CRITERIA: Readonly<Record<string, number>> = { TAS: 20, SIGNATURE: 22, PPVVC: 30 };
const RATINGS: readonly RatingFill[] = ['favourable', 'unknown', 'unfavourable'];
const VERDICT: Readonly<Record<RatingFill, string>> = { favourable: 'Pursue', unknown: 'Qualify further', unfavourable: 'Walk away' };

/** Deals 1 and 2 of reps 1–15 carry assessments: 30 deals, verdicts and methods in turn, every fifth not in control. */
function plannedDeals(): Planned[] {
  const deals: Planned[] = [];
  let assessed = 0;
  for (let r = 1; r <= 20; r += 1) {
    for (let d = 1; d <= 3; d += 1) {
      const base = { id: `R${r}-${d}`, rep: `Rep ${r}`, stage: stageOf(r, d) };
      if (r <= 15 && d <= 2) {
        const i = assessed;
        assessed += 1;
        deals.push({ ...base, ratings: RATINGS[i % 3], signs: i % 5 === 0 ? 3 : i % 5 === 1 ? 2 : 0, method: METHODS[Math.floor(i / 3) % 3], locale: i % 4 === 3 ? 'zh-CN' : 'en' });
      } else deals.push(base);
    }
  }
  const players: Readonly<Record<string, Planned['players']>> = { 'R16-1': 'single', 'R17-1': 'noDecisionMaker', 'R1-2': 'healthy', 'R2-1': 'single' };
  return deals.map((deal) => (players[deal.id] ? { ...deal, players: players[deal.id] } : deal));
}

/** A key-player map as a rep keeps it: the Deal ID beside its label, then one row per person. */
function keyPlayerSheet(deal: Planned): SheetValues {
  const people: Record<NonNullable<Planned['players']>, unknown[][]> = {
    single: [['Ann', 'CFO', 'D', 'Supporter', AS_OF - 3]],
    noDecisionMaker: [
      ['Bo', 'Engineer', 'U', 'Neutral', AS_OF - 3],
      ['Cy', 'Buyer', 'E', 'Supporter', AS_OF - 5],
    ],
    healthy: [
      ['Di', 'CEO', 'D', 'Supporter', AS_OF - 3],
      ['Ed', 'Engineer', 'U', 'Neutral', AS_OF - 9],
    ],
  };
  return { name: `Players ${deal.id}`, values: [['Key players'], ['Deal ID', deal.id], [], ['Name', 'Title', 'Role', 'Attitude', 'Last contacted'], ...people[deal.players ?? 'healthy']] };
}

function repSheet(r: number): SheetValues {
  const rows: unknown[][] = [['Pipeline'], ['Rep:', `Rep ${r}`], [], HEADER];
  for (let d = 1; d <= 3; d += 1) rows.push([`R${r}-${d}`, `Account ${r}-${d}`, `Deal ${r}-${d}`, null, 10_000 * d + r, stageOf(r, d), AS_OF + 30 + d, AS_OF - 10, 'Call']);
  // A row with no amount: set aside, and the assessment carrying its id is listed, not joined.
  if (r === 20) rows.push(['R20-X', 'Account X', 'Deal X', null, null, 'C50', AS_OF + 30, AS_OF - 10, 'Call']);
  return { name: `Rep ${r}`, values: rows };
}

/** What the table should say for a deal, worked out from how it was planned (not from the code under test). */
function expectedRow(deal: Planned): (string | number | null)[] {
  const category = categoryOf(deal.stage);
  const forecast = category === 'Commit' || category === 'Best case';
  const flags: string[] = [];
  if (deal.ratings === 'unknown' && forecast) flags.push('Commit or Best case, but the verdict is Qualify further');
  if (deal.ratings === 'unfavourable' && forecast) flags.push('Commit or Best case, but the verdict is Walk away');
  if ((deal.signs ?? 0) >= 3) flags.push('Not in control');
  if (deal.players === 'single') flags.push('Single-threaded (in contact with fewer than two people)');
  if (deal.players === 'noDecisionMaker') flags.push('No decision maker on the key-player map');
  const control = deal.signs === undefined ? '' : deal.signs >= 3 ? 'Not in control' : deal.signs === 2 ? 'At risk' : 'In control';
  const gaps = deal.ratings === undefined ? null : deal.ratings === 'unknown' ? CRITERIA[deal.method ?? 'TAS'] : 0;
  return [deal.rep, deal.id, deal.ratings ? VERDICT[deal.ratings] : 'no assessment', deal.signs ?? null, control, gaps, flags.join('; ')];
}

/** The flags a deal should raise, by id. */
function expectedFlags(deal: Planned): DealFlagId[] {
  const forecast = ['Commit', 'Best case'].includes(categoryOf(deal.stage));
  return [
    ...(forecast && deal.ratings === 'unknown' ? (['forecastQualifyFurther'] as const) : []),
    ...(forecast && deal.ratings === 'unfavourable' ? (['forecastWalkAway'] as const) : []),
    ...((deal.signs ?? 0) >= 3 ? (['notInControl'] as const) : []),
    ...(deal.players === 'single' ? (['singleThreaded'] as const) : []),
    ...(deal.players === 'noDecisionMaker' ? (['noDecisionMaker'] as const) : []),
  ];
}

/** Verdict, Control and Flags a deal's Team pipeline row should show, in the workbook's language, by hand. */
function expectedTeamHealth(deal: Planned, locale: Locale): [string, string, string] {
  if (locale === 'en') {
    const [, , verdict, , control, , flags] = expectedRow(deal);
    return [String(verdict), String(control), String(flags)];
  }
  const verdictZh: Readonly<Record<RatingFill, string>> = { favourable: '全力争取', unknown: '继续评估', unfavourable: '退出' };
  const signs = deal.signs ?? 0;
  const control = deal.ratings === undefined ? '' : signs >= 3 ? '失控' : signs === 2 ? '有风险' : '可控';
  const flagsZh: Readonly<Record<DealFlagId, string>> = {
    forecastQualifyFurther: '承诺或最佳情况，但评估结论为“继续评估”',
    forecastWalkAway: '承诺或最佳情况，但评估结论为“退出”',
    notInControl: '失控',
    singleThreaded: '单线联系（接触的人少于两位）',
    noDecisionMaker: '关键人物图中没有决策人',
  };
  return [
    deal.ratings ? verdictZh[deal.ratings] : '无评估',
    control,
    expectedFlags(deal)
      .map((id) => flagsZh[id])
      .join('；'),
  ];
}

describe('the deal-health table of a 20-rep team with 30 assessed deals', () => {
  const planned = plannedDeals();
  const book = new DealBook();
  const assessmentSheet = new Map<string, string>();
  for (const deal of planned) {
    if (!deal.ratings || !deal.method || !deal.locale) continue;
    const { sheet } = book.addAssessment({ method: deal.method, locale: deal.locale, dealId: deal.id, date: AS_OF - 7, ratings: deal.ratings, signs: deal.signs ?? 0 });
    assessmentSheet.set(deal.id, sheet);
  }
  // An older assessment of R1-1 saying the opposite: superseded by the later one, and listed.
  const stale = book.addAssessment({ method: 'TAS', locale: 'en', dealId: 'R1-1', date: AS_OF - 60, ratings: 'unfavourable', signs: 5 }).sheet;
  const blank = book.addAssessment({ method: 'TAS', locale: 'en', ratings: 'unfavourable', signs: 5 }).sheet;
  const orphan = book.addAssessment({ method: 'PPVVC', locale: 'en', dealId: 'R99-1', ratings: 'unknown', signs: 0 }).sheet;
  const ofSetAside = book.addAssessment({ method: 'TAS', locale: 'en', dealId: 'R20-X', ratings: 'unknown', signs: 0 }).sheet;
  const value = book.addValue({ locale: 'en', dealId: 'R2-1', grade: [2, 4], benefit: 80_000, investment: 30_000 }).sheet;
  for (let r = 1; r <= 20; r += 1) book.addValues(repSheet(r));
  for (const deal of planned) if (deal.players) book.addValues(keyPlayerSheet(deal));
  const sheets = book.sheets();
  const { plan, view } = rollUpTeamOperation({ sheets, named: {}, asOf: AS_OF });
  const health = view.dealHealth;
  afterAll(() => book.destroy());

  const byId = new Map(health.rows.map((row) => [row.deal.id, row]));

  it('lists every counted deal, the 30 assessed ones with their verdict, control and gaps, the rest as without an assessment', () => {
    expect(health.rows).toHaveLength(60);
    expect(planned.filter((d) => d.ratings)).toHaveLength(30);
    for (const deal of planned) {
      const row = byId.get(deal.id);
      expect(row).toBeDefined();
      const a = row?.sheets.assessment;
      if (!deal.ratings) {
        expect(a).toBeUndefined();
        continue;
      }
      expect({ id: deal.id, sheet: a?.sheet, verdict: a?.verdictText, signs: a?.signs, control: a?.controlText, gaps: a?.gaps }).toEqual({
        id: deal.id,
        sheet: assessmentSheet.get(deal.id),
        verdict: VERDICT[deal.ratings],
        signs: deal.signs,
        control: expectedRow(deal)[4],
        gaps: expectedRow(deal)[5],
      });
    }
    expect(health.withoutAssessment).toBe(30);
    expect(byId.get('R2-1')?.sheets.value).toMatchObject({ sheet: value, grade: 'D', netValue: 50_000 });
  });

  it('flags exactly the deals the hand count flags', () => {
    for (const deal of planned) expect({ id: deal.id, flags: byId.get(deal.id)?.flags }).toEqual({ id: deal.id, flags: expectedFlags(deal) });
    const count = (id: DealFlagId): number => planned.filter((d) => expectedFlags(d).includes(id)).length;
    expect(health.flagCounts).toEqual({
      forecastQualifyFurther: count('forecastQualifyFurther'),
      forecastWalkAway: count('forecastWalkAway'),
      notInControl: count('notInControl'),
      singleThreaded: count('singleThreaded'),
      noDecisionMaker: count('noDecisionMaker'),
    });
    // Worked by hand over assessment i = 0…29 (rep 1 + i div 2, deal 1 + i mod 2): ratings turn favourable / unknown /
    // unfavourable with i; deal 1 is Commit, deal 2 Best case on even reps only. Qualify further in the forecast: i = 4, 7, 10,
    // 16, 19, 22, 28; Walk away there: i = 2, 8, 11, 14, 20, 23, 26; three signs ticked: i = 0, 5, 10, 15, 20, 25.
    // Key-player maps: R16-1 and R2-1 reach one person only; R17-1 reaches two, neither of them a decision maker.
    expect(health.flagCounts).toEqual({ forecastQualifyFurther: 7, forecastWalkAway: 7, notInControl: 6, singleThreaded: 2, noDecisionMaker: 1 });
  });

  it('lists the stale, blank, orphan and set-aside assessments instead of dropping them', () => {
    expect(health.issues).toEqual(
      expect.arrayContaining([
        { kind: 'superseded', sheetKind: 'assessment', sheet: stale, dealId: 'R1-1', keptSheet: assessmentSheet.get('R1-1') },
        { kind: 'noDealId', sheetKind: 'assessment', sheet: blank, dealId: '' },
        { kind: 'notInPipeline', sheetKind: 'assessment', sheet: orphan, dealId: 'R99-1' },
        { kind: 'notInPipeline', sheetKind: 'assessment', sheet: ofSetAside, dealId: 'R20-X', setAside: true },
      ]),
    );
    expect(health.issues).toHaveLength(4);
    expect(health.tally.assessment).toEqual({ read: 34, joined: 30, reported: 4 });
  });

  it('still balances: read = counted + set aside', () => {
    const r = view.rollup.reconciliation;
    expect(r.balanced).toBe(true);
    expect(r.read.deals).toBe(61);
    expect(r.counted.deals).toBe(60);
    expect(r.setAside.deals).toBe(1);
    expect(r.read.deals).toBe(r.counted.deals + r.setAside.deals);
  });

  it('writes the same table to the Dashboard, read back from HyperFormula', () => {
    const names = book.apply(plan);
    const dashboard = book.sheets().find((s) => s.name === names.dashboard) as SheetValues;
    const header = dashboard.values.findIndex((row) => row[0] === 'Rep' && row[1] === 'Deal ID' && row[5] === 'Verdict');
    expect(header).toBeGreaterThan(0);
    const written = dashboard.values.slice(header + 1, header + 61).map((row) => [row[0], row[1], row[5], row[6] ?? null, row[7], row[9] ?? null, row[12]]);
    const expected = planned.map(expectedRow).map((row) => row.map((cell) => (cell === '' ? null : cell)));
    const asWritten = written.map((row) => row.map((cell) => (cell === '' ? null : cell)));
    expect(new Set(asWritten.map((row) => JSON.stringify(row)))).toEqual(new Set(expected.map((row) => JSON.stringify(row))));
    // Flagged deals first.
    const flaggedRows = planned.filter((d) => expectedFlags(d).length > 0).length;
    expect(asWritten.slice(0, flaggedRows).every((row) => row[6] !== null)).toBe(true);
    const counts = (label: string): unknown => dashboard.values.find((row) => row[0] === label)?.[1];
    expect(counts('Commit or Best case, but the verdict is Qualify further')).toBe(7);
    expect(counts('Commit or Best case, but the verdict is Walk away')).toBe(7);
    expect(counts('Not in control')).toBe(6);
    expect(counts('Single-threaded (in contact with fewer than two people)')).toBe(2);
    expect(counts('No decision maker on the key-player map')).toBe(1);
    expect(counts('No assessment')).toBe(30);
    // 20 reps × (10,000 + 20,000 + 30,000) + 3 × (1 + … + 20); the row without an amount adds nothing.
    expect(dashboard.values.some((row) => row[0] === 'Read 61 rows (1,200,630.00) = counted 60 (1,200,630.00) + set aside 1 (0.00).')).toBe(true);
  });

  it('writes the table in Chinese for a Chinese workbook', () => {
    const zh = rollupPlan(view.rollup, view.dashboard, { locale: 'zh-CN', dealHealth: health });
    const board = zh.sheets.find((sheet) => sheet.key === 'dashboard');
    const cells = (board?.values ?? []).flatMap((block) => block.rows.flat());
    for (const shown of ['商机健康度', '结论', '失控信号数', '净价值', '无评估', '承诺或最佳情况，但评估结论为“继续评估”', '未与商机行对应的商机工作表']) expect(cells).toContain(shown);
    expect(cells).not.toContain('no assessment');
  });

  /**
   * The Team pipeline a plan writes, read back from HyperFormula as a host would show it, with the
   * cells the playground grid shades.
   */
  function writtenTeamPipeline(written: WritePlan): { header: readonly unknown[]; rows: readonly (readonly unknown[])[]; filled: (row: number, column: number) => boolean } {
    const applied = applyPlanToHyperFormula(book.hf, written);
    const name = applied.sheetNames.teamPipeline;
    const values = book.sheets().find((sheet) => sheet.name === name)?.values ?? [];
    // Header on row 6, deals from row 7: where the Dashboard's funnel formulas look.
    const header = values[5] ?? [];
    const styles = applied.extras[name]?.styles ?? [];
    const filled = (row: number, column: number): boolean =>
      styles.some((s) => s.fill !== undefined && row >= s.row && row < s.row + s.height && column >= s.column && column < s.column + s.width);
    return { header, rows: values.slice(6, 6 + 60), filled };
  }

  const blankAsEmpty = (cell: unknown): unknown => (cell === null || cell === undefined ? '' : cell);

  for (const locale of ['en', 'zh-CN'] as const) {
    it(`shows each deal's verdict, control and flags on its Team pipeline row, after the columns that were there (${locale})`, () => {
      const written = locale === 'en' ? plan : rollupPlan(view.rollup, view.dashboard, { locale, dealHealth: health });
      const { header, rows, filled } = writtenTeamPipeline(written);
      // The columns other sheets and users' formulas point at keep their letters; the three new ones come after Source row.
      const expectedHeader =
        locale === 'en'
          ? { 1: 'Deal ID', 4: 'Amount', 6: 'Stage', 9: 'Weighted', 19: 'Source sheet', 20: 'Source row', 21: 'Verdict', 22: 'Control', 23: 'Flags' }
          : { 1: '商机编号', 4: '金额', 6: '阶段', 9: '加权金额', 19: '来源工作表', 20: '来源行', 21: '结论', 22: '控制程度', 23: '预警' };
      expect(Object.fromEntries(Object.keys(expectedHeader).map((at) => [at, header[Number(at)]]))).toEqual(expectedHeader);
      expect(header).toHaveLength(24);
      const byDeal = new Map(planned.map((deal) => [deal.id, deal]));
      expect(new Set(rows.map((row) => row[1]))).toEqual(new Set(planned.map((deal) => deal.id)));
      rows.forEach((row, i) => {
        const deal = byDeal.get(String(row[1])) as Planned;
        const [r, d] = deal.id.slice(1).split('-').map(Number);
        expect({ id: deal.id, amount: row[4], stage: row[6], health: row.slice(21, 24).map(blankAsEmpty) }).toEqual({
          id: deal.id,
          amount: 10_000 * d + r,
          stage: deal.stage,
          health: expectedTeamHealth(deal, locale),
        });
        // A flagged deal's three health cells are shaded, and only those: the deal's own columns keep their look.
        const flagged = expectedFlags(deal).length > 0;
        expect({ id: deal.id, shaded: [21, 22, 23].map((column) => filled(6 + i, column)), dealColumns: [0, 4, 20].some((column) => filled(6 + i, column)) }).toEqual({
          id: deal.id,
          shaded: [flagged, flagged, flagged],
          dealColumns: false,
        });
      });
      expect(rows.filter((row) => row[21] === (locale === 'en' ? 'no assessment' : '无评估'))).toHaveLength(30);
    });
  }

  it('reads the same team, CSV export and snapshot back from a workbook holding the written Team pipeline', () => {
    applyPlanToHyperFormula(book.hf, plan);
    applyPlanToHyperFormula(book.hf, rollupPlan(view.rollup, view.dashboard, { locale: 'zh-CN', dealHealth: health }));
    const withOutputs = book.sheets();
    expect(withOutputs.length).toBeGreaterThan(sheets.length);
    const before = { sheets, named: {}, asOf: AS_OF };
    const after = { sheets: withOutputs, named: {}, asOf: AS_OF };
    const again = rollUpTeamOperation(after).view;
    expect(again.rollup.reconciliation).toEqual(view.rollup.reconciliation);
    expect(again.dashboard.deals.map((d) => [d.id, d.sheet, d.row, d.amount, d.weighted])).toEqual(view.dashboard.deals.map((d) => [d.id, d.sheet, d.row, d.amount, d.weighted]));
    // The Team pipeline's Verdict and Flags headers do not make it an assessment, nor its rows key players.
    expect(again.dealHealth.tally).toEqual(health.tally);
    expect(again.dealHealth.rows.map((row) => [row.deal.id, row.sheets.assessment?.sheet, row.flags])).toEqual(
      health.rows.map((row) => [row.deal.id, row.sheets.assessment?.sheet, row.flags]),
    );
    for (const format of ['salesforce', 'hubspot'] as const) expect(exportPipelineCsvOperation(after, format).csv).toBe(exportPipelineCsvOperation(before, format).csv);
    expect(takeSnapshotOperation(after, '2026-12-01T09:00').plan).toEqual(takeSnapshotOperation(before, '2026-12-01T09:00').plan);
  });
});
