import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { parseRoute } from './route';
import { RouteContext } from './useRoute';

type State = { pathname: string; cameFromSearch: boolean };

/** Follows the address bar: links push a history entry, Back and Forward pop one. */
export const RouteProvider = ({ children }: { children: ReactNode }) => {
  const [state, setState] = useState<State>(() => ({
    pathname: window.location.pathname,
    cameFromSearch: false,
  }));

  useEffect(() => {
    const onPopState = () =>
      setState((previous) => ({
        pathname: window.location.pathname,
        cameFromSearch: previous.cameFromSearch && window.location.pathname !== '/',
      }));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback((path: string) => {
    const from = window.location.pathname;
    window.history.pushState(null, '', path);
    window.scrollTo(0, 0);
    setState({
      pathname: new URL(path, window.location.href).pathname,
      cameFromSearch: from === '/',
    });
  }, []);

  const value = useMemo(
    () => ({ route: parseRoute(state.pathname), cameFromSearch: state.cameFromSearch, navigate }),
    [state, navigate],
  );
  return <RouteContext.Provider value={value}>{children}</RouteContext.Provider>;
};
