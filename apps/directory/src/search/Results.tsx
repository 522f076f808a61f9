import { useRef } from 'react';
import { useHits, useInstantSearch } from 'react-instantsearch';
import { plural } from '../i18n/format';
import { useI18n } from '../i18n/useI18n';
import { EmptyState } from './EmptyState';
import type { ProviderDocument } from './provider-hit';
import { type ProviderHit, ResultCard } from './ResultCard';
import { ResultsPagination } from './ResultsPagination';

/** The count (announced politely), the cards, the pages; or why there is nothing. */
export const Results = () => {
  const { locale, messages } = useI18n();
  const m = messages.search;
  const { status, results, indexUiState } = useInstantSearch();
  const { items } = useHits<ProviderDocument>();
  const top = useRef<HTMLHeadingElement>(null);
  const count = results.nbHits;
  const query = results.query;
  const hasAnswer = results.__isArtificial !== true;
  const wanted = indexUiState.refinementList?.['countries'] ?? [];

  const summary = !hasAnswer
    ? m.loading
    : query
      ? plural(m.results_for, count, locale, { query })
      : plural(m.results, count, locale);

  return (
    <section className="results" aria-labelledby="results-title">
      <div className="results-head">
        <h2 id="results-title" ref={top} tabIndex={-1}>
          {m.title}
        </h2>
        <p className="results-count" role="status" aria-live="polite">
          {status === 'error' ? '' : summary}
        </p>
      </div>
      {status === 'error' && (
        <p className="status status-error" role="alert">
          {m.error}
        </p>
      )}
      {hasAnswer && count === 0 && status !== 'error' && <EmptyState />}
      {items.length > 0 && (
        <ol className="result-list" aria-busy={status === 'loading' || status === 'stalled'}>
          {items.map((hit) => (
            <ResultCard key={hit.objectID} hit={hit as ProviderHit} wanted={wanted} />
          ))}
        </ol>
      )}
      <ResultsPagination
        onPage={() => {
          top.current?.scrollIntoView({ block: 'start' });
          top.current?.focus({ preventScroll: true });
        }}
      />
    </section>
  );
};
