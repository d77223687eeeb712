/**
 * ACTIONS_DUE: where each action of a list stands on a given day, through the one invoker and through
 * each host's adapter (Excel's associated function, the Apps Script global's invoker, the playground's
 * HyperFormula plugin), in both languages.
 */
import { HyperFormula } from 'hyperformula';
import { registerDealKitFunctions } from '../../playground/dealkit-plugin';
import { call, column, errorOf } from './helpers';

/** 2026-03-19. */
const TODAY = 46100;

class FakeError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

describe('ACTIONS_DUE through the invoker', () => {
  it('counts an open action’s days overdue or left, and names done and dropped ones', () => {
    const due = column(TODAY - 10, TODAY + 5, TODAY - 3, TODAY, TODAY - 1, TODAY + 1, null);
    const status = column('open', 'open', 'done', '', 'Open', '未完成', 'open');
    expect(call('ACTIONS_DUE', [due, status, TODAY])).toEqual([['overdue 10 days'], ['due in 5 days'], ['done'], ['due today'], ['overdue 1 day'], ['due in 1 day'], ['no due date']]);
  });

  it('answers in Chinese, reading statuses typed in either language', () => {
    const result = call('ACTIONS_DUE', [column(TODAY - 2, TODAY + 3, TODAY, TODAY - 9), column('open', '', 'dropped', '已完成'), TODAY, [['language', 'zh-CN']]]);
    expect(result).toEqual([['逾期 2 天'], ['3 天后到期'], ['已放弃'], ['已完成']]);
  });

  it('leaves a row blank where both due date and status are blank, so one formula serves a list with room to grow', () => {
    expect(call('ACTIONS_DUE', [column(null, TODAY - 1, null), column(null, 'open', ''), TODAY])).toEqual([[''], ['overdue 1 day'], ['']]);
  });

  it('reads a due date typed as text year first', () => {
    expect(call('ACTIONS_DUE', [column('2026-03-12'), column('open'), '2026-03-19'])).toEqual([['overdue 7 days']]);
  });

  it('refuses a status it does not know and a due date that is no date, naming the argument and row', () => {
    expect(errorOf('ACTIONS_DUE', [column(TODAY, TODAY), column('open', 'maybe'), TODAY]).message).toMatch(/^status, row 2: 'maybe' is not open, done or dropped$/);
    expect(errorOf('ACTIONS_DUE', [column('next week'), column('open'), TODAY]).message).toMatch(/^due, row 1: /);
    expect(errorOf('ACTIONS_DUE', [column(TODAY, TODAY), column('open'), TODAY]).message).toMatch(/^status: /);
    expect(errorOf('ACTIONS_DUE', [column(TODAY), column('open')]).message).toMatch(/^today: /);
  });
});

describe('ACTIONS_DUE in the hosts', () => {
  it('Excel: the associated function answers per row and puts a bad row’s error in that row only', () => {
    const associated = new Map<string, (...args: unknown[]) => unknown>();
    const globals = globalThis as Record<string, unknown>;
    globals.CustomFunctions = {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
      Error: FakeError,
      ErrorCode: { invalidValue: '#VALUE!' },
    };
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('../../excel-addin/functions');
      });
      const actionsDue = associated.get('ACTIONS_DUE');
      expect(actionsDue?.(column(TODAY - 4, TODAY + 2), column('open', 'open'), TODAY, null, { address: 'Actions!G7' })).toEqual([['overdue 4 days'], ['due in 2 days']]);
      const result = actionsDue?.(column(TODAY - 4, TODAY + 2), column('perhaps', 'open'), TODAY, null, {}) as unknown[][];
      expect(result[0][0]).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(/^status, row 1: /) });
      expect(result[1][0]).toBe('due in 2 days');
    } finally {
      delete globals.CustomFunctions;
    }
  });

  it('Google Sheets: the global’s invoker answers per row, in the language of the settings argument', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { invokeForSheets } = require('../../gas/custom-functions') as typeof import('../../gas/custom-functions');
    expect(invokeForSheets('ACTIONS_DUE', [column(TODAY - 1, TODAY), column('open', 'open'), TODAY, undefined])).toEqual([['overdue 1 day'], ['due today']]);
    expect(invokeForSheets('ACTIONS_DUE', [column(TODAY - 1), column('done'), TODAY, [['language', '中文']]])).toEqual([['已完成']]);
  });

  it('the playground: =ACTIONS_DUE over cells with TODAY-like dates spills one answer per row', () => {
    registerDealKitFunctions();
    const hf = HyperFormula.buildFromArray(
      [
        ['2026-03-09', 'open', '=ACTIONS_DUE(A1:A3, B1:B3, DATE(2026,3,19))'],
        ['2026-03-25', 'open'],
        ['2026-03-01', 'dropped'],
      ] as never,
      { licenseKey: 'gpl-v3' },
    );
    expect([0, 1, 2].map((row) => hf.getCellValue({ sheet: 0, row, col: 2 }))).toEqual(['overdue 10 days', 'due in 6 days', 'dropped']);
    hf.destroy();
  });
});
