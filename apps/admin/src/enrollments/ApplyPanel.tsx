import AssignmentIcon from '@mui/icons-material/Assignment';
import { Alert, Box, Button, Card, CardActions, CardContent, Typography } from '@mui/material';
import { enrollmentPrograms, type EnrollmentProgram } from '@hub/domain';
import { useState } from 'react';
import { LinkBase, useCreate, useGetList, useRedirect, useTranslate } from 'react-admin';
import { newIdempotencyKey } from '../api/httpClient';
import type { EnrollmentResponse, PartnerResponse } from '../api/responses';
import { useApiError } from '../api/useApiError';
import { useViewer } from '../api/useViewer';
import { isClosedState } from './commands';

/**
 * Apply for a program: the two ways into CSP (the seed), each a card. A program with an open
 * application cannot be applied for again (the API answers 409 too).
 */
export const ApplyPanel = ({ enrollments }: { enrollments: EnrollmentResponse[] }) => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const onError = useApiError();
  const { isGlobalAdmin } = useViewer();
  const [create, { isPending }] = useCreate<EnrollmentResponse>();
  const [keys, setKeys] = useState(() => new Map<EnrollmentProgram, string>());
  const { data: partners, isPending: isPartnerPending } = useGetList<PartnerResponse>('partners', {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'id', order: 'ASC' },
  });
  const hasProfile = (partners?.length ?? 0) > 0;

  if (!isGlobalAdmin || isPartnerPending) {
    return null;
  }
  if (!hasProfile) {
    return (
      <Alert
        severity="info"
        action={
          <Button component={LinkBase} to="/partners" color="inherit">
            {translate('resources.partners.my_company')}
          </Button>
        }
      >
        {translate('resources.enrollments.apply.profile_first')}
      </Alert>
    );
  }

  const apply = (program: EnrollmentProgram) => {
    const key = keys.get(program) ?? newIdempotencyKey();
    setKeys(new Map(keys).set(program, key));
    void create(
      'enrollments',
      { data: { program }, meta: { idempotencyKey: key } },
      {
        onSuccess: (enrollment) => redirect('show', 'enrollments', enrollment.id),
        onError: (error) => {
          setKeys(new Map(keys).set(program, newIdempotencyKey()));
          onError(error);
        },
      },
    );
  };

  return (
    <Box component="section" aria-labelledby="apply" sx={{ mb: 2 }}>
      <Typography id="apply" component="h2" variant="h6" sx={{ mb: 1 }}>
        {translate('resources.enrollments.apply.title')}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        {enrollmentPrograms.map((program) => {
          // A location's review (issue 10 item 2) is not the partner's main application.
          const open = enrollments.find(
            (each) =>
              each.program === program && !isClosedState(each.state) && each.locationId === null,
          );
          return (
            <Card
              key={program}
              variant="outlined"
              sx={{ display: 'flex', flexDirection: 'column' }}
            >
              <CardContent sx={{ flex: 1 }}>
                <Typography
                  component="h3"
                  variant="subtitle1"
                  sx={{ fontWeight: 600 }}
                  gutterBottom
                >
                  {translate(`enums.program.${program}`)}
                </Typography>
                <Typography variant="body2">
                  {translate(`resources.enrollments.programs.${program}.body`)}
                </Typography>
              </CardContent>
              <CardActions>
                {open ? (
                  <Button component={LinkBase} to={`/enrollments/${open.id}/show`}>
                    {translate('resources.enrollments.apply.open_existing')}
                  </Button>
                ) : (
                  <Button
                    variant="contained"
                    startIcon={<AssignmentIcon />}
                    disabled={isPending}
                    onClick={() => apply(program)}
                  >
                    {translate(`resources.enrollments.apply.${program}`)}
                  </Button>
                )}
              </CardActions>
            </Card>
          );
        })}
      </Box>
    </Box>
  );
};
