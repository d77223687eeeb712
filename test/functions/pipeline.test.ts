import { call, column, errorOf } from './helpers';

// METHODOLOGY §5: project milestones G10 10 % … S100 100 %; Signature Identified 10 … Won 100;
// CES funnel L1 10, L2 30, L3 50, L4 75, L5 90, signed 100; LOST 0 on every ladder.
describe('WINPROB', () => {
  it('gives each stage’s probability on the default MILESTONES ladder, by code or label', () => {
    expect(call('WINPROB', [column('G10', 'g20', 'E25', 'D30', 'C50', 'B75', 'A90', 'S100', 'LOST')])).toEqual(column(0.1, 0.2, 0.25, 0.3, 0.5, 0.75, 0.9, 1, 0));
    expect(call('WINPROB', [column('Commercial negotiation', '商务谈判')])).toEqual(column(0.9, 0.9));
  });

  it('reads the Signature and funnel ladders by id', () => {
    expect(call('WINPROB', [column('Identified', 'Validated', 'Qualified', 'Proposed', 'Won', 'Lost'), 'SIGNATURE'])).toEqual(column(0.1, 0.25, 0.5, 0.75, 1, 0));
    expect(call('WINPROB', [column('L1', 'L2', 'L3', 'L4', 'L5', 'SIGNED'), [['funnel']]])).toEqual(column(0.1, 0.3, 0.5, 0.75, 0.9, 1));
  });

  it('reads a team’s own two-column ladder, such as the Settings sheet’s, with a header and percentages', () => {
    const settings = [
      ['Stage', 'Probability'],
      ['Lead', '5%'],
      ['Proposal', 0.4],
      ['Signed', 1],
      ['LOST', 0],
    ];
    expect(call('WINPROB', [column('Lead', 'Proposal', 'Signed', 'LOST'), settings])).toEqual(column(0.05, 0.4, 1, 0));
  });

  it('refuses a bare ladder probability above 1 as overrides do, rather than reading 40 as 40 %', () => {
    const settings = [
      ['Lead', 0.05],
      ['Proposal', 40],
      ['Signed', 1],
    ];
    expect(errorOf('WINPROB', [column('Proposal'), settings]).message).toMatch(/^ladder row 2: probability 40 is above 1: .* type 40% \(with the sign\) or 0\.4$/);
    expect(errorOf('WINPROB', [column('Proposal'), settings]).text['zh-CN']).toMatch(/^ladder 第 2 行：概率 40 大于 1/);
  });

  it('suggests the fraction of a probability typed in full-width digits, not NaN', () => {
    const error = errorOf('WINPROB', [
      column('Proposal'),
      [
        ['Lead', 0.05],
        ['Proposal', '１２'],
        ['Signed', 1],
      ],
    ]);
    expect(error.message).toMatch(/^ladder row 2: probability １２ is above 1: .* or 0\.12$/);
    expect(error.text['zh-CN']).toMatch(/或 0\.12$/);
  });

  it('leaves blank rows blank so one formula can cover a growing table', () => {
    expect(call('WINPROB', [column('G10', null, '', 'C50')])).toEqual(column(0.1, '', '', 0.5));
  });

  it('names the row of an unknown stage and the ladder argument when it is not a ladder', () => {
    expect(errorOf('WINPROB', [column('G10', 'G10', 'Qualified')]).message).toMatch(/^stages, row 3: "Qualified" is not a stage; use G10, /);
    expect(errorOf('WINPROB', [column('G10'), 'PIPELINE']).message).toMatch(/^ladder: 'PIPELINE' is not a ladder/);
    expect(
      errorOf('WINPROB', [
        column('G10'),
        [
          ['G10', 0.1],
          ['C50', 'lots'],
        ],
      ]).message,
    ).toMatch(/^ladder row 2: "lots" is not a probability/);
    expect(
      errorOf('WINPROB', [
        [
          ['G10', 'C50'],
          ['G20', 'A90'],
        ],
      ]).message,
    ).toMatch(/^stages: expected one column/);
  });
});

