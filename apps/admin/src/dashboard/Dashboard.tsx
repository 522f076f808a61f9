import {
  Box,
  Button,
  Card,
  CardActions,
  CardContent,
  Chip,
  Skeleton,
  Stack,
  Typography,
} from '@mui/material';
import { LinkBase, Title, useGetIdentity, useTranslate } from 'react-admin';
import { useViewer } from '../api/useViewer';
import { ReviewFigures } from './ReviewFigures';

/** A chip whose label wraps on a narrow screen (MUI's chips never wrap by default). */
const wrappingChip = {
  height: 'auto',
  maxWidth: '100%',
  '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 },
};

/**
 * The start page: who is signed in, with what roles, and where to go. Every role chip reads as
 * a sentence ("Reviewer at Microsoft"), like the global admin's, never the token's role name.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  const roles = Array.isArray(identity?.['roles']) ? (identity['roles'] as string[]) : [];
  const username = typeof identity?.['username'] === 'string' ? identity['username'] : '';
  const tenantId = typeof identity?.['tenantId'] === 'string' ? identity['tenantId'] : '';
  const { isStaff } = useViewer();

  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={translate('hub.dashboard.title')} />
      <Card>
        <CardContent>
          {isPending ? (
            <Skeleton variant="text" width={280} sx={{ fontSize: '2rem' }} />
          ) : (
            <Typography component="h1" variant="h4">
              {translate('hub.dashboard.welcome', { name: identity?.fullName ?? '' })}
            </Typography>
          )}
          {username && (
            <Typography color="text.secondary">
              {translate('hub.dashboard.signed_in_as', { username })}
            </Typography>
          )}
          {identity && (
            <Box
              component="dl"
              sx={{
                display: 'grid',
                // minmax(0, 1fr): long chips and the tenant id wrap instead of widening a phone's page
                gridTemplateColumns: 'max-content minmax(0, 1fr)',
                gap: 1,
                m: 0,
                mt: 2,
              }}
            >
              <Typography component="dt" color="text.secondary">
                {translate('hub.dashboard.tenant')}
              </Typography>
              <Typography
                component="dd"
                sx={{ m: 0, fontFamily: 'monospace', overflowWrap: 'anywhere' }}
              >
                {tenantId}
              </Typography>
              <Typography component="dt" color="text.secondary">
                {translate('hub.dashboard.roles')}
              </Typography>
              <Box component="dd" sx={{ m: 0, display: 'flex', gap: 1, flexWrap: 'wrap' }}>
                {roles.length === 0 && !identity['isGlobalAdmin'] && (
                  <span>{translate('hub.dashboard.no_roles')}</span>
                )}
                {roles.map((role) => (
                  <Chip
                    key={role}
                    label={translate(`hub.roles.${role}`, { _: role })}
                    size="small"
                    color="primary"
                    variant="outlined"
                    sx={wrappingChip}
                  />
                ))}
                {identity['isGlobalAdmin'] === true && (
                  <Chip
                    label={translate('hub.dashboard.global_admin')}
                    size="small"
                    color="primary"
                    variant="outlined"
                    sx={wrappingChip}
                  />
                )}
              </Box>
            </Box>
          )}
        </CardContent>
      </Card>
      {/* Partners and distributors keep the welcome card; staff see their figures first. */}
      {isStaff && <ReviewFigures />}
      <Box component="section" aria-labelledby="program-data">
        <Typography id="program-data" component="h2" variant="h6" sx={{ mb: 1 }}>
          {translate('hub.dashboard.program_data')}
        </Typography>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <Card sx={{ flex: 1 }}>
            <CardContent>
              <Typography>{translate('hub.dashboard.markets_intro')}</Typography>
            </CardContent>
            <CardActions>
              <Button component={LinkBase} to="/markets">
                {translate('hub.dashboard.open_markets')}
              </Button>
            </CardActions>
          </Card>
          <Card sx={{ flex: 1 }}>
            <CardContent>
              <Typography>{translate('hub.dashboard.regions_intro')}</Typography>
            </CardContent>
            <CardActions>
              <Button component={LinkBase} to="/regions">
                {translate('hub.dashboard.open_regions')}
              </Button>
            </CardActions>
          </Card>
        </Stack>
      </Box>
    </Stack>
  );
};
