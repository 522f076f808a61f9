import { regionLabel } from '@hub/domain';
import { lazy, Suspense, useCallback, useEffect, useRef } from 'react';
import { useRemote } from '../api/useRemote';
import { format, plural } from '../i18n/format';
import { useI18n } from '../i18n/useI18n';
import { countryLabel, languageLabel } from '../markets/names';
import { useRoute } from '../router/useRoute';
import { formatDate } from '../search/ResultCard';
import { ProviderLogo } from '../search/ProviderLogo';
import { productAreaLabel, serviceLabel } from '../search/labels';
import type { ProviderDocument } from '../search/provider-hit';
import { ContactForm } from './ContactForm';
import { fetchProvider } from './fetch-provider';

// d3-geo, topojson-client and the country shapes load only with a map on screen.
const ProviderMap = lazy(() => import('./ProviderMap'));

const BackLink = () => {
  const { messages } = useI18n();
  const { cameFromSearch } = useRoute();
  return (
    <a
      className="back"
      href="/"
      onClick={(event) => {
        // Back to the very search (filters, page, scroll) when we came from it.
        if (cameFromSearch && event.button === 0 && !event.metaKey && !event.ctrlKey) {
          event.preventDefault();
          window.history.back();
        }
      }}
    >
      <span aria-hidden="true">← </span>
      {messages.provider.back}
    </a>
  );
};

/** A provider's full listing in the reader's language: services, reach, offices, contact. */
export const ProviderPage = ({ id }: { id: string }) => {
  const { locale, messages } = useI18n();
  const m = messages.provider;
  const load = useCallback((signal: AbortSignal) => fetchProvider(id, signal), [id]);
  const [remote, retry] = useRemote(load);
  const heading = useRef<HTMLHeadingElement>(null);
  const isReady = remote.status === 'ready';

  useEffect(() => {
    if (isReady) {
      heading.current?.focus({ preventScroll: true });
    }
  }, [isReady]);

  const provider = remote.status === 'ready' ? remote.data : undefined;
  useEffect(() => {
    if (provider) {
      document.title = `${provider.name} · ${messages.meta.title}`;
    }
  }, [provider, messages]);

  if (remote.status === 'idle' || remote.status === 'loading') {
    return (
      <>
        <BackLink />
        <p className="status" role="status">
          {m.loading}
        </p>
      </>
    );
  }
  if (remote.status === 'error') {
    return (
      <>
        <BackLink />
        <div className="status-row">
          <p className="status status-error" role="alert">
            {m.error}
          </p>
          <button type="button" onClick={retry}>
            {messages.finder.retry}
          </button>
        </div>
      </>
    );
  }
  if (!provider) {
    return (
      <>
        <BackLink />
        <section className="panel not-found">
          <h1 ref={heading} tabIndex={-1}>
            {m.not_found_title}
          </h1>
          <p>{m.not_found_body}</p>
          <a className="button" href="/">
            {messages.finder.title}
          </a>
        </section>
      </>
    );
  }
  return <Listing provider={provider} headingRef={heading} locale={locale} />;
};

