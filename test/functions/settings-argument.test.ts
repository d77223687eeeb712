/**
 * The settings argument every DealKit function takes last (the Settings sheet's DK_RULES block): what a
 * manager types there reaches the function, a value that cannot be read is an error naming the row,
 * the key and the Settings cell in both languages, and only the functions that read a rule see its error.
 */
import { isDealKitError } from '../../shared/errors';
import { invokeFunction, invokeForHost } from '../../shared/functions/invoke';
import { findFunction } from '../../shared/functions/catalog';
import { ratingColumn } from './helpers';

const ratings = ratingColumn('+++++ +???? +++++ +++++');

function messageOf(run: () => unknown): { en: string; zh: string } {
  try {
    run();
  } catch (error) {
    if (isDealKitError(error)) return { en: error.text.en, zh: error.text['zh-CN'] };
    throw error;
  }
  throw new Error('expected an error');
}

describe('the settings argument', () => {
  it('omitted or blank: DealKit’s documented defaults', () => {
    expect(invokeFunction('QUALIFY', [ratings])).toBe('Qualify further');
    expect(invokeFunction('QUALIFY', [ratings, null, null, [[null, null]]])).toBe('Qualify further');
  });

  it('sets thresholds by key, in any case, in a range or an array constant', () => {
    expect(invokeFunction('QUALIFY', [ratings, null, null, [['YES_THRESHOLD', 0.2]]])).toBe('Pursue');
    expect(invokeFunction('QUALIFY', [ratings, null, null, [['yes_threshold', '20%']]])).toBe('Pursue');
    expect(
      invokeFunction('CONTROL', [
        [[true], [true]],
        [
          ['control_at_risk', 3],
          ['control_limit', 4],
        ],
      ]),
    ).toBe('In control');
    expect(invokeFunction('FORECAST_CATEGORY', [[['A90']], null, null, [['commit_from', 0.95]]])).toEqual([['Best case']]);
  });

  it('a criterion row sets its weight and its knock-out tick; criteria not listed keep their default knock-out', () => {
    // TAS.03 (financial condition) ticked as a knock-out: a - on it answers its key question No whatever the score.
    const financialMinus = ratingColumn('++-++ +++++ +++++ +++++');
    expect(invokeFunction('QUALIFY', [financialMinus])).toBe('Pursue');
    expect(invokeFunction('QUALIFY', [financialMinus, null, null, [['TAS.03', 1, true]]])).toBe('Walk away');
    // TAS.05 (compelling event) is not listed: it keeps its default knock-out, a soft one.
    const compellingMinus = ratingColumn('++++- +++++ +++++ +++++');
    expect(invokeFunction('QUALIFY', [compellingMinus, null, null, [['TAS.03', 1, true]]])).toBe('Qualify further');
    expect(invokeFunction('QUALIFY', [compellingMinus, null, null, [['TAS.05', 1, false]]])).toBe('Pursue');
  });

  it('names the row, the key and the Settings cell of a value it cannot read, in both languages', () => {
    expect(
      messageOf(() =>
        invokeFunction('QUALIFY', [
          ratings,
          null,
          null,
          [
            ['language', 'en', '', 'B5'],
            ['yes_threshold', 'high', '', 'B22'],
          ],
        ]),
      ),
    ).toEqual({
      en: "settings, row 2: yes_threshold (Settings cell B22): 'high' is not a number",
      zh: "settings，第 2 行：yes_threshold(设置表单元格 B22)：'high' 不是数字",
    });
    expect(messageOf(() => invokeFunction('QUALIFY', [ratings, null, null, [['yes_threshold', null, '', 'B22']]])).en).toBe(
      "settings, row 1: yes_threshold (Settings cell B22): is blank: type a value from -1 to 1 (DealKit's default is 0.34)",
    );
    expect(messageOf(() => invokeFunction('QUALIFY', [ratings, null, null, [['yes_threshold', 3]]])).en).toBe('settings, row 1: yes_threshold: 3 must be from -1 to 1');
    expect(messageOf(() => invokeFunction('QUALIFY', [ratings, null, null, [['TAS.05', 'heavy', true, 'B64']]])).en).toMatch(
      /^settings, row 1: TAS\.05 \(Settings cell B64\): the weight 'heavy'/,
    );
    expect(messageOf(() => invokeFunction('ROI', [150, 100, [['language', 'fr', '', 'B5']]])).en).toBe(
      "settings, row 1: language (Settings cell B5): 'fr' is not a language DealKit speaks (en or zh-CN)",
    );
  });

  it('refuses rules that contradict each other, naming the later row', () => {
    expect(
      messageOf(() =>
        invokeFunction('QUALIFY', [
          ratings,
          null,
          null,
          [
            ['no_threshold', 0.2],
            ['yes_threshold', 0.1, '', 'B22'],
          ],
        ]),
      ).en,
    ).toBe('settings, row 2: yes_threshold (Settings cell B22): no_threshold (0.2) must be below yes_threshold (0.1)');
    expect(() => invokeFunction('FORECAST_CATEGORY', [[['A90']], null, null, [['best_case_from', 0.95]]])).toThrow('best_case_from (0.95) must be at most commit_from (0.9)');
  });

  it('refuses an unknown or repeated key rather than ignoring it', () => {
    expect(messageOf(() => invokeFunction('ROI', [150, 100, [['yes_treshold', 0.2]]])).en).toMatch(/^settings, row 1: 'yes_treshold' is not a DealKit setting/);
    expect(
      messageOf(() =>
        invokeFunction('ROI', [
          150,
          100,
          [
            ['lead_ratio', 3],
            ['LEAD_RATIO', 4],
          ],
        ]),
      ).en,
    ).toBe("settings, row 2: 'LEAD_RATIO' is set twice (also in row 1)");
  });

  it('a bad rule errors only the functions that read it', () => {
    const badThreshold = [
      ['language', 'en'],
      ['yes_threshold', 'high', '', 'B22'],
      ['commit_from', 0.9],
    ];
    expect(() => invokeFunction('QUALIFY', [ratings, null, null, badThreshold])).toThrow(/yes_threshold/);
    expect(invokeFunction('FORECAST_CATEGORY', [[['A90']], null, null, badThreshold])).toEqual([['Commit']]);
    expect(invokeFunction('ROI', [150, 100, badThreshold])).toBe(0.5);
    const badCell = [
      ['language', 'en'],
      ['control_limit', { dealKitHostError: '#REF!' }],
    ];
    expect(() => invokeFunction('CONTROL', [[[true]], badCell])).toThrow(/control_limit: the cell holds the error #REF!; fix that cell first/);
    expect(invokeFunction('QUALIFY', [ratings, null, null, badCell])).toBe('Qualify further');
  });

  it('its language is the language of the answer and of the message, even a message about a bad setting', () => {
    const entry = findFunction('QUALIFY')!;
    expect(
      invokeForHost(
        entry,
        [
          ratings,
          null,
          null,
          [
            ['language', 'zh-CN'],
            ['yes_threshold', 0.2],
          ],
        ],
        'en',
      ),
    ).toEqual({ ok: true, result: '全力争取' });
    expect(
      invokeForHost(
        entry,
        [
          ratings,
          null,
          null,
          [
            ['language', 'zh-CN'],
            ['yes_threshold', 'high'],
          ],
        ],
        'en',
      ),
    ).toEqual({
      ok: false,
      message: "settings，第 2 行：yes_threshold：'high' 不是数字",
    });
  });
});
