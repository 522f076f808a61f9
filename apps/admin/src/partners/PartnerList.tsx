import AddBusinessIcon from '@mui/icons-material/AddBusiness';
import BusinessIcon from '@mui/icons-material/Business';
import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import { LinkBase, Loading, Title, useGetList, useTranslate } from 'react-admin';
import type { PartnerResponse } from '../api/responses';
import { useViewer } from '../api/useViewer';
import { PartnerProfile } from './PartnerProfile';

/** No profile yet: the global admin is invited to create one, others are told who can. */
const NoProfile = () => {
  const translate = useTranslate();
  const { isGlobalAdmin } = useViewer();
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent sx={{ textAlign: 'center', py: 6 }} role="status">
        <BusinessIcon sx={{ fontSize: 72, opacity: 0.5 }} aria-hidden />
        <Typography component="h1" variant="h5" gutterBottom>
          {translate('resources.partners.empty.title')}
        </Typography>
        <Typography sx={{ maxWidth: 560, mx: 'auto', mb: 1 }}>
          {translate('resources.partners.empty.body')}
        </Typography>
        <Typography color="text.secondary" sx={{ maxWidth: 560, mx: 'auto', mb: 3 }}>
          {translate('resources.partners.fields.partnerId_hint')}
        </Typography>
        {isGlobalAdmin ? (
          <Button
            component={LinkBase}
            to="/partners/create"
            variant="contained"
            startIcon={<AddBusinessIcon />}
          >
            {translate('resources.partners.action.create')}
          </Button>
        ) : (
          <Typography>{translate('resources.partners.empty.not_admin')}</Typography>
        )}
      </CardContent>
    </Card>
  );
};

/** "My company": a partner's tenant has at most one profile, shown here, or an invitation. */
export const PartnerList = () => {
  const translate = useTranslate();
  const { data, isPending, error } = useGetList<PartnerResponse>('partners', {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'id', order: 'ASC' },
  });
  const partner = data?.[0];
  return (
    <Box>
      <Title title={translate('resources.partners.my_company')} />
      {isPending ? (
        <Loading />
      ) : error ? null : partner ? (
        <PartnerProfile partner={partner} />
      ) : (
        <NoProfile />
      )}
    </Box>
  );
};
