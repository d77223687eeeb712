import { DealKitError } from '../../shared/errors';
import { checkArguments, checkShape, listShape, nullableShape, objectShape, optionalShape, textShape, wholeNumberShape } from '../../shared/workbook/request-shape';
import { OPERATIONS } from '../../shared/workbook/operations';

function refusal(run: () => void): DealKitError {
  try {
    run();
  } catch (error) {
    if (error instanceof DealKitError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('request shapes', () => {
  const UPDATE = objectShape({ row: wholeNumberShape(1), tags: listShape(textShape()), note: optionalShape(textShape()), sheet: nullableShape(textShape(['A', 'B'])) });

  it('names the first field that does not fit by its path, in both languages', () => {
    const error = refusal(() => checkShape({ row: 2, tags: ['x', 3], sheet: null }, UPDATE, 'update'));
    expect(error.subject).toBe('update.tags[1]');
    expect(error.messageIn('en')).toBe('update.tags[1]: expected text, got 3');
    expect(error.messageIn('zh-CN')).toBe('update.tags[1]：应为文本，实际为3');
  });

  it('refuses a row that is not a whole number from 1, a missing nullable field and a text outside its choices', () => {
    expect(refusal(() => checkShape({ row: 0, tags: [], sheet: null }, UPDATE, 'u')).subject).toBe('u.row');
    expect(refusal(() => checkShape({ row: 1.5, tags: [], sheet: null }, UPDATE, 'u')).subject).toBe('u.row');
    expect(refusal(() => checkShape({ row: 1, tags: [] }, UPDATE, 'u')).messageIn('en')).toBe('u.sheet: expected one of A, B or null, got no value');
    expect(refusal(() => checkShape({ row: 1, tags: [], sheet: 'C' }, UPDATE, 'u')).subject).toBe('u.sheet');
  });

  it('accepts what fits, with optional fields left out and extra fields ignored', () => {
    expect(() => checkShape({ row: 3, tags: [], sheet: 'A', extra: { anything: true } }, UPDATE, 'u')).not.toThrow();
  });

  it('checks every argument of an operation in order', () => {
    expect(refusal(() => checkArguments([42, 'x'], OPERATIONS.comparePipeline.takes)).subject).toBe('earlier');
    expect(refusal(() => checkArguments(['2026-01-01'], OPERATIONS.comparePipeline.takes)).subject).toBe('later');
    expect(() => checkArguments([], OPERATIONS.listDeals.takes)).not.toThrow();
  });
});
