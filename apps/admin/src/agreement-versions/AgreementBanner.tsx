import { Alert, Button } from '@mui/material';
import type { EnrollmentResponse } from '@hub/web';
import { Link, useGetList, useTranslate } from 'react-admin';
import { useFormatters } from '../api/useFormatters';
import { useViewer } from '../api/useViewer';

/**
 * For a partner's users, on every page: a new version of the company's agreement to accept
 * (due: a warning with the deadline; overdue: an error, the company is flagged), linking to the
 * version to read and accept.
 */
export const AgreementBanner = () => {
  const { isPartner } = useViewer();
  return isPartner ? <PartnerAgreementBanner /> : null;
};

const PartnerAgreementBanner = () => {
  const translate = useTranslate();
  const { day } = useFormatters();
  const { data } = useGetList<EnrollmentResponse>('enrollments', {
    pagination: { page: 1, perPage: 50 },
    sort: { field: 'createdAt', order: 'DESC' },
  });
  const standings = (data ?? []).flatMap((enrollment) =>
    enrollment.agreementStanding &&
    ['due', 'overdue'].includes(enrollment.agreementStanding.status) &&
    enrollment.agreementStanding.currentVersionId
      ? [enrollment.agreementStanding]
      : [],
  );
  return (
    <>
      {standings.map((standing) => (
        <Alert
          key={standing.currentVersionId}
          severity={standing.status === 'overdue' ? 'error' : 'warning'}
          sx={{ mt: 2 }}
          action={
            <Button
              component={Link}
              to={`/agreement-versions/${standing.currentVersionId}/show`}
              color="inherit"
              size="small"
              variant="outlined"
            >
              {translate('agreements.banner.open')}
            </Button>
          }
        >
          {translate(`agreements.banner.${standing.status}`, {
            agreement: translate(`enums.agreement.${standing.kind}`, { _: standing.kind }),
            version: standing.currentVersion ?? '',
            deadline: standing.deadline ? day(standing.deadline) : '',
          })}
        </Alert>
      ))}
    </>
  );
};
