/**
 * The key-player sheet's relationship strategy: the Deal ID the roll-up joins it by, target attitude,
 * contact dates, relationship stage (seed 001's stages) and the position × influence chart; and the
 * Dashboard list a roll-up writes from a workbook built with the real templates in the playground.
 */
import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { dealIdOfSheet } from '../../shared/deals/deal-sheet';
import { keyPlayersByDeal } from '../../shared/deals/key-players-summary';
import { LOCALES } from '../../shared/i18n';
import { ATTITUDES, SIGNATURE_BUYING_ROLES } from '../../shared/methods/key-players';
import { RELATIONSHIP_STAGES } from '../../shared/methods/key-player-guide';
import { serialFromParts } from '../../shared/pipeline/dates';
import { SETTINGS_NAMES } from '../../shared/settings/names';
import { buildTemplate } from '../../shared/templates/catalog';
import type { KeyPlayersLayout } from '../../shared/templates/key-players';
import type { PipelineFunnelLayout } from '../../shared/templates/pipeline-funnel';
import { playerDropdown } from '../../shared/templates/player-words';
import { operationsOver } from '../../shared/workbook/run-operation';
import { valuesOf } from './plan-checks';

describe.each(LOCALES)('the key-player sheet in %s', (locale) => {
  const built = buildTemplate('keyPlayers', { locale });
  const layout = built.layout as KeyPlayersLayout;
  const sheet = built.plan.sheets.find((s) => s.key === built.sheetKey)!;
  const column = (field: keyof KeyPlayersLayout['columns']): string => `${layout.columns[field]}${layout.firstRow}:${layout.columns[field]}${layout.lastRow}`;

  it('carries a Deal ID label with an input beside it, which the deal convention reads', () => {
    const values = valuesOf(sheet);
    const grid = Array.from({ length: 6 }, (_, r) => Array.from({ length: 3 }, (__, c) => values.get(`${'ABC'[c]}${r + 1}`) ?? null));
    grid[Number(layout.dealId.slice(1)) - 1][1] = 'D-42';
    expect(dealIdOfSheet({ name: 'x', values: grid })?.id).toBe('D-42');
    expect(built.inputs.map((i) => i.range)).toContain(layout.dealId);
  });

  it('offers the attitude words for the target attitude, dates for the contacts and seed 001’s relationship stages', () => {
    const attitude = sheet.validations?.find((v) => v.range === column('attitude'));
    const target = sheet.validations?.find((v) => v.range === column('targetAttitude'));
    expect(target).toEqual({ ...attitude, range: column('targetAttitude') });
    expect(sheet.validations).toContainEqual({ range: `${layout.columns.lastContact}${layout.firstRow}:${layout.columns.nextContact}${layout.lastRow}`, kind: 'date' });
    const stages = sheet.validations?.find((v) => v.range === column('relationshipStage'));
    expect(stages).toEqual({ range: column('relationshipStage'), kind: 'list', items: RELATIONSHIP_STAGES.map((s) => s.label[locale]) });
    if (locale === 'zh-CN') expect(stages?.kind === 'list' ? stages.items.slice(0, 3) : []).toEqual(['孕育阶段', '初期阶段', '中期阶段']);
  });

  it('declares a position × influence scatter chart over the two score columns', () => {
    expect(sheet.charts).toEqual([
      expect.objectContaining({ kind: 'scatter', source: `${layout.columns.position}${layout.firstRow - 1}:${layout.columns.influence}${layout.lastRow}`, anchor: layout.grid.anchor }),
    ]);
    // Position is the x column, influence the one series beside it.
    expect(layout.columns.influence.charCodeAt(0) - layout.columns.position.charCodeAt(0)).toBe(1);
  });
});

function words(vocabulary: 'role' | 'attitude', id: string): string {
  const terms = vocabulary === 'role' ? SIGNATURE_BUYING_ROLES : ATTITUDES;
  return playerDropdown(vocabulary, [terms.find((t) => t.id === id)!], 'en')[0];
}

