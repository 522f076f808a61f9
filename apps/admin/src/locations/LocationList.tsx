import AddLocationAltIcon from '@mui/icons-material/AddLocationAlt';
import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import type { LocationResponse } from '@hub/web';
import {
  CreateButton,
  DataTable,
  List,
  TopToolbar,
  useCreatePath,
  useGetOne,
  useTranslate,
} from 'react-admin';
import type { EnrollmentResponse } from '../api/responses';
import { useEnrollmentCommand } from '../api/useEnrollmentCommand';
import { Link } from 'react-router';
import { useFormatters } from '../api/useFormatters';
import { useViewer } from '../api/useViewer';
import { StateChip } from '../enrollments/StateChip';
import { useCountryName } from '../partners/useCountryName';
import { useRegionName } from '../regions/useRegionName';

/** A draft location's application goes to review with the enrollment's own `submit` command. */
const SubmitForReview = ({ location }: { location: LocationResponse }) => {
  const translate = useTranslate();
  const { data: enrollment } = useGetOne<EnrollmentResponse>('enrollments', {
    id: location.enrollmentId,
  });
  const commands = useEnrollmentCommand(enrollment ?? { id: location.enrollmentId, version: 0 });
  return (
    <Button
      size="small"
      variant="outlined"
      disabled={!enrollment || commands.pending !== undefined}
      onClick={() => void commands.run('submit')}
      aria-label={translate('locations.submit_named', { name: location.legalName })}
    >
      {translate('locations.submit')}
    </Button>
  );
};

/** No location yet: what a location is, and (for the global admin) the way to add one. */
const Empty = () => {
  const translate = useTranslate();
  const { isGlobalAdmin } = useViewer();
  const createPath = useCreatePath();
  return (
    <Card component="section" aria-labelledby="locations-empty" sx={{ mt: 2 }}>
      <CardContent sx={{ display: 'grid', gap: 1.5, justifyItems: 'start' }}>
        <Typography id="locations-empty" component="h2" variant="h6">
          {translate('locations.empty.title')}
        </Typography>
        <Typography color="text.secondary">{translate('locations.empty.body')}</Typography>
        {isGlobalAdmin && (
          <Button
            component={Link}
            to={createPath({ resource: 'locations', type: 'create' })}
            variant="contained"
            startIcon={<AddLocationAltIcon />}
          >
            {translate('locations.add')}
          </Button>
        )}
      </CardContent>
    </Card>
  );
};

/** A partner's locations in other countries, each with the state of its review. */
export const LocationList = () => {
  const translate = useTranslate();
  const { isGlobalAdmin } = useViewer();
  const { dateTime } = useFormatters();
  const countryName = useCountryName();
  const regionName = useRegionName();
  return (
    <List<LocationResponse>
      title={translate('resources.locations.name', { smart_count: 2 })}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
      empty={<Empty />}
      actions={
        isGlobalAdmin ? (
          <TopToolbar>
            <CreateButton label="locations.add" />
          </TopToolbar>
        ) : (
          false
        )
      }
    >
      <DataTable<LocationResponse> bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="legalName" label="locations.fields.legalName" />
        <DataTable.Col
          source="country"
          label="locations.fields.country"
          render={(record: LocationResponse) => countryName(record.country)}
        />
        <DataTable.Col
          source="region"
          label="locations.fields.region"
          disableSort
          render={(record: LocationResponse) => regionName(record.region)}
        />
        <DataTable.Col source="currency" label="locations.fields.currency" disableSort />
        <DataTable.Col source="locationPartnerId" label="locations.fields.partnerId" disableSort />
        <DataTable.Col
          source="status"
          label="locations.fields.status"
          render={(record: LocationResponse) => (
            <Box
              component="span"
              sx={{ display: 'inline-flex', gap: 1, alignItems: 'center' }}
              data-testid={`location-status-${record.country}`}
            >
              <StateChip state={record.status} />
              {isGlobalAdmin && record.status === 'draft' && <SubmitForReview location={record} />}
            </Box>
          )}
        />
        <DataTable.Col
          source="createdAt"
          label="locations.fields.createdAt"
          render={(record: LocationResponse) =>
            `${dateTime(record.createdAt)} · ${record.createdByName}`
          }
        />
      </DataTable>
    </List>
  );
};
