import { findPipeline } from '../../shared/workbook/pipeline-sheet';

describe('the deal wizard reads a pipeline’s text amounts as the roll-up does', () => {
  const sheet = {
    name: 'Ana',
    values: [
      ['Deal ID', 'Amount', 'Stage', 'Close date'],
      ['A-1', '1,5', 'G20', 46300],
      ['A-2', '1,200', 'G20', 46300],
      ['A-3', '€1.200,50', 'G20', 46300],
    ],
  };

  it('never reads "1,5" as 15: no amount where the mark is ".", 1.5 where it is ","', () => {
    expect(findPipeline([sheet], 'Ana')?.view.deals.map((deal) => deal.amount)).toEqual([null, 1200, null]);
    expect(findPipeline([sheet], 'Ana', 'MILESTONES', ',')?.view.deals.map((deal) => deal.amount)).toEqual([1.5, 1.2, 1200.5]);
  });
});
