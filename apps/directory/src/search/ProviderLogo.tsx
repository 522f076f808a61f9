import { useState } from 'react';
import { format } from '../i18n/format';
import { useI18n } from '../i18n/useI18n';
import type { ProviderDocument } from './provider-hit';

/** Two letters for a provider without a logo. */
export const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word))
    .slice(0, 2)
    .map((word) => word[0]!.toLocaleUpperCase())
    .join('');

/**
 * The public logo of a published listing. `?v=` is the logo's id, so a new logo is a new URL
 * and the day-long cache of the old one never shows it after a change.
 */
export const logoUrl = (provider: Pick<ProviderDocument, 'id' | 'logo'>): string =>
  `/api/directory/providers/${encodeURIComponent(provider.id)}/logo?v=${encodeURIComponent(provider.logo ?? '')}`;

/**
 * The provider's logo in a fixed square (the card does not move when it arrives), loaded lazily;
 * without one, or if it fails to load, its initials in a neutral circle (decorative: the name is
 * beside it).
 */
export const ProviderLogo = ({
  provider,
  large = false,
}: {
  provider: Pick<ProviderDocument, 'id' | 'name' | 'logo'>;
  large?: boolean;
}) => {
  const { messages } = useI18n();
  const [failed, setFailed] = useState<string>();
  const size = large ? 64 : 44;
  const className = large ? 'avatar avatar-large' : 'avatar';
  if (provider.logo && failed !== provider.logo) {
    return (
      <span className={`${className} avatar-logo`}>
        <img
          src={logoUrl(provider)}
          alt={format(messages.card.logo_alt, { name: provider.name })}
          width={size}
          height={size}
          loading="lazy"
          decoding="async"
          onError={() => setFailed(provider.logo ?? undefined)}
        />
      </span>
    );
  }
  return (
    <span className={className} aria-hidden="true">
      {initials(provider.name)}
    </span>
  );
};
