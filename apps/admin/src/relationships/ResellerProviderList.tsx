import { Alert, Box, Button, Card, CardContent, Chip, Typography } from '@mui/material';
import type { EnrollmentResponse, ResellerProviderResponse } from '@hub/web';
import { useState } from 'react';
import {
  DataTable,
  List,
  useCreate,
  useGetList,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useApiError } from '../api/useApiError';
import { useFormatters } from '../api/useFormatters';
import { useViewer } from '../api/useViewer';
import { useCountryName } from '../partners/useCountryName';
import { useRegionName } from '../regions/useRegionName';
import { ProviderPicker, type PickedProvider } from './ProviderPicker';

/** The regions an indirect reseller sells in: those of its active indirect reseller enrollments. */
function useResellerRegions(): { regions: string[]; active: boolean; isPending: boolean } {
  const { data = [], isPending } = useGetList<EnrollmentResponse>('enrollments', {
    pagination: { page: 1, perPage: 50 },
  });
  const active = data.filter((e) => e.program === 'indirect_reseller' && e.state === 'active');
  const regions = [...new Set(active.flatMap((e) => (e.region === null ? [] : [e.region])))];
  return { regions, active: active.length > 0, isPending };
}

/** The reseller's global admin adds a provider of its regions, found in the directory. */
const AddProvider = ({ linked }: { linked: readonly string[] }) => {
  const translate = useTranslate();
  const { regions, active, isPending } = useResellerRegions();
  const [create, { isPending: saving }] = useCreate();
  const notify = useNotify();
  const refresh = useRefresh();
  const onError = useApiError();
  const [picked, setPicked] = useState<PickedProvider | null>(null);
  const [key, setKey] = useState(() => crypto.randomUUID());
  if (isPending) {
    return null;
  }
  return (
    <Card component="section" aria-labelledby="add-provider">
      <CardContent sx={{ display: 'grid', gap: 1.5 }}>
        <Typography id="add-provider" component="h2" variant="h6">
          {translate('relationships.add.title')}
        </Typography>
        {!active ? (
          <Alert severity="info">{translate('relationships.add.not_active')}</Alert>
        ) : (
          <>
            <Typography color="text.secondary">{translate('relationships.add.intro')}</Typography>
            <ProviderPicker
              regions={regions}
              value={picked}
              onChange={setPicked}
              exclude={linked}
            />
            <Box>
              <Button
                variant="contained"
                disabled={picked === null || saving}
                onClick={() =>
                  void create(
                    'reseller-providers',
                    { data: { providerId: picked!.id }, meta: { idempotencyKey: key } },
                    {
                      onSuccess: () => {
                        notify('relationships.add.saved', {
                          type: 'success',
                          messageArgs: { name: picked!.name },
                        });
                        setPicked(null);
                        setKey(crypto.randomUUID());
                        refresh();
                      },
                      onError,
                    },
                  )
                }
              >
                {translate('relationships.add.submit')}
              </Button>
            </Box>
          </>
        )}
      </CardContent>
    </Card>
  );
};

/**
 * Reseller ↔ provider relationships at /admin/reseller-providers: a reseller's indirect providers
 * (its global admin adds more from the directory), a distributor's resellers, or all (staff).
 */
export const ResellerProviderList = () => {
  const translate = useTranslate();
  const { kind, isGlobalAdmin, isPartner, isStaff } = useViewer();
  const { dateTime } = useFormatters();
  const countryName = useCountryName();
  const regionName = useRegionName();
  const { data: linked = [] } = useGetList<ResellerProviderResponse>('reseller-providers', {
    pagination: { page: 1, perPage: 100 },
  });
  const isDistributor = kind === 'distributor';
  const title = isDistributor
    ? translate('relationships.resellers_title')
    : translate('relationships.providers_title');
  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 2 }}>
      <Typography color="text.secondary">
        {translate(
          isDistributor
            ? 'relationships.intro_distributor'
            : isStaff
              ? 'relationships.intro_staff'
              : 'relationships.intro_partner',
        )}
      </Typography>
      {isPartner && isGlobalAdmin && <AddProvider linked={linked.map((row) => row.providerId)} />}
      <List<ResellerProviderResponse>
        title={title}
        sort={{ field: 'createdAt', order: 'DESC' }}
        perPage={25}
        exporter={false}
        actions={false}
        empty={
          <Alert severity="info" sx={{ m: 2 }}>
            {translate(isDistributor ? 'relationships.empty_distributor' : 'relationships.empty')}
          </Alert>
        }
      >
        <DataTable<ResellerProviderResponse> bulkActionButtons={false} rowClick={false}>
          {!isPartner && (
            <DataTable.Col
              source="resellerName"
              label="relationships.fields.reseller"
              render={(row: ResellerProviderResponse) =>
                `${row.resellerName} (${countryName(row.resellerCountry)})`
              }
            />
          )}
          {!isDistributor && (
            <DataTable.Col source="providerName" label="relationships.fields.provider" />
          )}
          <DataTable.Col
            source="regions"
            label="relationships.fields.regions"
            disableSort
            render={(row: ResellerProviderResponse) =>
              row.regions.map((region) => regionName(region)).join(', ')
            }
          />
          <DataTable.Col
            source="origin"
            label="relationships.fields.origin"
            disableSort
            render={(row: ResellerProviderResponse) => (
              <Chip
                size="small"
                variant="outlined"
                label={translate(`relationships.origin.${row.origin}`)}
              />
            )}
          />
          <DataTable.Col
            source="createdAt"
            label="relationships.fields.createdAt"
            render={(row: ResellerProviderResponse) =>
              `${dateTime(row.createdAt)} · ${row.recordedByName}`
            }
          />
        </DataTable>
      </List>
    </Box>
  );
};
