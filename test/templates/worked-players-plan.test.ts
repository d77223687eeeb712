/**
 * The key-player map and the action plan filled with worked examples (METHODOLOGY §3, §6) and evaluated
 * in HyperFormula.
 */
import { ATTITUDES, CONTACT_LEVELS, PLAYER_LAYERS, PROJECT_BUYER_TYPES, SIGNATURE_BUYING_ROLES } from '../../shared/methods/key-players';
import type { Locale } from '../../shared/i18n';
import type { ActionPlanLayout } from '../../shared/templates/action-plan';
import { buildTemplate } from '../../shared/templates/catalog';
import type { KeyPlayersLayout } from '../../shared/templates/key-players';
import { serial, TemplateBook } from './hf-workbook';

const word = (list: readonly { id: string; label: { en: string; 'zh-CN': string } }[], id: string, locale: Locale): string => list.find((t) => t.id === id)!.label[locale];

describe('key players filled and evaluated', () => {
  it.each(['en', 'zh-CN'] as const)('weighs support by influence and flags an influential enemy (%s)', (locale) => {
    const built = buildTemplate('keyPlayers', { locale });
    const layout = built.layout as KeyPlayersLayout;
    const book = new TemplateBook(built.plan);
    const c = layout.columns;
    const people = [
      ['Li Wei', 'decisionMaker', 'decision', 'sponsor', 'deep', 5],
      ['Zhang Min', 'financialBuyer', 'decision', 'neutral', 'brief', 4],
      ['Wang Tao', 'evaluator', 'management', 'enemy', 'several', 4],
      ['Chen Jie', 'user', 'operational', 'supporter', 'several', 2],
    ] as const;
    people.forEach(([name, role, layer, attitude, contact, influence], i) => {
      const row = layout.firstRow + i;
      const roleWord = word([...SIGNATURE_BUYING_ROLES, ...PROJECT_BUYER_TYPES], role, locale);
      book.set('keyPlayers', `${c.name}${row}`, name).set('keyPlayers', `${c.role}${row}`, roleWord);
      book.set('keyPlayers', `${c.layer}${row}`, word(PLAYER_LAYERS, layer, locale));
      book.set('keyPlayers', `${c.attitude}${row}`, word(ATTITUDES, attitude, locale));
      book.set('keyPlayers', `${c.contact}${row}`, word(CONTACT_LEVELS, contact, locale));
      book.set('keyPlayers', `${c.influence}${row}`, influence);
    });
    // (5·1 + 4·0 + 4·(−1) + 2·0.5) ÷ (5 + 4 + 4 + 2) = 2/15
    expect(book.get('keyPlayers', layout.support) as number).toBeCloseTo(2 / 15, 9);
    const flags = book
      .range('keyPlayers', `${layout.risks}:${layout.risks.replace(/\d+$/, String(layout.lastRow))}`)
      .map((r) => r[0])
      .filter((v) => typeof v === 'string' && v !== '');
    expect(flags.some((f) => String(f).includes('Wang Tao'))).toBe(true);
    expect(book.errors('keyPlayers')).toEqual([]);
    book.destroy();
  });
});

describe('action plan filled and evaluated', () => {
  it('passes an objective that names the product, an amount and a close date, and says what is missing otherwise', () => {
    const built = buildTemplate('actionPlan', { locale: 'en' });
    const layout = built.layout as ActionPlanLayout;
    const book = new TemplateBook(built.plan);
    const A = 'actionPlan';
    expect(book.get(A, layout.objectiveCheck)).toBe('Missing: the product or service in the objective; the order amount; the close date');
    book.set(A, layout.gosat.objective, 'Sign the fleet-tracking suite with Northwind for 1.2M by 30 June');
    book.set(A, layout.objectiveParts.product, 'fleet-tracking suite');
    book.set(A, layout.objectiveParts.amount, 1200000);
    expect(book.get(A, layout.objectiveCheck)).toBe('Missing: the close date');
    book.set(A, layout.objectiveParts.closeDate, serial('2027-06-30'));
    expect(book.get(A, layout.objectiveCheck)).toBe(layout.objectiveOk);
    // A product the objective does not name fails the "specific" test.
    book.set(A, layout.objectiveParts.product, 'route planner');
    expect(book.get(A, layout.objectiveCheck)).toBe('Missing: the product or service in the objective');
    const e = layout.evaluation;
    book.set(A, `${e.goNoGo}${e.firstRow}`, [
      [true, true],
      [false, false],
      [true, false],
    ]);
    expect(book.get(A, e.checkpoints)).toBe(2);
    expect(book.get(A, e.billableCount)).toBe(1);
    book.destroy();
  });

  it('explains a missing part in Chinese in a Chinese workbook', () => {
    const built = buildTemplate('actionPlan', { locale: 'zh-CN' });
    const layout = built.layout as ActionPlanLayout;
    const book = new TemplateBook(built.plan);
    expect(book.get('actionPlan', layout.objectiveCheck)).toBe('缺少：目的中的产品或服务；订单金额；成交日期');
    book.destroy();
  });
});
