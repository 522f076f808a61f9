import { useId } from 'react';
import { Highlight } from 'react-instantsearch';
import type { Hit } from 'instantsearch.js';
import { format } from '../i18n/format';
import { useI18n } from '../i18n/useI18n';
import { countryLabel } from '../markets/names';
import { Link } from '../router/Link';
import { providerPath } from '../router/route';
import { servedCountries, serviceLabel } from './labels';
import { descriptionAttribute, type ProviderDocument } from './provider-hit';
import { ProviderLogo } from './ProviderLogo';
import type { RankingDetails } from './ranking';
import { WhyThisOrder } from './WhyThisOrder';

export type ProviderHit = Hit<ProviderDocument> & {
  readonly _rankingScore?: number;
  readonly _rankingScoreDetails?: RankingDetails;
};

export const formatDate = (ms: number, locale: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(ms));

/** One provider in the results: who, where, what it offers, how fresh, and why it is here. */
export const ResultCard = ({ hit, wanted }: { hit: ProviderHit; wanted: readonly string[] }) => {
  const { locale, messages } = useI18n();
  const m = messages.card;
  const titleId = useId();
  const served = servedCountries({ codes: hit.countries, wanted, locale });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const servedText =
    served.more > 0
      ? format(m.serves_more.other, { list: served.names.join(', '), count: served.more })
      : list.format(served.names);
  return (
    <li className="result">
      <article aria-labelledby={titleId}>
        <div className="result-head">
          <ProviderLogo provider={hit} />
          <div className="result-title">
            <h3 id={titleId}>
              <Link href={providerPath(hit.id)}>
                <Highlight attribute="name" hit={hit} />
              </Link>
            </h3>
            <p className="result-where">
              <span className="visually-hidden">{m.serves}: </span>
              {servedText}
            </p>
          </div>
          {hit.authorized && (
            <span className="badge" title={m.authorized_long}>
              <svg aria-hidden="true" viewBox="0 0 16 16">
                <path d="m3.5 8.5 3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2" />
              </svg>
              {m.authorized}
            </span>
          )}
        </div>
        <p className="result-summary">
          <Highlight attribute={descriptionAttribute(locale)} hit={hit} />
        </p>
        <ul className="chips" aria-label={m.services}>
          {hit.services.map((code) => (
            <li key={code} className="chip">
              {serviceLabel(code, messages)}
            </li>
          ))}
        </ul>
        <div className="result-foot">
          <span className="muted">
            {m.headquarters}: {countryLabel(hit.headquartersCountry, locale)}
            {' · '}
            {hit.lastConfirmedAt === null
              ? m.never_confirmed
              : format(m.confirmed, { date: formatDate(hit.lastConfirmedAt, locale) })}
          </span>
          <WhyThisOrder
            details={hit._rankingScoreDetails}
            rankingScore={hit._rankingScore}
            position={hit.__position}
          />
        </div>
      </article>
    </li>
  );
};
