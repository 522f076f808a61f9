import EditIcon from '@mui/icons-material/Edit';
import { RevenueImport } from '../revenue-records/RevenueImport';
import { RevenueWindow } from '../revenue-records/RevenueWindow';
import { Alert, Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { LinkBase, useCreatePath, useTranslate } from 'react-admin';
import type { PartnerResponse } from '../api/responses';
import { PartnerDetails } from './PartnerDetails';

/** What is still missing before an application can be submitted (the seed's list). */
export function missingForSubmit(partner: PartnerResponse): string[] {
  return [
    partner.partnerId ? undefined : 'partnerId',
    partner.bankDetails ? undefined : 'bankDetails',
  ].filter((field): field is string => field !== undefined);
}

/**
 * "My company": the tenant's profile. Its global admin may change it; every other user of the
 * tenant reads it, with a sentence saying why there is no button.
 */
export const PartnerProfile = ({ partner }: { partner: PartnerResponse }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const missing = missingForSubmit(partner);
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Card>
        <CardContent>
          <Box
            sx={{
              display: 'flex',
              flexWrap: 'wrap',
              gap: 2,
              alignItems: 'center',
              justifyContent: 'space-between',
              mb: 2,
            }}
          >
            <Typography component="h1" variant="h5">
              {partner.legalName}
            </Typography>
            {partner.canEdit && (
              <Button
                component={LinkBase}
                to={createPath({ resource: 'partners', id: partner.id, type: 'edit' })}
                variant="contained"
                startIcon={<EditIcon />}
              >
                {translate('resources.partners.action.edit')}
              </Button>
            )}
          </Box>
          {!partner.canEdit && (
            <Alert severity="info" sx={{ mb: 2 }}>
              {translate('resources.partners.read_only')}
            </Alert>
          )}
          {missing.length > 0 && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {translate('resources.partners.incomplete', {
                fields: missing
                  .map((field) => translate(`resources.partners.fields.${field}`))
                  .join(', '),
              })}
            </Alert>
          )}
          <PartnerDetails partner={partner} />
        </CardContent>
      </Card>
      <Card>
        <CardContent sx={{ display: 'grid', gap: 3 }}>
          <Typography component="h2" variant="h6">
            {translate('resources.partners.revenue_title')}
          </Typography>
          <RevenueWindow of="partners" id={partner.id} />
          {partner.canEdit && <RevenueImport partnerId={partner.id} />}
        </CardContent>
      </Card>
    </Stack>
  );
};
