import { LanguageSelect } from './i18n/LanguageSelect';
import { LocaleProvider } from './i18n/LocaleProvider';
import { useI18n } from './i18n/useI18n';
import { MarketPicker } from './markets/MarketPicker';

const Page = () => {
  const { messages: m } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {m.skip_to_content}
      </a>
      <header className="site-header">
        <div className="brand">
          <span className="brand-name">Partner Enrollment Hub</span>
          <span className="brand-program">{m.brand}</span>
        </div>
        <LanguageSelect />
      </header>
      <main id="main" tabIndex={-1}>
        <h1>{m.finder.title}</h1>
        <p className="intro">{m.finder.intro}</p>
        <MarketPicker />
        <section className="coming" aria-labelledby="coming-title">
          <h2 id="coming-title">{m.coming.title}</h2>
          <p>{m.coming.body}</p>
        </section>
      </main>
      <footer className="site-footer">
        <p>{m.footer}</p>
      </footer>
    </>
  );
};

/** The public directory at `/`: find an indirect provider by region and country. */
export const App = () => (
  <LocaleProvider>
    <Page />
  </LocaleProvider>
);