describe('the Dashboard’s decision-maker list over a workbook built from the templates', () => {
  const today = new Date();
  const todaySerial = serialFromParts(today.getFullYear(), today.getMonth() + 1, today.getDate());

  function workbook(): PlaygroundWorkbook {
    const book = new PlaygroundWorkbook();
    const pipelineBuild = buildTemplate('pipelineFunnel', { locale: 'en', ladder: 'MILESTONES' });
    const pipeline = book.applyPlan(pipelineBuild.plan).sheetNames[pipelineBuild.sheetKey];
    const p = pipelineBuild.layout as PipelineFunnelLayout;
    [
      ['K-1', 'Northwind', 'Scanning', 'Ann', '50000', '', 'C50'],
      ['K-2', 'Fabrikam', 'Portal', 'Bo', '20000', '', 'E25'],
      ['K-3', 'Tailspin', 'Rostering', 'Ann', '10000', '', 'S100'],
    ].forEach((row, i) => {
      book.setCellInputs(pipeline, `${p.columns.id}${p.firstRow + i}:${p.columns.stage}${p.firstRow + i}`, [row]);
      book.setCellInput(pipeline, `${p.columns.closeDate}${p.firstRow + i}`, '2027-01-20');
    });
    // One map per deal: K-1's decision maker is neutral, K-2's a supporter not seen for 45 days, K-3 is won.
    const maps: [string, string, number][] = [
      ['K-1', 'neutral', 3],
      ['K-2', 'supporter', 45],
      ['K-3', 'enemy', 2],
      ['K-9', 'supporter', 10],
    ];
    for (const [id, attitude, daysAgo] of maps) {
      const build = buildTemplate('keyPlayers', { locale: 'en' });
      const k = build.layout as KeyPlayersLayout;
      const sheet = book.applyPlan(build.plan).sheetNames[build.sheetKey];
      book.setCellInput(sheet, k.dealId, id);
      const row = k.firstRow;
      book.setCellInput(sheet, `${k.columns.name}${row}`, `DM of ${id}`);
      book.setCellInput(sheet, `${k.columns.role}${row}`, words('role', 'decisionMaker'));
      book.setCellInput(sheet, `${k.columns.attitude}${row}`, words('attitude', attitude));
      book.hf.setCellContents({ sheet: book.sheetId(sheet) as number, row: row - 1, col: k.columns.lastContact.charCodeAt(0) - 65 }, [[todaySerial - daysAgo]]);
    }
    return book;
  }

  it('lists the open deals whose decision maker is neutral or worse or silent too long, worst first, and leaves won deals out', () => {
    const book = workbook();
    const found = keyPlayersByDeal(book.read({ sheets: 'all' }).sheets);
    expect([...found.keys()].sort()).toEqual(['K-1', 'K-2', 'K-3', 'K-9']);
    expect(operationsOver(book.host()).rollUpTeam(null, 'en').ok).toBe(true);
    const board = book.sheetNames().find((name) => name.startsWith('Dashboard')) as string;
    const rows = book.snapshot(board, false)?.values ?? [];
    const title = rows.findIndex((row) => row[0] === 'Decision maker not won over or not contacted');
    expect(rows[title + 1][0]).toContain('not contacted for more than 30 days');
    expect(rows[title + 2][0]).toBe('Deal ID');
    const listed = rows.slice(title + 3, title + 5).map((row) => [row[0], row[1], row[2], row[3], row[4], row[6], row[7]]);
    expect(listed).toEqual([
      ['K-1', 'Ann', 'Scanning', 'DM of K-1', 'Neutral', 3, 'neutral or worse'],
      ['K-2', 'Bo', 'Portal', 'DM of K-2', 'Supporter', 45, 'not contacted lately'],
    ]);
    expect(rows[title + 5]?.[0] ?? '').toBe('');
  });

  it('follows the Settings sheet’s limit: at 60 days the quiet supporter is no longer listed', () => {
    const book = workbook();
    const cell = book.namedCell(SETTINGS_NAMES.decisionMakerContactDays);
    expect(cell).not.toBeNull();
    book.setCellInput(cell!.sheet, cell!.a1, '60');
    // A Chinese workbook: the roll-up writes in the workbook's language.
    const language = book.namedCell(SETTINGS_NAMES.language)!;
    book.setCellInput(language.sheet, language.a1, 'zh-CN');
    expect(operationsOver(book.host()).rollUpTeam(null, 'zh-CN').ok).toBe(true);
    const board = book.sheetNames().find((name) => name.startsWith('仪表板')) as string;
    const rows = book.snapshot(board, false)?.values ?? [];
    const title = rows.findIndex((row) => row[0] === '决策人未争取到或久未接触');
    expect(title).toBeGreaterThan(0);
    expect(rows[title + 1][0]).toContain('超过 60 天未接触');
    expect(
      rows
        .slice(title + 3)
        .filter((row) => typeof row[0] === 'string' && /^K-/.test(row[0]))
        .map((row) => [row[0], row[4], row[7]]),
    ).toEqual([['K-1', '中立者', '中立者或更差']]);
  });
});