describe('WEIGHTED', () => {
  it('is amount × probability per row', () => {
    expect(call('WEIGHTED', [column(100000, 40000, 250000, 80000), column('G20', 'C50', 'S100', 'LOST')])).toEqual(column(20000, 20000, 250000, 0));
  });

  it('counts a blank amount as 0 and leaves fully blank rows blank', () => {
    expect(call('WEIGHTED', [column(null, 1000, null), column('C50', 'A90', null)])).toEqual(column(0, 900, ''));
  });

  it('names the argument and row of a bad amount, and a length mismatch', () => {
    expect(errorOf('WEIGHTED', [column(1000, 'TBD'), column('C50', 'A90')]).message).toBe("amounts, row 2: 'TBD' is not a number");
    expect(errorOf('WEIGHTED', [column(1000, 2000), column('C50')]).message).toMatch(/^stages: has 1 rows but amounts has 2/);
    expect(errorOf('WEIGHTED', [column(1000), column(null)]).message).toMatch(/^stages, row 1: the stage is blank/);
  });
});

describe('FORECAST_CATEGORY', () => {
  it('bands by probability: Pipeline < 50 %, Best case 50–89 %, Commit ≥ 90 %, and Won / Lost', () => {
    expect(call('FORECAST_CATEGORY', [column('G10', 'D30', 'C50', 'B75', 'A90', 'S100', 'LOST')])).toEqual(column('Pipeline', 'Pipeline', 'Best case', 'Best case', 'Commit', 'Won', 'Lost'));
    expect(call('FORECAST_CATEGORY', [column('L5', 'SIGNED'), 'FUNNEL'], 'zh-CN')).toEqual(column('承诺', '赢单'));
  });
});

describe('FUNNEL', () => {
  it('spills one row per ladder stage with deals, amount and weighted amount, leaving lost deals out', () => {
    const result = call('FUNNEL', [column('G10', 'C50', 'C50', 'LOST', null), column(10000, 20000, 30000, 5000, null)]);
    expect(result).toEqual([
      ['G10', 1, 10000, 1000],
      ['G20', 0, 0, 0],
      ['E25', 0, 0, 0],
      ['D30', 0, 0, 0],
      ['C50', 2, 50000, 25000],
      ['B75', 0, 0, 0],
      ['A90', 0, 0, 0],
      ['S100', 0, 0, 0],
    ]);
  });
});

