import { missingObjectiveParts } from '../../shared/scoring/objective';

describe('a GOSAT objective must be specific, measurable and time-bound', () => {
  it('accepts one that names the product, a positive amount and a close date', () => {
    expect(missingObjectiveParts({ product: 'Warehouse scanners', amount: 180000, closeDate: 46374 })).toEqual([]);
    expect(missingObjectiveParts({ product: '仓储扫描系统', amount: '180,000', closeDate: '2026年12月18日' })).toEqual([]);
  });

  it('lists what is missing, in the order the method asks', () => {
    expect(missingObjectiveParts({})).toEqual(['product', 'amount', 'closeDate']);
    expect(missingObjectiveParts({ product: '  ', amount: 0, closeDate: '2026-12-18' })).toEqual(['product', 'amount']);
    expect(missingObjectiveParts({ product: 'Scanners', amount: 'a lot', closeDate: 'soon' })).toEqual(['amount', 'closeDate']);
  });
});
