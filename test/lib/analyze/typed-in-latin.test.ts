import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/index';

describe('a review typed in Latin letters', () => {
  it('is read in its own language, with evidence in the text as written', () => {
    const text = 'Poruchah torta za rojdeniq den, kurierat zakasnq s 4 chasa i nikoi ne vdiga telefona. Mnogo zle, nqma da poruchvam pak.';
    const analysis = analyzeReview({ text, rating: 1 });
    expect(analysis.language).toBe('bg');
    expect(analysis.category).toBe('delivery_problem');
    expect(analysis.evidence.length).toBeGreaterThan(0);
    for (const e of analysis.evidence) expect(text.slice(e.start, e.end)).toMatch(/^[A-Za-z0-9][\w ,'-]*$/);
  });
});
