import { Alert, AlertTitle, Box, Link, Typography } from '@mui/material';
import { LinkBase, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import type { DuplicateResponse, EnrollmentResponse } from '../api/responses';
import { useCountryName } from '../partners/useCountryName';
import { describeSignals } from './duplicate-signals';

/** What duplicates share, in the reader's language ("Same bank account and PartnerID"). */
export const useDuplicateSignals = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (signals: DuplicateResponse['signals']) => describeSignals(signals, translate, locale);
};

/**
 * The case page's warning (staff only: partners never get `duplicates`): each other tenant's
 * partner that shares a bank account, PartnerID or e-mail domain with this one, what it shares,
 * and links to its cases.
 */
export const DuplicatesAlert = ({ enrollment }: { enrollment: EnrollmentResponse }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const countryName = useCountryName();
  const shares = useDuplicateSignals();
  const duplicates = enrollment.duplicates ?? [];
  if (duplicates.length === 0) {
    return null;
  }
  return (
    <Alert severity="warning">
      <AlertTitle>
        {translate('resources.enrollments.duplicates.title', { smart_count: duplicates.length })}
      </AlertTitle>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('resources.enrollments.duplicates.body')}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5, display: 'grid', gap: 0.5 }}>
        {duplicates.map((duplicate) => (
          <li key={duplicate.partnerId}>
            <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
              {translate('resources.enrollments.duplicates.partner', {
                name: duplicate.legalName,
                country: countryName(duplicate.country),
              })}
            </Typography>
            {' — '}
            <Typography variant="body2" component="span">
              {shares(duplicate.signals)}
            </Typography>
            {': '}
            {duplicate.enrollments.length === 0 ? (
              <Typography variant="body2" component="span" color="text.secondary">
                {translate('resources.enrollments.duplicates.no_cases')}
              </Typography>
            ) : (
              duplicate.enrollments.map((other, index) => (
                <span key={other.id}>
                  {index > 0 && ', '}
                  <Link
                    component={LinkBase}
                    to={createPath({ resource: 'enrollments', id: other.id, type: 'show' })}
                  >
                    {translate('resources.enrollments.duplicates.case', {
                      program: translate(`enums.program.${other.program}`),
                      state: translate(`enums.state.${other.state}`),
                    })}
                  </Link>
                </span>
              ))
            )}
          </li>
        ))}
      </Box>
    </Alert>
  );
};
