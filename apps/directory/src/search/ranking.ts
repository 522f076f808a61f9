// "Why this order": Meilisearch's ranking score details (showRankingScoreDetails) in plain words.
// Each ranking rule that took part says how the result did on it, in the order the rules decide
// (the index's rankingRules: words, typo, proximity, attribute, sort, exactness).
import type { Locale } from '@hub/domain';
import { format, plural } from '../i18n/format';
import type { Messages } from '../i18n/en';

type RuleDetail = { order?: number; score?: number } & Record<string, unknown>;
export type RankingDetails = Readonly<Record<string, RuleDetail>>;

export type Reason = {
  readonly rule: string;
  readonly text: string;
  /** 0–100 where the rule scores the result; sort rules have none. */
  readonly score?: number;
};

const percent = (score: unknown) =>
  typeof score === 'number' && Number.isFinite(score) ? Math.round(score * 100) : undefined;

const numberOf = (value: unknown) => (typeof value === 'number' ? value : 0);

function explain(
  rule: string,
  detail: RuleDetail,
  messages: Messages['why'],
  locale: Locale,
): string {
  switch (rule) {
    case 'words':
      return format(messages.words, {
        matching: numberOf(detail['matchingWords']),
        max: numberOf(detail['maxMatchingWords']),
      });
    case 'typo': {
      const count = numberOf(detail['typoCount']);
      return count === 0 ? messages.typo_none : plural(messages.typo, count, locale);
    }
    case 'proximity':
      return numberOf(detail.score) >= 0.99 ? messages.proximity_close : messages.proximity_far;
    case 'attribute':
      return numberOf(detail['attributeRankingOrderScore']) >= 0.99
        ? messages.attribute_first
        : messages.attribute_other;
    case 'exactness':
      switch (detail['matchType']) {
        case 'exactMatch':
          return messages.exact;
        case 'matchesStart':
          return messages.starts;
        default:
          return messages.inexact;
      }
    default:
      if (rule.startsWith('nameSort:')) {
        return messages.sort_name;
      }
      if (rule.startsWith('lastConfirmedAt:')) {
        return messages.sort_confirmed;
      }
      return format(messages.other, { rule });
  }
}

/** The reasons behind a result's place, the deciding rule first. */
export function explainRanking(
  details: RankingDetails | undefined,
  messages: Messages['why'],
  locale: Locale,
): Reason[] {
  if (!details) {
    return [];
  }
  return Object.entries(details)
    .filter(([, detail]) => typeof detail === 'object' && detail !== null)
    .sort(([, a], [, b]) => numberOf(a.order) - numberOf(b.order))
    .map(([rule, detail]) => {
      const score = rule.includes(':') ? undefined : percent(detail.score);
      return {
        rule,
        text: explain(rule, detail, messages, locale),
        ...(score === undefined ? {} : { score }),
      };
    });
}

/** The overall ranking score (0–1) as a whole number out of 100, if the search sent it. */
export const overallScore = (rankingScore: unknown): number | undefined => percent(rankingScore);
