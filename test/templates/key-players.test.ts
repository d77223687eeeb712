import { LOCALES } from '../../shared/i18n';
import { ATTITUDES } from '../../shared/methods/key-players';
import { parseKeyPlayer } from '../../shared/scoring/players';
import { buildTemplate } from '../../shared/templates/catalog';
import type { KeyPlayersLayout } from '../../shared/templates/key-players';
import { chineseInEnglish, commonProblems, formulasOf, nonChineseLabels } from './plan-checks';

describe('key-players template', () => {
  it.each(LOCALES)('builds a well-formed, protected plan in %s', (locale) => {
    const built = buildTemplate('keyPlayers', { locale });
    expect(commonProblems(built.plan, built.sheetKey, built.inputs)).toEqual([]);
    if (locale === 'zh-CN') expect(nonChineseLabels(built.plan)).toEqual([]);
    else expect(chineseInEnglish(built.plan)).toEqual([]);
  });

  it('offers the five attitudes and colours a row by the attitude chosen', () => {
    const built = buildTemplate('keyPlayers', { locale: 'zh-CN' });
    const layout = built.layout as KeyPlayersLayout;
    const sheet = built.plan.sheets.find((s) => s.key === built.sheetKey)!;
    const attitudeRange = `${layout.columns.attitude}${layout.firstRow}:${layout.columns.attitude}${layout.lastRow}`;
    expect(sheet.validations).toContainEqual({ range: attitudeRange, kind: 'list', items: ATTITUDES.map((a) => a.label['zh-CN']) });
    const rules = (sheet.conditionalFormats ?? []).filter((c) => c.rule.kind === 'formula');
    expect(rules.map((r) => (r.rule.kind === 'formula' ? r.rule.formula : ''))).toContain(
      `=$${layout.columns.attitude}${layout.firstRow}="${ATTITUDES.find((a) => a.id === 'enemy')!.label['zh-CN']}"`,
    );
  });

  it('feeds SUPPORT and RELATIONSHIP_RISKS whole columns, so one call serves every person', () => {
    const built = buildTemplate('keyPlayers', { locale: 'en' });
    const layout = built.layout as KeyPlayersLayout;
    const sheet = built.plan.sheets.find((s) => s.key === built.sheetKey)!;
    const formulas = new Map(formulasOf(sheet).map((f) => [f.cell, f.formula]));
    const c = layout.columns;
    const r = (col: string): string => `${col}${layout.firstRow}:${col}${layout.lastRow}`;
    expect(formulas.get(layout.support)).toContain(`{{DEAL}}SUPPORT(${r(c.attitude)},${r(c.influence)},DK_RULES)`);
    expect(formulas.get(layout.risks)).toBe(`={{DEAL}}RELATIONSHIP_RISKS(${r(c.name)},${r(c.role)},${r(c.layer)},${r(c.attitude)},${r(c.contact)},${r(c.influence)},DK_RULES)`);
    // RELATIONSHIP_RISKS reads the red-flag influence through DK_RULES: the Settings sheet comes along (only when missing).
    expect(built.plan.sheets.map((s) => s.key)).toEqual(expect.arrayContaining(['settings', built.sheetKey]));
    expect(built.plan.sheets).toHaveLength(2);
    expect(built.plan.sheets.find((s) => s.key === 'settings')?.onlyIfNamedRangeMissing).toBe('DK_STAGES');
  });

  it.each(LOCALES)('offers only words the scoring core reads, in %s', (locale) => {
    const built = buildTemplate('keyPlayers', { locale });
    const layout = built.layout as KeyPlayersLayout;
    const sheet = built.plan.sheets.find((s) => s.key === built.sheetKey)!;
    const itemsOf = (field: 'role' | 'layer' | 'attitude' | 'contact'): string[] => {
      const v = sheet.validations!.find((x) => x.range.startsWith(`${layout.columns[field]}${layout.firstRow}:`));
      return v && v.kind === 'list' ? [...v.items] : [];
    };
    const unread: string[] = [];
    const tryRead = (word: string, cells: Record<string, unknown>): void => {
      try {
        parseKeyPlayer({ name: 'A', attitude: 'Neutral', influence: 3, ...cells }, 'row');
      } catch {
        unread.push(word);
      }
    };
    for (const word of itemsOf('role')) tryRead(word, { roles: word });
    for (const word of itemsOf('layer')) tryRead(word, { layer: word });
    for (const word of itemsOf('attitude')) tryRead(word, { attitude: word });
    for (const word of itemsOf('contact')) tryRead(word, { contact: word });
    expect(unread).toEqual([]);
  });
});
