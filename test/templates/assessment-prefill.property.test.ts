/**
 * The strategy inputs the assessment prefills with built-in formulas agree with the scoring core on
 * any ratings: the 3:1 lead and "can we compete" (yes, no, or blank while the ratings leave it undecided).
 */
import fc from 'fast-check';
import { TAS } from '../../shared/methods/tas';
import { assess } from '../../shared/scoring/assessment';
import { parseRating } from '../../shared/scoring/ratings';
import type { AssessmentLayout } from '../../shared/templates/assessment';
import { buildTemplate } from '../../shared/templates/catalog';
import { TemplateBook } from './hf-workbook';

describe('assessment prefills match the scoring core', () => {
  it('on generated TAS ratings for us and the competitor', () => {
    const built = buildTemplate('assessment', { method: 'TAS', locale: 'en' });
    const layout = built.layout as AssessmentLayout;
    const book = new TemplateBook(built.plan);
    const rating = fc.constantFrom('+', '-', '?', null);
    const column = fc.array(rating, { minLength: 20, maxLength: 20 });
    fc.assert(
      fc.property(column, column, (ours, theirs) => {
        book.set(
          'assessment',
          layout.criteria[0].rating,
          ours.map((r) => [r]),
        );
        book.set(
          'assessment',
          layout.criteria[0].competitorRating!,
          theirs.map((r) => [r]),
        );
        const result = assess(
          TAS,
          ours.map((r, i) => parseRating(r, `ours ${i}`)),
          theirs.map((r, i) => parseRating(r, `theirs ${i}`)),
        );
        expect(book.get('assessment', layout.strategyInputs.lead)).toBe(result.lead?.hasLead);
        // Undecided is left blank for the rep (STRATEGY reads a blank as unanswered), as the core leaves it out.
        expect(book.get('assessment', layout.strategyInputs.canCompete)).toBe({ yes: true, no: false, unknown: '' }[result.answers.compete]);
      }),
      { numRuns: 60, seed: 20261125 },
    );
    book.destroy();
  });
});
