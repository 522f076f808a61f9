import { Box, Link, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { PartnerResponse } from '../api/responses';
import { MaskedBankDetails } from './MaskedBankDetails';
import { useCountryName } from './useCountryName';

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <>
    <Typography component="dt" variant="body2" color="text.secondary">
      {label}
    </Typography>
    <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
      {children}
    </Typography>
  </>
);

/** A partner's profile as a description list (bank details masked): My company and the case page. */
export const PartnerDetails = ({ partner }: { partner: PartnerResponse }) => {
  const translate = useTranslate();
  const countryName = useCountryName();
  const field = (name: string) => translate(`resources.partners.fields.${name}`);
  const { address } = partner;
  const dash = translate('resources.partners.not_given');
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'minmax(10rem, max-content) 1fr' },
        columnGap: 3,
        rowGap: { xs: 0.25, sm: 1 },
        m: 0,
        '& dd': { mb: { xs: 1.5, sm: 0 } },
      }}
    >
      <Row label={field('legalName')}>{partner.legalName}</Row>
      <Row label={field('partnerId')}>{partner.partnerId ?? dash}</Row>
      <Row label={field('address')}>
        {[
          address.addressLine1,
          address.addressLine2,
          [address.postalCode, address.city].filter(Boolean).join(' '),
          address.state,
          countryName(address.country),
        ]
          .filter(Boolean)
          .map((line) => (
            <span key={line} style={{ display: 'block' }}>
              {line}
            </span>
          ))}
      </Row>
      <Row label={field('billingCurrency')}>{partner.billingCurrency ?? dash}</Row>
      <Row label={field('bankDetails')}>
        <MaskedBankDetails bankDetails={partner.bankDetails} />
      </Row>
      <Row label={field('adminEmail')}>{partner.adminEmail}</Row>
      <Row label={field('website')}>
        {partner.website ? (
          <Link href={partner.website} target="_blank" rel="noreferrer">
            {partner.website}
          </Link>
        ) : (
          dash
        )}
      </Row>
      <Row label={field('phone')}>{partner.phone ?? dash}</Row>
      <Row label={field('preferredLanguage')}>
        {translate(`enums.language.${partner.preferredLanguage}`)}
      </Row>
    </Box>
  );
};
