import { describe, expect, it } from '@jest/globals';
import { en } from '../i18n/en';
import { sv } from '../i18n/sv';
import { explainRanking, overallScore } from './ranking';

// What Meilisearch 1.21 answered for "northwnd" (demo data).
const details = {
  exactness: {
    order: 4,
    matchType: 'noExactMatch',
    matchingWords: 0,
    maxMatchingWords: 1,
    score: 0.1667,
  },
  words: { order: 0, matchingWords: 1, maxMatchingWords: 1, score: 1 },
  typo: { order: 1, typoCount: 1, maxTypoCount: 2, score: 0.6667 },
  proximity: { order: 2, score: 1 },
  attribute: { order: 3, attributeRankingOrderScore: 1, queryWordDistanceScore: 1, score: 1 },
};

describe('why this order', () => {
  it('says in plain words what each ranking rule found, the deciding rule first', () => {
    expect(explainRanking(details, en.why, 'en')).toEqual([
      { rule: 'words', text: 'Matches 1 of your 1 search words.', score: 100 },
      { rule: 'typo', text: 'Found despite 1 typo.', score: 67 },
      { rule: 'proximity', text: 'Your search words appear close together.', score: 100 },
      { rule: 'attribute', text: 'Matched in its most important field, the name.', score: 100 },
      { rule: 'exactness', text: 'Not an exact match of your search.', score: 17 },
    ]);
  });

  it('speaks Swedish', () => {
    expect(explainRanking(details, sv.why, 'sv').map((reason) => reason.text)[1]).toBe(
      'Hittad trots 1 stavfel.',
    );
  });

  it('names a sort without a score, and other cases of each rule', () => {
    expect(
      explainRanking(
        {
          'nameSort:asc': { order: 0, value: 'contoso' },
          typo: { order: 1, typoCount: 0, score: 1 },
          attribute: { order: 2, attributeRankingOrderScore: 0.5, score: 0.6 },
          exactness: { order: 3, matchType: 'exactMatch', score: 1 },
          proximity: { order: 4, score: 0.5 },
          vector: { order: 5, score: 0.2 },
        },
        en.why,
        'en',
      ).map(({ rule, text, score }) => [rule, text, score]),
    ).toEqual([
      ['nameSort:asc', 'Sorted by name.', undefined],
      ['typo', 'Spelled exactly as you typed it.', 100],
      ['attribute', 'Matched in a less important field (description, city or requirements).', 60],
      ['exactness', 'An exact match of your search.', 100],
      ['proximity', 'Your search words appear further apart.', 50],
      ['vector', 'Ranking rule “vector”.', 20],
    ]);
  });

  it('has nothing to say without details, and rounds the overall score', () => {
    expect(explainRanking(undefined, en.why, 'en')).toEqual([]);
    expect(overallScore(0.6592)).toBe(66);
    expect(overallScore(undefined)).toBeUndefined();
  });
});
