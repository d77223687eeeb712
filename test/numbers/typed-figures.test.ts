/**
 * Figures typed in the panes go through the product's one number reader: thousands grouping is read,
 * and text that could mean two numbers is refused instead of having its comma stripped.
 */
import { missingObjectiveParts } from '../../shared/scoring/objective';
import { parseFigure } from '../../shared/ui/wizard-value';

describe('figures typed in the Value wizard', () => {
  it('reads grouping, blanks as 0, and refuses what could be read two ways', () => {
    expect(parseFigure('12,000')).toBe(12000);
    expect(parseFigure('12 000.5')).toBe(12000.5);
    expect(parseFigure('')).toBe(0);
    // Stripping commas read these as 15 and 1234: they are not numbers under the '.' convention.
    expect(parseFigure('1,5')).toBeNull();
    expect(parseFigure('12,34')).toBeNull();
    expect(parseFigure('1,2,3')).toBeNull();
  });
});

describe('the GOSAT objective’s amount', () => {
  it('is measurable only when the one reader reads a positive amount', () => {
    const parts = { product: 'ERP', closeDate: '2026-12-20' };
    expect(missingObjectiveParts({ ...parts, amount: '$1,200,000' })).toEqual([]);
    expect(missingObjectiveParts({ ...parts, amount: '1,5' })).toEqual(['amount']);
  });
});
