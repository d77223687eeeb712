import { dealIdOfSheet } from '../../shared/deals/deal-sheet';

describe('the Deal ID a deal sheet carries', () => {
  it('is read beside its label in either language, wherever the label sits near the top', () => {
    const english = { name: 'Assessment', values: [['Opportunity assessment'], [], ['', 'Deal ID', '', ' D-017 ']] };
    const chinese = { name: '机会评估', values: [['机会评估'], ['商机编号：', 'D-018']] };
    expect(dealIdOfSheet(english)).toEqual({ id: 'D-017', row: 2, column: 3 });
    expect(dealIdOfSheet(chinese)?.id).toBe('D-018');
  });

  it('tells a blank id from a sheet that has no Deal ID label', () => {
    expect(dealIdOfSheet({ name: 'Blank', values: [['Deal ID', '']] })).toEqual({ id: '', row: 0, column: 1 });
    expect(dealIdOfSheet({ name: 'Notes', values: [['Account', 'Acme']] })).toBeUndefined();
  });
});
