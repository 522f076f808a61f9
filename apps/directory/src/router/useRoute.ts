import { createContext, useContext } from 'react';
import type { Route } from './route';

export type Navigation = {
  route: Route;
  /** Whether this page was reached from the search within the app (so Back returns to it). */
  cameFromSearch: boolean;
  navigate: (path: string) => void;
};

export const RouteContext = createContext<Navigation>({
  route: { page: 'search' },
  cameFromSearch: false,
  navigate: () => undefined,
});

/** The current page and the way to another one (history.pushState, Back works). */
export const useRoute = (): Navigation => useContext(RouteContext);
