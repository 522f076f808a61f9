import { Alert, Box, Button, Card, CardContent, TextField, Typography } from '@mui/material';
import type { CspTenantResponse, CustomerResponse, MarketResponse } from '@hub/web';
import { useState } from 'react';
import {
  AutocompleteInput,
  DataTable,
  List,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  required,
  useCreate,
  useGetList,
  useLocaleState,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useApiError } from '../api/useApiError';
import { useFormatters } from '../api/useFormatters';
import { useViewer } from '../api/useViewer';
import { useCountryName } from '../partners/useCountryName';
import { useRegionName } from '../regions/useRegionName';

/** The partner's transaction tenant per region; its global admin may mark another. */
const TransactionTenants = () => {
  const translate = useTranslate();
  const regionName = useRegionName();
  const { isGlobalAdmin } = useViewer();
  const { data = [], refetch } = useGetList<CspTenantResponse>('csp-transaction-tenants', {
    pagination: { page: 1, perPage: 50 },
  });
  const [create, { isPending }] = useCreate();
  const notify = useNotify();
  const onError = useApiError();
  const [editing, setEditing] = useState<string | undefined>();
  const [tenantId, setTenantId] = useState('');
  const [key, setKey] = useState(() => crypto.randomUUID());
  return (
    <Card component="section" aria-labelledby="csp-tenants" sx={{ mt: 2 }}>
      <CardContent sx={{ display: 'grid', gap: 1.5 }}>
        <Typography id="csp-tenants" component="h2" variant="h6">
          {translate('customers.csp.title')}
        </Typography>
        <Typography color="text.secondary">{translate('customers.csp.intro')}</Typography>
        {data.length === 0 && <Alert severity="info">{translate('customers.csp.none')}</Alert>}
        {data.map((row) => (
          <Box
            key={row.region}
            sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}
          >
            <Typography sx={{ minWidth: 160 }}>{regionName(row.region)}</Typography>
            <Typography component="code" sx={{ fontFamily: 'monospace' }}>
              {row.tenantId}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {row.marked
                ? translate('customers.csp.marked', { name: row.markedByName ?? '' })
                : translate('customers.csp.own_tenant')}
            </Typography>
            {isGlobalAdmin && !row.marked && editing !== row.region && (
              <Button size="small" onClick={() => setEditing(row.region)}>
                {translate('customers.csp.mark')}
              </Button>
            )}
            {editing === row.region && (
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                <TextField
                  size="small"
                  label={translate('customers.fields.tenantId')}
                  value={tenantId}
                  onChange={(event) => setTenantId(event.target.value)}
                />
                <Button
                  variant="contained"
                  size="small"
                  disabled={isPending}
                  onClick={() =>
                    void create(
                      'csp-transaction-tenants',
                      {
                        data: { region: row.region, tenantId: tenantId.trim() },
                        meta: { idempotencyKey: key },
                      },
                      {
                        onSuccess: () => {
                          notify('customers.csp.saved', { type: 'success' });
                          setEditing(undefined);
                          setKey(crypto.randomUUID());
                          void refetch();
                        },
                        onError,
                      },
                    )
                  }
                >
                  {translate('customers.csp.save')}
                </Button>
              </Box>
            )}
          </Box>
        ))}
      </CardContent>
    </Card>
  );
};

/** The countries of the partner's regions, for the customer's market. */
const CustomerCountryInput = () => {
  const { data: tenants = [] } = useGetList<CspTenantResponse>('csp-transaction-tenants', {
    pagination: { page: 1, perPage: 50 },
  });
  const { data: markets = [], isPending } = useGetList<MarketResponse>('markets', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'countryName', order: 'ASC' },
  });
  const countryName = useCountryName();
  const [locale] = useLocaleState();
  const collator = new Intl.Collator(locale);
  const regions: readonly string[] = tenants.map((row) => row.region);
  const choices = markets
    .filter((market) => regions.includes(market.region))
    .map((market) => ({ id: market.country, name: countryName(market.country) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return (
    <AutocompleteInput
      source="country"
      label="customers.fields.country"
      helperText="customers.fields.country_hint"
      choices={choices}
      isPending={isPending}
      validate={required()}
      sx={{ minWidth: 260 }}
    />
  );
};

/** The global admin registers a customer tenant; the API applies the CSP-to-CSP rule. */
const RegisterCustomer = () => {
  const translate = useTranslate();
  const [create] = useCreate();
  const notify = useNotify();
  const refresh = useRefresh();
  const onError = useApiError();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [formKey, setFormKey] = useState(0);
  return (
    <Card component="section" aria-labelledby="register-customer" sx={{ mt: 2 }}>
      <CardContent>
        <Typography id="register-customer" component="h2" variant="h6">
          {translate('customers.register.title')}
        </Typography>
        <Typography color="text.secondary">{translate('customers.register.intro')}</Typography>
        <SimpleForm
          key={formKey}
          onSubmit={(values: Record<string, unknown>) =>
            create(
              'customers',
              { data: values, meta: { idempotencyKey: key } },
              {
                onSuccess: () => {
                  notify('customers.register.saved', { type: 'success' });
                  setKey(crypto.randomUUID());
                  setFormKey((n) => n + 1);
                  refresh();
                },
                onError,
              },
            )
          }
          toolbar={
            <Toolbar>
              <SaveButton label="customers.register.submit" />
            </Toolbar>
          }
          sx={{ px: 0 }}
        >
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' }}>
            <TextInput source="name" label="customers.fields.name" validate={required()} />
            <TextInput
              source="tenantId"
              label="customers.fields.tenantId"
              helperText="customers.fields.tenant_hint"
              validate={required()}
              sx={{ minWidth: 360 }}
            />
            <CustomerCountryInput />
          </Box>
        </SimpleForm>
      </CardContent>
    </Card>
  );
};

/** A partner's customers, its transaction tenants, and (for its global admin) registration. */
export const CustomerList = () => {
  const translate = useTranslate();
  const { isGlobalAdmin } = useViewer();
  const { dateTime } = useFormatters();
  const countryName = useCountryName();
  return (
    <>
      <TransactionTenants />
      {isGlobalAdmin && <RegisterCustomer />}
      <List<CustomerResponse>
        title={translate('resources.customers.name', { smart_count: 2 })}
        sort={{ field: 'createdAt', order: 'DESC' }}
        perPage={25}
        exporter={false}
        actions={false}
        empty={false}
        sx={{ mt: 2 }}
      >
        <DataTable<CustomerResponse> bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="name" label="customers.fields.name" />
          <DataTable.Col source="tenantId" label="customers.fields.tenantId" disableSort />
          <DataTable.Col
            source="country"
            label="customers.fields.country"
            render={(record: CustomerResponse) => countryName(record.country)}
          />
          <DataTable.Col source="currency" label="customers.fields.currency" disableSort />
          <DataTable.Col
            source="createdAt"
            label="customers.fields.createdAt"
            render={(record: CustomerResponse) =>
              `${dateTime(record.createdAt)} · ${record.registeredByName}`
            }
          />
        </DataTable>
      </List>
    </>
  );
};
