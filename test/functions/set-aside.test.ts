/**
 * The invoker's rows-set-aside mode (invokeForHost with a RowFault), from source: which rows it sets
 * aside, what the others compute, and where it stops setting rows aside and fails the call as a whole.
 */
import fc from 'fast-check';
import { findFunction } from '../../shared/functions/catalog';
import { invokeFunction, invokeForHost } from '../../shared/functions/invoke';
import type { FunctionEntry } from '../../shared/functions/types';

const fault = (message: string): string => `FAULT ${message}`;

function entry(name: string): FunctionEntry {
  const found = findFunction(name);
  if (!found) throw new Error(name);
  return found;
}

function hostResult(name: string, args: readonly unknown[]): unknown {
  const outcome = invokeForHost(entry(name), args, 'en', fault);
  return outcome.ok ? outcome.result : { error: outcome.message };
}

describe('a column function given rows it cannot read', () => {
  const TYPED = ['G10', 'c50', ' A90 ', 'S100', 'LOST', 'Plan & invite', '商务谈判', 'Qualified', 'Won', 'L3', '??', null, '', 'stage 7'];

  it('faults exactly the rows whose stage is not on the ladder, and gives every other row its own answer', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TYPED), { minLength: 1, maxLength: 30 }), (stages) => {
        const result = hostResult('WINPROB', [stages.map((stage) => [stage])]) as unknown[][];
        expect(result).toHaveLength(stages.length);
        stages.forEach((stage, i) => {
          let alone: unknown;
          try {
            alone = (invokeFunction('WINPROB', [[[stage]]]) as unknown[][])[0][0];
          } catch {
            alone = undefined;
          }
          if (alone === undefined) expect(result[i]).toEqual([expect.stringMatching(new RegExp(`^FAULT stages, row ${i + 1}: `))]);
          else expect(result[i]).toEqual([alone]);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('sets aside a row faulty in any of its row arguments, and fails the call for an argument that is wrong as a whole', () => {
    expect(
      hostResult('WEIGHTED', [
        [[100], ['x'], [300]],
        [['C50'], ['C50'], ['Qualified']],
      ]),
    ).toEqual([[50], ["FAULT amounts, row 2: 'x' is not a number"], [expect.stringMatching(/^FAULT stages, row 3: /)]]);
    expect(hostResult('WEIGHTED', [[[100], [200]], [['C50']]])).toEqual({ error: expect.stringMatching(/^stages: has 1 rows but amounts has 2/) });
    expect(hostResult('WINPROB', [[['C50']], [['STEPS']]])).toEqual({ error: expect.stringMatching(/^ladder: /) });
  });

  it('reads a row laid across as a list, setting aside the one bad cell', () => {
    expect(hostResult('WINPROB', [[['G10', 'Qualified', 'C50']]])).toEqual([[0.1], [expect.stringMatching(/^FAULT stages, row 2: /)], [0.5]]);
    expect(hostResult('WINPROB', [[['Qualified', 'G10', 'C50']]])).toEqual([[expect.stringMatching(/^FAULT stages, row 1: /)], [0.1], [0.5]]);
  });

  it('fails the call as a whole, naming a row, once setting rows aside would cost more runs than the budget allows', () => {
    // 50,001 rows: 19 runs more are within the budget of a million row evaluations, a 20th is not.
    const stages = Array.from({ length: 50001 }, () => ['C50']);
    for (let k = 0; k < 19; k += 1) stages[k * 1000] = ['Qualified'];
    const nineteen = hostResult('WINPROB', [stages]) as unknown[][];
    expect(nineteen.filter((row) => typeof row[0] === 'string')).toHaveLength(19);
    stages[19 * 1000] = ['Qualified'];
    expect(hostResult('WINPROB', [stages])).toEqual({ error: expect.stringMatching(/^stages, row 19001: "Qualified" is not a stage/) });
  });
});

describe('without a RowFault the invoker fails the whole call, as every core caller expects', () => {
  it('throws the first faulty row', () => {
    expect(() => invokeFunction('WINPROB', [[['C50'], ['Qualified']]])).toThrow(/^stages, row 2: "Qualified" is not a stage/);
    expect(invokeForHost(entry('WINPROB'), [[['C50'], ['Qualified']]], 'en')).toEqual({ ok: false, message: expect.stringMatching(/^stages, row 2: /) });
  });
});

describe('a summary given rows it cannot read', () => {
  it('lists five of them and counts them all', () => {
    const stages = Array.from({ length: 8 }, (_, i) => [i < 7 ? `X${i + 1}` : 'C50']);
    const amounts = Array.from({ length: 8 }, () => [100]);
    const result = hostResult('FUNNEL', [stages, amounts]) as unknown[][];
    const setAside = result.map((row) => row[4]);
    expect(setAside.slice(1).every((cell) => cell === '')).toBe(true);
    expect(setAside[0]).toMatch(/^Set aside \(7\): stages, row 1: "X1" is not a stage; use G10, /);
    expect(
      String(setAside[0])
        .split(' | ')
        .map((part) => /row (\d+)/.exec(part)?.[1] ?? part),
    ).toEqual(['1', '2', '3', '4', '5', '…']);
    expect(result.find((row) => row[0] === 'C50')).toEqual(['C50', 1, 100, 50, '']);
  });
});
