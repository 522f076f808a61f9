import { marketsInRegion } from '@hub/domain';
import { useId, useMemo, useState } from 'react';
import { useCurrentRefinements, useInstantSearch } from 'react-instantsearch';
import { plural } from '../i18n/format';
import { useI18n } from '../i18n/useI18n';
import { AuthorizedToggle } from './AuthorizedToggle';
import { FacetList } from './FacetList';

/**
 * The facets: region > country (the countries of the chosen regions), services, product areas,
 * languages, authorized. On a phone they fold behind a button that says how many are on.
 */
export const Filters = () => {
  const { locale, messages } = useI18n();
  const m = messages.search;
  const panel = useId();
  const [isOpen, setOpen] = useState(false);
  const { indexUiState } = useInstantSearch();
  const { items } = useCurrentRefinements();
  const on = items.reduce((sum, item) => sum + item.refinements.length, 0);
  const regions = indexUiState.refinementList?.['regions'];

  const inRegions = useMemo(() => {
    if (!regions || regions.length === 0) {
      return undefined;
    }
    const codes = new Set(
      regions.flatMap((region) => {
        const found = marketsInRegion(region);
        return found.ok ? found.value.map((market) => market.country as string) : [];
      }),
    );
    return (value: string) => codes.has(value);
  }, [regions]);

  return (
    <aside className={isOpen ? 'filters is-open' : 'filters'} aria-label={m.filters}>
      <button
        type="button"
        className="filters-toggle secondary"
        aria-expanded={isOpen}
        aria-controls={panel}
        onClick={() => setOpen((open) => !open)}
      >
        {on > 0 ? plural(m.filters_count, on, locale) : m.filters}
      </button>
      <div id={panel} className="filters-panel">
        <FacetList attribute="regions" />
        <FacetList attribute="countries" only={inRegions} searchable />
        <FacetList attribute="services" />
        <FacetList attribute="productAreas" />
        <FacetList attribute="languages" />
        <AuthorizedToggle />
        <button type="button" className="filters-done" onClick={() => setOpen(false)}>
          {m.show_results}
        </button>
      </div>
    </aside>
  );
};