describe('EVIDENCED_STAGE', () => {
  it('is the highest stage whose proof and every earlier proof is ticked', () => {
    const proofs = [
      ['x', 'x', 'x', null, 'x', null, null, null],
      [true, true, true, true, true, true, true, true],
      [null, 'x', 'x', null, null, null, null, null],
    ];
    expect(call('EVIDENCED_STAGE', [proofs])).toEqual(column('E25', 'S100', ''));
  });

  it('refuses one deal’s proofs laid down a column, saying one row per deal and one column per stage', () => {
    const message = errorOf('EVIDENCED_STAGE', [[['x'], ['x'], ['x']], 'SIGNATURE']).message;
    expect(message).toMatch(/^proofs: has one column and 3 rows; give one row per deal and one column per stage \(Identified, Validated, /);
    expect(errorOf('EVIDENCED_STAGE', [[['x'], [null]]]).message).toMatch(/^proofs: has one column and 2 rows/);
    // One column is fine for one deal, or when the ladder itself has one stage.
    expect(call('EVIDENCED_STAGE', [[['x']], 'SIGNATURE'])).toEqual(column('Identified'));
    expect(call('EVIDENCED_STAGE', [[['x'], [null]], [['Signed', 1]]])).toEqual(column('Signed', ''));
  });

  it('reads fewer proof columns than stages as the later proofs missing', () => {
    expect(call('EVIDENCED_STAGE', [[['x', 'x']], 'SIGNATURE'])).toEqual(column('Validated'));
  });

  it('names the row of a bad tick and refuses more columns than stages', () => {
    expect(
      errorOf('EVIDENCED_STAGE', [
        [
          ['x', 'x'],
          ['x', 'maybe'],
        ],
      ]).message,
    ).toMatch(/^proofs, row 2: "maybe" is not a tick/);
    expect(errorOf('EVIDENCED_STAGE', [[['x', 'x', 'x', 'x', 'x', 'x']], 'SIGNATURE']).message).toMatch(/^proofs: has 6 columns but the ladder has 5 stages/);
  });
});

describe('STALLED', () => {
  // 46000 is 2025-12-09 as a spreadsheet date serial.
  it('counts days in stage beyond the default 30-day limit; won and lost deals never stall', () => {
    expect(call('STALLED', [column('G20', 'C50', 'C50', 'S100', 'LOST'), column(46000, 46050, 46070, 45900, 45000), 46100])).toEqual(column(70, 20, 0, 0, 0));
  });

  it('takes one limit for all stages, or a (stage, days) table with a header', () => {
    expect(call('STALLED', [column('G20', 'C50'), column(46000, 46050), 46100, 60])).toEqual(column(40, 0));
    const limits = [
      ['Stage', 'Days'],
      ['G10', 10],
      ['G20', 90],
      ['C50', 14],
      ['S100', 0],
    ];
    expect(call('STALLED', [column('G20', 'C50'), column(46000, 46050), 46100, limits])).toEqual(column(10, 36));
  });

  it('finds the ladder from the stages typed', () => {
    expect(call('STALLED', [column('Qualified', 'Won'), column(46000, 46000), 46040])).toEqual(column(10, 0));
  });

  it('reads dates written as text and Date objects', () => {
    expect(call('STALLED', [column('G20', 'G20'), column('2025-12-09', new Date(2025, 11, 9)), '2026-03-19'])).toEqual(column(70, 70));
  });

  it('names the argument and row of a bad date', () => {
    expect(errorOf('STALLED', [column('G20', 'C50'), column(46000, 'last week'), 46100]).message).toBe("entered, row 2: 'last week' is not a date");
    expect(errorOf('STALLED', [column('G20'), column(46200), 46100]).message).toBe('entered, row 1: is after the as-of date');
    expect(errorOf('STALLED', [column('G20'), column(46000), 'soon']).message).toBe("as_of: 'soon' is not a date");
    expect(errorOf('STALLED', [column('Pitch'), column(46000), 46100]).message).toMatch(/^stages, row 1: 'Pitch' is on no built-in ladder/);
  });
});

// The distribution of the amount that closes, deals independent.
describe('FORECAST_RANGE', () => {
  it('gives P10, P50 and P90 of the total by default, then the resolution of the grid they were added on', () => {
    // Two coin flips of 100,000: 0 (25 %), 100,000 (50 %), 200,000 (25 %). The grid holds at most 20,000
    // points of a round unit (1, 2 or 5 × 10^k): 200,000 / 10 needs 20,001, so the unit is 20.
    expect(call('FORECAST_RANGE', [column(100000, 100000), column(0.5, '50%')])).toEqual([
      ['P10', 0],
      ['P50', 100000],
      ['P90', 200000],
      ['resolution', 20],
    ]);
    expect((call('FORECAST_RANGE', [column(100000, 100000), column(0.5, 0.5)], 'zh-CN') as unknown[][])[3]).toEqual(['精度', 20]);
  });

  it('states the resolution as a last row, every percentile a multiple of it', () => {
    const result = call('FORECAST_RANGE', [column(1250, 3333, 98765), column(0.3, 0.6, 0.9), column(0.1, 0.5, 0.9)]) as [string, number][];
    expect(result.map((row) => row[0])).toEqual(['P10', 'P50', 'P90', 'resolution']);
    const resolution = result[3][1];
    expect(resolution).toBeGreaterThan(0);
    // 103,348 in all: a unit of 5 needs 20,671 points, too many; 10 needs 10,336.
    expect(resolution).toBe(10);
    for (const [, amount] of result.slice(0, 3)) expect(Number.isInteger(amount / resolution) || amount === 103348).toBe(true);
  });

  it('takes the percentiles asked for and skips blank rows', () => {
    expect(call('FORECAST_RANGE', [column(50000, null, 50000), column(1, null, 1), column(0.25, 0.75)])).toEqual([
      ['P25', 100000],
      ['P75', 100000],
      ['resolution', 10],
    ]);
  });

  it('names the argument at fault', () => {
    expect(errorOf('FORECAST_RANGE', [column(100, 'soon'), column(0.5, 0.5)]).message).toBe("amounts, row 2: 'soon' is not a number");
    expect(errorOf('FORECAST_RANGE', [column(100, 200), column(0.5, 2)]).message).toMatch(/^probabilities, row 2: the cell is 2; write a probability/);
    expect(errorOf('FORECAST_RANGE', [column(100), column(0.5), column(1.5)]).message).toMatch(/^percentiles, row 1: the cell must be a number strictly between 0 and 1/);
    const negative = errorOf('FORECAST_RANGE', [column(100, null, -7), column(0.5, null, 0.5)]);
    expect(negative.message).toMatch(/^amounts, row 3: the cell is negative \(-7\)/);
    expect(negative.messageIn('zh-CN')).toMatch(/^amounts，第 3 行：该单元格为负数/);
  });
});

// The Settings sheet (shared/templates/settings.ts): DK_STAGES is code | probability, DK_STALL_LIMITS is
// code | days, both with spare blank rows below the ladder's stages and LOST.
describe('the Settings sheet’s stage tables as arguments', () => {
  const codes = ['G10', 'G20', 'E25', 'D30', 'C50', 'B75', 'A90', 'S100', 'LOST'];
  const spare = [
    [null, null],
    ['', null],
    ['', null],
  ];
  const stagesRange = [...codes.map((code, i) => [code, [0.1, 0.2, 0.25, 0.3, 0.5, 0.75, 0.9, 1, 0][i]]), ...spare];
  const limitsRange = [...codes.map((code, i) => [code, i === 4 ? 14 : 30]), ...spare];

  it('reads a manager’s probabilities and stall limits', () => {
    const edited = stagesRange.map((row) => (row[0] === 'C50' ? ['C50', 0.6] : row));
    expect(call('WINPROB', [column('C50', 'LOST'), edited])).toEqual(column(0.6, 0));
    expect(call('FORECAST_CATEGORY', [column('C50', 'G10'), edited])).toEqual(column('Best case', 'Pipeline'));
    expect(call('STALLED', [column('C50', 'G20'), column(46000, 46000), 46040, limitsRange])).toEqual(column(26, 10));
    expect(call('EVIDENCED_STAGE', [[['x', 'x', 'x', 'x', 'x', null, null, null]], stagesRange])).toEqual(column('C50'));
    expect((call('FUNNEL', [column('C50'), column(1000), edited]) as unknown[][])[4]).toEqual(['C50', 1, 1000, 600]);
  });
});

describe('a two-column ladder range: the won stage is the row at 100 %', () => {
  it('does not take the last row as won when its probability is lower', () => {
    // Commit starts at 90 % by default, so A at 95 % is Commit and B at 20 % is Pipeline, not Won.
    expect(
      call('FORECAST_CATEGORY', [
        column('A', 'B'),
        [
          ['A', 0.95],
          ['B', 0.2],
          ['W', 1],
        ],
      ]),
    ).toEqual(column('Commit', 'Pipeline'));
    expect(
      call('FORECAST_CATEGORY', [
        column('W', 'A'),
        [
          ['W', 1],
          ['A', 0.95],
        ],
      ]),
    ).toEqual(column('Won', 'Commit'));
  });

  it('reads a row at 0 named Lost (code or label, either language) as lost', () => {
    const ladder = [
      ['Lead', 0.2],
      ['Signed', 1],
      ['Lost', 0],
    ];
    expect(call('FORECAST_CATEGORY', [column('Lead', 'Signed', 'lost', '丢单'), ladder])).toEqual(column('Pipeline', 'Won', 'Lost', 'Lost'));
    expect(
      call('FORECAST_CATEGORY', [
        column('Lost'),
        [
          ['Lead', 0.2],
          ['Signed', 1],
          ['丢单', 0],
        ],
      ]),
    ).toEqual(column('Lost'));
  });

  it('refuses a range with no row at 100 %, naming the ladder argument', () => {
    const message = errorOf('FORECAST_CATEGORY', [
      column('A', 'B'),
      [
        ['A', 0.95],
        ['B', 0.2],
      ],
    ]).message;
    expect(message).toMatch(/^ladder: no stage is at 100 %/);
    expect(message).toMatch(/won stage a probability of 1 \(100 %\)/);
    expect(
      errorOf('WINPROB', [
        column('A'),
        [
          ['A', 0.5],
          ['LOST', 0],
        ],
      ]).message,
    ).toMatch(/^ladder: no stage is at 100 %/);
  });
});

describe('FUNNEL errors', () => {
  it('names the argument and row of a bad amount or stage', () => {
    expect(errorOf('FUNNEL', [column('G10', 'C50'), column(100, 'n/a')]).message).toBe("amounts, row 2: 'n/a' is not a number");
    expect(errorOf('FUNNEL', [column('G10', 'Won'), column(100, 200)]).message).toMatch(/^stages, row 2: "Won" is not a stage/);
    expect(errorOf('FUNNEL', [column('G10', 'C50'), column(100)]).message).toMatch(/^amounts: has 1 rows but stages has 2/);
  });
});
