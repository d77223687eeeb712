import { DealKitError } from '../../shared/errors';
import { CONTROL_LABELS, controlStatus, parseTick } from '../../shared/scoring/control';
import { mergeSettings } from '../../shared/scoring/settings';

describe('controlStatus (METHODOLOGY §1e: 3 or more signs = not in control)', () => {
  it.each([
    [0, 'inControl'],
    [1, 'inControl'],
    [2, 'atRisk'],
    [3, 'notInControl'],
    [12, 'notInControl'],
  ])('%i ticked signs → %s', (n, status) => {
    expect(controlStatus(n)).toBe(status);
  });
  it('counts ticked entries of a checklist', () => {
    expect(controlStatus([true, false, true, false, false, false, false, false, false, false, false, false])).toBe('atRisk');
    expect(controlStatus([true, true, true])).toBe('notInControl');
    expect(controlStatus([])).toBe('inControl');
  });
  it('follows edited thresholds', () => {
    const strict = mergeSettings({ control: { atRisk: 1, notInControl: 2 } });
    expect(controlStatus(1, strict)).toBe('atRisk');
    expect(controlStatus(2, strict)).toBe('notInControl');
  });
  it('rejects a negative or fractional count', () => {
    expect(() => controlStatus(-1)).toThrow(/signs/);
    expect(() => controlStatus(1.5)).toThrow(DealKitError);
  });
  it('labels in both languages', () => {
    expect(CONTROL_LABELS.notInControl.en).toBe('Not in control');
    expect(CONTROL_LABELS.atRisk['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('parseTick', () => {
  it.each([[true], ['x'], ['X'], ['✓'], [1], ['yes'], ['是'], ['TRUE']])('%p is ticked', (raw) => {
    expect(parseTick(raw, 'sign 1')).toBe(true);
  });
  it.each([[false], [''], [null], [0], ['no'], ['否'], ['FALSE']])('%p is not ticked', (raw) => {
    expect(parseTick(raw, 'sign 1')).toBe(false);
  });
  it('anything else names the row', () => {
    expect(() => parseTick('maybe', 'sign 4')).toThrow(/sign 4/);
  });
});
