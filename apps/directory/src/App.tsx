import { lazy, Suspense } from 'react';
import { LanguageSelect } from './i18n/LanguageSelect';
import { LocaleProvider } from './i18n/LocaleProvider';
import { useI18n } from './i18n/useI18n';
import { RouteProvider } from './router/RouteProvider';
import { useRoute } from './router/useRoute';
import { SearchPage } from './search/SearchPage';

// The provider page (with its map and contact form) loads only when someone opens one.
const ProviderPage = lazy(() =>
  import('./provider/ProviderPage').then((module) => ({ default: module.ProviderPage })),
);

const Page = () => {
  const { messages: m } = useI18n();
  const { route } = useRoute();
  return (
    <>
      <a className="skip-link" href="#main">
        {m.skip_to_content}
      </a>
      <header className="site-header">
        <a href="/" className="brand">
          <span className="brand-name">Partner Enrollment Hub</span>
          <span className="brand-program">{m.brand}</span>
        </a>
        <LanguageSelect />
      </header>
      <main id="main" tabIndex={-1} className={route.page === 'search' ? 'wide' : undefined}>
        {route.page === 'search' ? (
          <SearchPage />
        ) : (
          <Suspense fallback={<p className="status">{m.provider.loading}</p>}>
            <ProviderPage key={route.id} id={route.id} />
          </Suspense>
        )}
      </main>
      <footer className="site-footer">
        <p>{m.footer}</p>
      </footer>
    </>
  );
};

/** The public directory: the search at `/`, a provider at `/providers/:id`. */
export const App = () => (
  <LocaleProvider>
    <RouteProvider>
      <Page />
    </RouteProvider>
  </LocaleProvider>
);
