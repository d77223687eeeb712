import { invokeFunction } from '../../../shared/functions/invoke';
import type { AssessmentLayout } from '../../../shared/templates/assessment';
import { buildTemplate } from '../../../shared/templates/catalog';
import { settingsTemplate } from '../../../shared/templates/settings';
import { TemplateBook } from '../../templates/hf-workbook';
import { ratingColumn } from '../../functions/helpers';
import { VERDICT_LABELS } from '../../../shared/scoring/assessment';

// seeds/000_97e7afed6436debf.txt: "进攻型,防守型,使用,迫切需要行动,或制造迫切的行动的理由,处于竞争的位置,无迫切的要求,处于不利位置,正面,侧面,分割,防御,开发"
// With no urgency (无迫切的要求) the seed's answer is a defensive strategy, Defend or Develop — not walking away.
const SEED_NO_URGENCY = '无迫切的要求';
// seeds/002_958c185825c1fb55.txt: "- 有时间表解决这个痛苦吗?"
const SEED_PPVVC_TIMETABLE = '有时间表解决这个痛苦吗?';
// seeds/002_958c185825c1fb55.txt: "- 预算到位了吗?"
const SEED_PPVVC_BUDGET = '预算到位了吗?';

const S = 'assessment';

function book(method: 'TAS' | 'PPVVC', locale: 'en' | 'zh-CN'): { book: TemplateBook; layout: AssessmentLayout } {
  const built = buildTemplate('assessment', { method, locale });
  return { book: new TemplateBook(built.plan), layout: built.layout as AssessmentLayout };
}

function rate(b: TemplateBook, layout: AssessmentLayout, ratings: readonly string[]): void {
  b.set(
    S,
    layout.criteria[0]!.rating,
    ratings.map((r) => [r]),
  );
}

/** The Settings sheet's knock-out cell of a criterion, as the template writes it. */
function knockOutCell(criterionId: string): string {
  const weight = settingsTemplate({ locale: 'en' }).layout.weights.find((w) => w.criterionId === criterionId);
  if (!weight) throw new Error(`no Settings row for ${criterionId}`);
  return weight.knockOut;
}

describe(`A - on the compelling event is not a walk-away ("${SEED_NO_URGENCY}": defend or develop)`, () => {
  it('TAS: everything + but the compelling event -: Qualify further, and the strategy path defends our base', () => {
    const { book: b, layout } = book('TAS', 'en');
    rate(b, layout, [...'++++-+++++++++++++++']);
    expect(b.get(S, layout.verdict)).toBe('Qualify further');
    expect(b.get(S, layout.strategyInputs.compelling)).toBe(false);
    expect(b.get(S, layout.strategy)).toBe('Defend');
    expect(b.errors(S)).toEqual([]);
    b.destroy();
  });

  it('TAS: access to funds - is still a hard knock-out: Walk away', () => {
    const { book: b, layout } = book('TAS', 'en');
    rate(b, layout, [...'+++-++++++++++++++++']);
    expect(b.get(S, layout.verdict)).toBe('Walk away');
    b.destroy();
  });

  it(`PPVVC in Chinese: "${SEED_PPVVC_TIMETABLE}" answered 否 gives Qualify further; "${SEED_PPVVC_BUDGET}" answered 否 gives Walk away`, () => {
    const { book: b, layout } = book('PPVVC', 'zh-CN');
    const answers = Array.from({ length: 30 }, () => '是');
    answers[5] = '否'; // Pain 6: the timetable to fix it — soft
    rate(b, layout, answers);
    expect(b.get(S, layout.verdict)).toBe(VERDICT_LABELS.qualifyFurther['zh-CN']);
    b.set(S, layout.criteria[4]!.rating, '否'); // Pain 5: budget in place — hard
    expect(b.get(S, layout.verdict)).toBe(VERDICT_LABELS.walkAway['zh-CN']);
    b.destroy();
  });

  it('QUALIFY with a compelling event - and no settings: Qualify further, never Pursue', () => {
    expect(invokeFunction('QUALIFY', [ratingColumn('++++- +++++ +++++ +++++')])).toBe('Qualify further');
  });
});

describe('Both kinds are set per criterion in the Settings sheet, and older sheets still read', () => {
  it('a new Settings sheet writes HARD on access to funds and SOFT on the compelling event', () => {
    const { book: b } = book('TAS', 'en');
    expect(b.get('settings', knockOutCell('TAS.04'))).toBe('HARD');
    expect(b.get('settings', knockOutCell('TAS.05'))).toBe('SOFT');
    expect(b.get('settings', knockOutCell('TAS.03'))).toBeNull();
    b.destroy();
  });

  it('a manager who types HARD on the compelling event walks away on its -, and SOFT on funds holds at Qualify further', () => {
    const { book: b, layout } = book('TAS', 'en');
    rate(b, layout, [...'++++-+++++++++++++++']);
    b.set('settings', knockOutCell('TAS.05'), 'HARD');
    expect(b.get(S, layout.verdict)).toBe('Walk away');
    rate(b, layout, [...'+++-++++++++++++++++']);
    b.set('settings', knockOutCell('TAS.04'), 'soft');
    expect(b.get(S, layout.verdict)).toBe('Qualify further');
    b.destroy();
  });

  it('an older sheet’s TRUE tick reads as the criterion’s default kind (SOFT for the compelling event), and as HARD on any other criterion', () => {
    const { book: b, layout } = book('TAS', 'en');
    b.set('settings', knockOutCell('TAS.04'), true).set('settings', knockOutCell('TAS.05'), true).set('settings', knockOutCell('TAS.03'), true);
    rate(b, layout, [...'++++-+++++++++++++++']);
    expect(b.get(S, layout.verdict)).toBe('Qualify further');
    rate(b, layout, [...'+++-++++++++++++++++']);
    expect(b.get(S, layout.verdict)).toBe('Walk away');
    rate(b, layout, [...'++-+++++++++++++++++']);
    expect(b.get(S, layout.verdict)).toBe('Walk away');
    b.set('settings', knockOutCell('TAS.03'), false);
    expect(b.get(S, layout.verdict)).toBe('Pursue');
    b.destroy();
  });

  it('a knock-out cell it cannot read is an error naming the row, the criterion and the Settings cell, never a silent default', () => {
    const cell = knockOutCell('TAS.05');
    const weightCell = cell.replace(/^C/, 'B');
    expect(() => invokeFunction('QUALIFY', [ratingColumn('+++++ +++++ +++++ +++++'), null, null, [['TAS.05', 1, 'maybe', weightCell]]])).toThrow(
      `settings, row 1: TAS.05 (Settings cell ${weightCell}): the knock-out 'maybe' must be HARD, SOFT or blank`,
    );
  });
});
