/**
 * Typical pains by title on the value proposition's pain sheet: the title dropdown suggests the
 * method's titles and keeps any other, the title's typical pains appear beside the Pain cell and are
 * what its dropdown offers, and the root need is one of three — in HyperFormula, in both languages.
 */
import { HyperFormula } from 'hyperformula';
import type { Locale } from '../../shared/i18n';
import { TYPICAL_PAINS_BY_TITLE } from '../../shared/methods/key-player-guide';
import { PAIN_ROOT_NEEDS } from '../../shared/methods/ppvvc-guide';
import { parseA1 } from '../../shared/a1';
import { buildTemplate } from '../../shared/templates/catalog';
import type { ValuePropositionLayout } from '../../shared/templates/value-proposition';
import { registerDealKitFunctions } from '../../playground/dealkit-plugin';
import { applyPlanToHyperFormula, dropdownItems } from '../../playground/apply-plan-hyperformula';
import { valuesOf } from './plan-checks';

function built(locale: Locale) {
  const b = buildTemplate('valueProposition', { locale });
  const layout = b.layout as ValuePropositionLayout;
  const sheet = b.plan.sheets.find((s) => s.key === b.sheetKey);
  if (!sheet) throw new Error('no value sheet');
  return { plan: b.plan, sheetKey: b.sheetKey, layout, sheet };
}

function workbook(locale: Locale) {
  const { plan, sheetKey, layout } = built(locale);
  registerDealKitFunctions();
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  const applied = applyPlanToHyperFormula(hf, plan);
  const name = applied.sheetNames[sheetKey];
  const id = hf.getSheetId(name) as number;
  const type = (a1: string, value: string): void => {
    const box = parseA1(a1);
    hf.setCellContents({ sheet: id, row: box.row, col: box.column }, [[value]]);
  };
  const suggestions = (): unknown[] => {
    const box = parseA1(layout.painSheet.suggestions);
    return (hf.getRangeValues({ start: { sheet: id, row: box.row, col: box.column }, end: { sheet: id, row: box.row, col: box.column + box.width - 1 } })[0] ?? []).filter((v) => v !== '');
  };
  /** What the Pain cell's dropdown lists in the playground grid right now. */
  const painDropdown = (): string[] => {
    const rule = applied.extras[name].inputs[layout.painSheet.pain];
    if (rule?.kind !== 'listFromRange') throw new Error('the Pain cell has no range dropdown');
    return dropdownItems(hf, rule.source, name);
  };
  return { hf, layout, type, suggestions, painDropdown, rule: (a1: string) => applied.extras[name].inputs[a1] };
}

const cfo = TYPICAL_PAINS_BY_TITLE.find((t) => t.id === 'cfo')!;
const vpManufacturing = TYPICAL_PAINS_BY_TITLE.find((t) => t.id === 'vpManufacturing')!;

describe('typical pains by title on the pain sheet', () => {
  it.each(['en', 'zh-CN'] as const)('the title dropdown lists the method’s titles and lets the rep type another; the root need takes only the three (%s)', (locale) => {
    const { layout, sheet } = built(locale);
    const validations = sheet.validations ?? [];
    expect(validations).toContainEqual({ range: layout.painSheet.title, kind: 'list', items: TYPICAL_PAINS_BY_TITLE.map((t) => t.label[locale]), allowOther: true });
    expect(validations).toContainEqual({ range: layout.painSheet.rootNeed, kind: 'list', items: PAIN_ROOT_NEEDS.map((n) => n.label[locale]) });
    const pain = validations.find((v) => v.range === layout.painSheet.pain);
    expect(pain).toMatchObject({ kind: 'listFromRange', allowOther: true });
  });

  it.each(['en', 'zh-CN'] as const)('writes the whole table of titles and their pains in the workbook’s language (%s)', (locale) => {
    const { sheet } = built(locale);
    const cells = [...valuesOf(sheet).values()];
    for (const title of TYPICAL_PAINS_BY_TITLE) {
      expect(cells).toContain(title.label[locale]);
      for (const pain of title.pains) expect(cells).toContain(pain[locale]);
    }
  });

  it('picking CFO shows the CFO’s four pains beside the Pain cell and in its dropdown; picking another title changes them', () => {
    const book = workbook('en');
    expect(book.suggestions()).toEqual([]);
    book.type(book.layout.painSheet.title, 'Chief financial officer (CFO)');
    expect(book.suggestions()).toEqual(['Profit leaking away', 'No timely, accurate reporting', 'Cash-flow problems', 'Falling return on investment and on assets']);
    expect(book.painDropdown()).toEqual(cfo.pains.map((p) => p.en));
    book.type(book.layout.painSheet.title, 'VP of manufacturing');
    expect(book.painDropdown()).toEqual(vpManufacturing.pains.map((p) => p.en));
    expect(book.painDropdown()).toHaveLength(5);
    book.hf.destroy();
  });

  it('in a Chinese workbook the Chinese title brings the Chinese pains', () => {
    const book = workbook('zh-CN');
    book.type(book.layout.painSheet.title, '首席财务官 (CFO)');
    expect(book.suggestions()).toEqual(['利润流失', '缺乏及时、准确的报表', '现金流问题', '投资回报率和资产回报率下降']);
    book.hf.destroy();
  });

  it('a title of the rep’s own (not in the table) is kept and simply brings no suggestions', () => {
    const book = workbook('en');
    book.type(book.layout.painSheet.title, 'Chief information officer');
    expect(book.suggestions()).toEqual([]);
    expect(book.rule(book.layout.painSheet.title)).toMatchObject({ kind: 'list', allowOther: true });
    expect(book.rule(book.layout.painSheet.pain)).toMatchObject({ kind: 'listFromRange', allowOther: true });
    book.hf.destroy();
  });
});
