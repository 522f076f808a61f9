import { useId, useMemo, useState } from 'react';
import { useRefinementList } from 'react-instantsearch';
import { useI18n } from '../i18n/useI18n';
import { facetTitle, facetValueLabel } from './labels';
import type { FacetAttribute } from './routing';

const SHOWN = 6;

/**
 * One facet as a group of checkboxes with counts (values OR-ed), the refined ones first.
 * `only` narrows the values shown (the countries of the chosen regions); `searchable` adds a
 * name filter, matched on the names in the reader's language (not the codes).
 */
export const FacetList = ({
  attribute,
  only,
  searchable = false,
}: {
  attribute: FacetAttribute;
  only?: (value: string) => boolean;
  searchable?: boolean;
}) => {
  const i18n = useI18n();
  const m = i18n.messages.search;
  const ids = { title: useId(), filter: useId() };
  const { items, refine } = useRefinementList({
    attribute,
    limit: 300,
    sortBy: ['isRefined', 'count:desc', 'name:asc'],
  });
  const [isExpanded, setExpanded] = useState(false);
  const [text, setText] = useState('');

  const labelled = useMemo(() => {
    const needle = text.trim().toLocaleLowerCase(i18n.locale);
    return items
      .filter((item) => item.isRefined || !only || only(item.value))
      .map((item) => ({ ...item, text: facetValueLabel(attribute, item.value, i18n) }))
      .filter((item) => needle === '' || item.text.toLocaleLowerCase(i18n.locale).includes(needle));
  }, [items, only, text, attribute, i18n]);
  const shown = isExpanded || text !== '' ? labelled : labelled.slice(0, SHOWN);
  const title = facetTitle(attribute, i18n.messages);

  return (
    <fieldset className="facet">
      <legend id={ids.title}>{title}</legend>
      {searchable && items.length > SHOWN && (
        <div className="facet-filter">
          <label htmlFor={ids.filter} className="visually-hidden">
            {m.filter_countries}
          </label>
          <input
            id={ids.filter}
            type="search"
            value={text}
            placeholder={m.filter_countries}
            autoComplete="off"
            onChange={(event) => setText(event.target.value)}
          />
        </div>
      )}
      {shown.length === 0 ? (
        <p className="facet-empty">{m.no_values}</p>
      ) : (
        <ul>
          {shown.map((item) => (
            <li key={item.value}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={item.isRefined}
                  onChange={() => refine(item.value)}
                />
                <span className="check-label">{item.text}</span>
                <span className="count">{item.count}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {text === '' && labelled.length > SHOWN && (
        <button
          type="button"
          className="link-button"
          aria-expanded={isExpanded}
          onClick={() => setExpanded((open) => !open)}
        >
          {isExpanded ? m.show_less : `${m.show_more} (${labelled.length - SHOWN})`}
        </button>
      )}
    </fieldset>
  );
};
