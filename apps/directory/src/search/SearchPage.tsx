import { useState } from 'react';
import { Configure, InstantSearch } from 'react-instantsearch';
import type { UiState } from 'instantsearch.js';
import { useI18n } from '../i18n/useI18n';
import { MarketPicker } from '../markets/MarketPicker';
import { ActiveFilters } from './ActiveFilters';
import { Filters } from './Filters';
import { PROVIDER_INDEX } from './provider-hit';
import { Results } from './Results';
import type { IndexState } from './routing';
import { searchClient } from './search-client';
import { SearchBox } from './SearchBox';
import { SortSelect } from './SortSelect';
import { urlRouter } from './url-router';
import { useRegionCountry } from './useRegionCountry';

/** The search state ↔ the URL of `/` (routing.ts); Back undoes a change, a link restores one. */
const makeRouting = () => ({
  router: urlRouter({ writeDelay: 400 }),
  stateMapping: {
    stateToRoute: (uiState: UiState): IndexState => {
      const { configure: _configure, ...state } = uiState[PROVIDER_INDEX] ?? {};
      return state;
    },
    routeToState: (route: IndexState): UiState => ({ [PROVIDER_INDEX]: route }),
  },
});

const Entry = () => {
  const [selection, select] = useRegionCountry();
  return <MarketPicker selection={selection} select={select} />;
};

/** The directory's front page: where the reseller is, then the providers that serve it. */
export const SearchPage = () => {
  const { messages: m } = useI18n();
  const [routing] = useState(makeRouting);
  return (
    <InstantSearch
      searchClient={searchClient()}
      indexName={PROVIDER_INDEX}
      routing={routing}
      future={{ preserveSharedStateOnUnmount: true }}
    >
      <Configure hitsPerPage={12} />
      <div className="hero">
        <h1>{m.finder.title}</h1>
        <p className="intro">{m.finder.intro}</p>
        <Entry />
      </div>
      <div className="search-bar">
        <SearchBox />
        <SortSelect />
      </div>
      <ActiveFilters />
      <div className="search-layout">
        <Filters />
        <Results />
      </div>
    </InstantSearch>
  );
};
