import { usePagination } from 'react-instantsearch';
import { format } from '../i18n/format';
import { useI18n } from '../i18n/useI18n';

/** Page links (real URLs: open in a new tab works), the current one marked. */
export const ResultsPagination = ({ onPage }: { onPage: () => void }) => {
  const { messages } = useI18n();
  const m = messages.search;
  const { pages, currentRefinement, nbPages, isFirstPage, isLastPage, refine, createURL } =
    usePagination({ padding: 2 });
  if (nbPages <= 1) {
    return null;
  }
  const go = (page: number) => (event: React.MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) {
      return;
    }
    event.preventDefault();
    refine(page);
    onPage();
  };
  return (
    <nav className="pagination" aria-label={m.pages}>
      <ul>
        <li>
          {isFirstPage ? (
            <span className="page disabled">{m.previous}</span>
          ) : (
            <a
              className="page"
              href={createURL(currentRefinement - 1)}
              onClick={go(currentRefinement - 1)}
            >
              {m.previous}
            </a>
          )}
        </li>
        {pages.map((page) => (
          <li key={page}>
            <a
              className="page"
              href={createURL(page)}
              aria-label={format(m.page, { page: page + 1 })}
              aria-current={page === currentRefinement ? 'page' : undefined}
              onClick={go(page)}
            >
              {page + 1}
            </a>
          </li>
        ))}
        <li>
          {isLastPage ? (
            <span className="page disabled">{m.next}</span>
          ) : (
            <a
              className="page"
              href={createURL(currentRefinement + 1)}
              onClick={go(currentRefinement + 1)}
            >
              {m.next}
            </a>
          )}
        </li>
      </ul>
    </nav>
  );
};
