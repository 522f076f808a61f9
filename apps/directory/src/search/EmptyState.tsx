import { useEffect, useMemo, useState } from 'react';
import { useInstantSearch } from 'react-instantsearch';
import { format, plural } from '../i18n/format';
import { useI18n } from '../i18n/useI18n';
import { facetTitle, facetValueLabel } from './labels';
import { countRelaxations, type Relaxation, relaxations, without } from './relax';

/**
 * No provider matches: each filter (and the search text) as a button that drops it, with how
 * many providers that would find, the most helpful first.
 */
export const EmptyState = () => {
  const i18n = useI18n();
  const m = i18n.messages.search;
  const { indexUiState, setIndexUiState } = useInstantSearch();
  const candidates = useMemo(() => relaxations(indexUiState), [indexUiState]);
  const [counts, setCounts] = useState<{ for: Relaxation[]; counts: number[] }>();

  useEffect(() => {
    if (candidates.length === 0) {
      return undefined;
    }
    const controller = new AbortController();
    countRelaxations(indexUiState, candidates, controller.signal).then(
      (found) => setCounts({ for: candidates, counts: found }),
      () => undefined, // the buttons work without their counts
    );
    return () => controller.abort();
  }, [indexUiState, candidates]);

  const known = counts?.for === candidates ? counts.counts : undefined;
  const label = (relaxation: Relaxation) => {
    switch (relaxation.kind) {
      case 'query':
        return format(m.relax_query, { query: relaxation.query });
      case 'facet':
        return format(m.relax_filter, {
          label: `${facetTitle(relaxation.attribute, i18n.messages)}: ${facetValueLabel(relaxation.attribute, relaxation.value, i18n)}`,
        });
      case 'authorized':
        return format(m.relax_filter, { label: m.authorized_only });
    }
  };
  const ordered = candidates
    .map((relaxation, index) => ({ relaxation, count: known?.[index] }))
    .sort((a, b) => (b.count ?? 0) - (a.count ?? 0));

  return (
    <section className="empty" aria-labelledby="empty-title">
      <h2 id="empty-title">{m.empty_title}</h2>
      {ordered.length === 0 ? (
        <p>{m.empty_body_plain}</p>
      ) : (
        <>
          <p>{m.empty_body}</p>
          <ul className="relax">
            {ordered.map(({ relaxation, count }) => (
              <li key={JSON.stringify(relaxation)}>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setIndexUiState((state) => without(state, relaxation))}
                >
                  {label(relaxation)}
                  {count !== undefined && (
                    <span className="relax-count">
                      {count === 0 ? m.relax_none : plural(m.relax_count, count, i18n.locale)}
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};
