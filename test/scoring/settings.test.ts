import { DealKitError } from '../../shared/errors';
import { DEFAULT_SETTINGS, criterionWeight, mergeSettings, settingsFromRows } from '../../shared/scoring/settings';

function errorOf(fn: () => unknown): DealKitError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DealKitError) return e;
    throw e;
  }
  throw new Error('expected a DealKitError');
}

describe('DEFAULT_SETTINGS holds the METHODOLOGY defaults', () => {
  it('scores items +1 / -1 / 0 and answers Yes at 0.34, No at -0.34 (§1d)', () => {
    expect(DEFAULT_SETTINGS.itemScores).toEqual({ favourable: 1, unfavourable: -1, unknown: 0 });
    expect(DEFAULT_SETTINGS.answerThresholds).toEqual({ yes: 0.34, no: -0.34 });
  });
  it('knocks out hard on funding and soft on the compelling event, weighs every criterion 1, asks 3:1', () => {
    expect(DEFAULT_SETTINGS.knockOutTags).toEqual(['funding']);
    expect(DEFAULT_SETTINGS.softKnockOutTags).toEqual(['compellingEvent']);
    expect(criterionWeight(DEFAULT_SETTINGS, 'TAS.07')).toBe(1);
    expect(DEFAULT_SETTINGS.lead).toEqual({ ratio: 3, groupAdvantageMultiple: 2 });
  });
  it('control, attitudes, red flags, forecast bands and stall limit (§1e, §3, §5)', () => {
    expect(DEFAULT_SETTINGS.control).toEqual({ atRisk: 2, notInControl: 3 });
    expect(DEFAULT_SETTINGS.attitudeWeights).toEqual({ sponsor: 1, supporter: 0.5, neutral: 0, nonSupporter: -0.5, enemy: -1 });
    expect(DEFAULT_SETTINGS.redFlagInfluence).toBe(4);
    expect(DEFAULT_SETTINGS.forecast).toEqual({ bestCase: 0.5, commit: 0.9 });
    expect(DEFAULT_SETTINGS.stallDays).toBe(30);
  });
});

describe('mergeSettings', () => {
  it('overrides one value and keeps every other default', () => {
    const s = mergeSettings({ answerThresholds: { yes: 0.5 }, stallDays: 45 });
    expect(s.answerThresholds).toEqual({ yes: 0.5, no: -0.34 });
    expect(s.stallDays).toBe(45);
    expect(s.itemScores).toBe(DEFAULT_SETTINGS.itemScores);
    expect(DEFAULT_SETTINGS.answerThresholds.yes).toBe(0.34);
  });
  it('adds criterion weights and ladder overrides by id', () => {
    const s = mergeSettings({
      criterionWeights: { 'TAS.05': 2 },
      ladders: { MILESTONES: { probabilities: { C50: 0.4 }, stallDays: { B75: 14 } } },
    });
    expect(criterionWeight(s, 'TAS.05')).toBe(2);
    expect(criterionWeight(s, 'TAS.06')).toBe(1);
    expect(s.ladders.MILESTONES).toEqual({ probabilities: { C50: 0.4 }, stallDays: { B75: 14 } });
    const again = mergeSettings({ ladders: { MILESTONES: { probabilities: { B75: 0.7 } } } }, s);
    expect(again.ladders.MILESTONES?.probabilities).toEqual({ C50: 0.4, B75: 0.7 });
  });
  it('replaces lists whole', () => {
    expect(mergeSettings({ knockOutTags: ['funding'] }).knockOutTags).toEqual(['funding']);
  });
  it('rejects a mistyped key, naming its dotted path', () => {
    const e = errorOf(() => mergeSettings({ answerThresholds: { yse: 0.5 } } as never));
    expect(e.subject).toBe('answerThresholds.yse');
    expect(e.message).toContain('answerThresholds.yse');
    expect(errorOf(() => mergeSettings({ ladders: { PIPE: {} } } as never)).subject).toBe('ladders.PIPE');
  });
  it('rejects values out of range, naming the setting', () => {
    expect(errorOf(() => mergeSettings({ forecast: { commit: 90 } })).subject).toBe('forecast.commit');
    expect(errorOf(() => mergeSettings({ ladders: { FUNNEL: { probabilities: { L2: 1.5 } } } })).subject).toBe('ladders.FUNNEL.probabilities.L2');
    expect(errorOf(() => mergeSettings({ stallDays: Number.NaN })).subject).toBe('stallDays');
    expect(errorOf(() => mergeSettings({ criterionWeights: { 'TAS.01': -1 } })).subject).toBe('criterionWeights.TAS.01');
    expect(errorOf(() => mergeSettings({ knockOutTags: ['budget' as never] })).message).toContain('budget');
  });
  it('rejects thresholds that contradict each other', () => {
    expect(errorOf(() => mergeSettings({ answerThresholds: { yes: -0.5 } })).subject).toBe('answerThresholds');
    expect(errorOf(() => mergeSettings({ forecast: { bestCase: 0.95 } })).subject).toBe('forecast');
  });
  it('error messages exist in Chinese too', () => {
    const e = errorOf(() => mergeSettings({ stallDays: -3 }));
    expect(e.messageIn('zh-CN')).toContain('stallDays');
    expect(e.messageIn('zh-CN')).not.toBe(e.messageIn('en'));
  });
});

describe('settingsFromRows', () => {
  it('reads dotted keys as a settings sheet holds them, ids with dots included', () => {
    const s = settingsFromRows([
      ['answerThresholds.yes', 0.4],
      ['', ''],
      ['criterionWeights.PPVVC.PAIN.1', '3'],
      ['ladders.SIGNATURE.probabilities.Qualified', 0.45],
      ['knockOutTags', 'funding, compellingEvent'],
    ]);
    expect(s.answerThresholds.yes).toBe(0.4);
    expect(s.criterionWeights['PPVVC.PAIN.1']).toBe(3);
    expect(s.ladders.SIGNATURE?.probabilities.Qualified).toBe(0.45);
    expect(s.knockOutTags).toEqual(['funding', 'compellingEvent']);
  });
  it('names the row of a value that is not a number', () => {
    const e = errorOf(() =>
      settingsFromRows([
        ['stallDays', 30],
        ['forecast.commit', 'high'],
      ]),
    );
    expect(e.message).toContain('row 2');
    expect(e.message).toContain('forecast.commit');
  });
});
