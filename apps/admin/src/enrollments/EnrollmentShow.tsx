import { Box, Stack } from '@mui/material';
import { Loading, ShowBase, Title, useShowContext, useTranslate } from 'react-admin';
import type { EnrollmentResponse } from '../api/responses';
import { useEnrollmentCommand } from '../api/useEnrollmentCommand';
import { useRefreshOnLocaleChange } from '../api/useRefreshOnLocaleChange';
import { useViewer } from '../api/useViewer';
import { EnrollmentHeader } from './EnrollmentHeader';
import { EnrollmentWizard } from './EnrollmentWizard';
import { PartnerEnrollmentView } from './PartnerEnrollmentView';
import { ReviewCase } from './ReviewCase';
import { LocationDetails } from '../locations/LocationDetails';

const EnrollmentPage = ({ enrollment }: { enrollment: EnrollmentResponse }) => {
  const translate = useTranslate();
  const { isStaff } = useViewer();
  const commands = useEnrollmentCommand(enrollment);
  useRefreshOnLocaleChange();
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4, minWidth: 0 }}>
      <Title
        title={translate('resources.enrollments.heading', {
          program: translate(`enums.program.${enrollment.program}`),
          name: enrollment.legalName,
        })}
      />
      <EnrollmentHeader enrollment={enrollment} />
      {enrollment.locationId && <LocationDetails locationId={enrollment.locationId} />}
      {isStaff ? (
        <ReviewCase enrollment={enrollment} commands={commands} />
      ) : enrollment.state === 'draft' ? (
        <EnrollmentWizard enrollment={enrollment} commands={commands} />
      ) : (
        <PartnerEnrollmentView enrollment={enrollment} commands={commands} />
      )}
    </Stack>
  );
};

const Page = () => {
  const { record, isPending } = useShowContext<EnrollmentResponse>();
  if (isPending || !record) {
    return <Loading />;
  }
  return <EnrollmentPage enrollment={record} />;
};

/** One application: the partner's guided draft or status page, or the reviewer's case page. */
export const EnrollmentShow = () => (
  <ShowBase>
    <Box>
      <Page />
    </Box>
  </ShowBase>
);