const Listing = ({
  provider,
  headingRef,
  locale,
}: {
  provider: ProviderDocument;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  locale: 'en' | 'sv';
}) => {
  const { messages } = useI18n();
  const m = messages.provider;
  const sv = locale === 'sv';
  const summary = sv ? provider.shortDescriptionSv : provider.shortDescriptionEn;
  const long = sv ? provider.longDescriptionSv : provider.longDescriptionEn;
  const requirements = sv ? provider.minimumRequirementsSv : provider.minimumRequirementsEn;
  const collator = new Intl.Collator(locale);
  const countries = provider.countries
    .map((code) => ({ code, name: countryLabel(code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));

  return (
    <article className="provider">
      <BackLink />
      <header className="provider-head">
        <ProviderLogo provider={provider} large />
        <div>
          <h1 ref={headingRef} tabIndex={-1}>
            {provider.name}
          </h1>
          <p className="provider-summary">{summary}</p>
          <p className="provider-meta">
            {provider.authorized && (
              <span className="badge">
                <svg aria-hidden="true" viewBox="0 0 16 16">
                  <path d="m3.5 8.5 3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2" />
                </svg>
                {messages.card.authorized_long}
              </span>
            )}
            <span className="muted">
              {m.headquarters}: {countryLabel(provider.headquartersCountry, locale)}
            </span>
          </p>
        </div>
      </header>

      <div className="provider-grid">
        <div className="provider-main">
          {long && (
            <section className="panel" aria-labelledby="about-title">
              <h2 id="about-title">{m.about}</h2>
              <p className="prose">{long}</p>
            </section>
          )}
          <section className="panel" aria-labelledby="services-title">
            <h2 id="services-title">{m.services}</h2>
            <ul className="chips">
              {provider.services.map((code) => (
                <li key={code} className="chip">
                  {serviceLabel(code, messages)}
                </li>
              ))}
            </ul>
            <h3>{m.product_areas}</h3>
            <ul className="chips">
              {provider.productAreas.map((code) => (
                <li key={code} className="chip chip-quiet">
                  {productAreaLabel(code, messages)}
                </li>
              ))}
            </ul>
            <h3>{m.languages}</h3>
            <p>
              {new Intl.ListFormat(locale, { type: 'conjunction' }).format(
                provider.languages.map((tag) => languageLabel(tag, locale)),
              )}
            </p>
          </section>
          <section className="panel" aria-labelledby="reach-title">
            <h2 id="reach-title">{plural(m.countries, countries.length, locale)}</h2>
            <Suspense
              fallback={
                <div className="map map-loading" role="status">
                  <p>{m.map_loading}</p>
                </div>
              }
            >
              <ProviderMap
                name={provider.name}
                countries={provider.countries}
                offices={provider.offices}
              />
            </Suspense>
            <p className="muted">
              {m.regions}:{' '}
              {provider.regions.map((region) => regionLabel(region, locale)).join(', ')}
            </p>
            <ul className="country-list">
              {countries.map((country) => (
                <li key={country.code}>{country.name}</li>
              ))}
            </ul>
          </section>
          {requirements && (
            <section className="panel" aria-labelledby="requirements-title">
              <h2 id="requirements-title">{m.requirements}</h2>
              <p className="prose">{requirements}</p>
            </section>
          )}
          <ContactForm providerId={provider.id} providerName={provider.name} />
        </div>

        <aside className="provider-side">
          <section className="panel" aria-labelledby="contact-title">
            <h2 id="contact-title">{m.contact}</h2>
            <dl className="contact-list">
              <dt>{m.website}</dt>
              <dd>
                <a href={provider.website} rel="noopener noreferrer" target="_blank">
                  {provider.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                </a>
              </dd>
              <dt>{m.email}</dt>
              <dd>
                <a href={`mailto:${provider.contactEmail}`}>{provider.contactEmail}</a>
              </dd>
              <dt>{m.phone}</dt>
              <dd>
                <a href={`tel:${provider.contactPhone.replace(/[^\d+]/g, '')}`}>
                  {provider.contactPhone}
                </a>
              </dd>
            </dl>
          </section>
          <section className="panel" aria-labelledby="offices-title">
            <h2 id="offices-title">{m.offices}</h2>
            {provider.offices.length === 0 ? (
              <p className="muted">{m.no_offices}</p>
            ) : (
              <ul className="offices">
                {provider.offices.map((office, index) => (
                  <li key={index}>
                    <address>
                      {office.name && <strong>{office.name}</strong>}
                      <span>{office.addressLine1}</span>
                      <span>{[office.postalCode, office.city].filter(Boolean).join(' ')}</span>
                      <span>{countryLabel(office.country, locale)}</span>
                    </address>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {provider.lastConfirmedAt !== null && (
            <p className="muted confirmed">
              {format(m.confirmed, { date: formatDate(provider.lastConfirmedAt, locale) })}
            </p>
          )}
        </aside>
      </div>
    </article>
  );
};
