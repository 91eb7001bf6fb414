// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { detectReviews } from '../../../lib/detect';
import { parseRating } from '../../../lib/detect/extract';

function page(body: string, head = ''): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.head.innerHTML = head;
  doc.body.innerHTML = body;
  return doc;
}

const summary = (doc: Document) =>
  detectReviews(doc, 'https://shop.example/p/1').map((r) => ({ author: r.author, rating: r.rating, text: r.text, site: r.site }));

describe('schema.org detection', () => {
  it('reads microdata reviews nested in a Product, with author Person, rating and date', () => {
    const doc = page(`
      <div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Kettle K-200</h1>
        <div itemprop="review" itemscope itemtype="https://schema.org/Review">
          <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ірина</span></span>
          <div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating"><meta itemprop="ratingValue" content="2"><meta itemprop="bestRating" content="5"></div>
          <meta itemprop="datePublished" content="2024-02-01">
          <p itemprop="reviewBody">Чайник протікає з першого дня.</p>
        </div>
        <div itemprop="review" itemscope itemtype="https://schema.org/Review">
          <meta itemprop="author" content="Tom">
          <div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating"><span itemprop="ratingValue">8</span>/<span itemprop="bestRating">10</span></div>
          <p itemprop="reviewBody">Boils fast, a bit loud.</p>
        </div>
      </div>`);
    expect(summary(doc)).toEqual([
      { author: 'Ірина', rating: 2, text: 'Чайник протікає з першого дня.', site: 'schema-org' },
      { author: 'Tom', rating: 4, text: 'Boils fast, a bit loud.', site: 'schema-org' },
    ]);
  });

  it('reads RDFa reviews', () => {
    const doc = page(`
      <div vocab="https://schema.org/" typeof="Review"><span property="author" typeof="Person"><span property="name">Ana</span></span>
        <div property="reviewRating" typeof="Rating"><meta property="ratingValue" content="1"></div>
        <p property="reviewBody">Nobody answered the phone.</p></div>
      <div vocab="https://schema.org/" typeof="Review"><span property="author">Ben</span><p property="reviewBody">Fine.</p></div>`);
    expect(summary(doc)).toEqual([
      { author: 'Ana', rating: 1, text: 'Nobody answered the phone.', site: 'schema-org' },
      { author: 'Ben', rating: undefined, text: 'Fine.', site: 'schema-org' },
    ]);
  });

  it('reads JSON-LD reviews in a LocalBusiness, in arrays and in @graph, anchored on the visible text', () => {
    const jsonLd = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'LocalBusiness',
          name: 'Café Lipa',
          review: [
            { '@type': 'Review', author: { '@type': 'Person', name: 'Мария' }, reviewRating: { ratingValue: '1' }, reviewBody: 'Чакахме кафето 40 минути.' },
            { '@type': 'Review', author: 'Jon', reviewRating: { ratingValue: 5 }, reviewBody: 'Best cinnamon buns in town.' },
          ],
        },
        { '@type': ['Comment'], author: { name: 'Hidden' }, text: 'Only in the JSON, not on the page.' },
      ],
    };
    const doc = page(
      `<div class="r"><b>Мария</b><p>Чакахме кафето 40 минути.</p></div><div class="r"><b>Jon</b><p>Best cinnamon buns in town.</p></div>`,
      `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script><script type="application/ld+json">{ broken</script>`,
    );
    const found = detectReviews(doc, 'https://cafe.example/');
    expect(found.map((r) => [r.author, r.rating, r.text])).toEqual([
      ['Мария', 1, 'Чакахме кафето 40 минути.'],
      ['Jon', 5, 'Best cinnamon buns in town.'],
    ]);
    expect(found[0]!.element.textContent).toContain('Мария');
  });

  it('parses rating labels', () => {
    expect(parseRating('Rated 5 out of 5 stars')).toBe(5);
    expect(parseRating('3.0 out of 5 stars')).toBe(3);
    expect(parseRating('4 stars')).toBe(4);
    expect(parseRating('Оценка 4 Из 5')).toBe(4);
    expect(parseRating('2.0 of 5 bubbles')).toBe(2);
    expect(parseRating('8 of 10')).toBe(4);
    expect(parseRating('no stars')).toBeUndefined();
    expect(parseRating('7')).toBeUndefined();
  });
});
