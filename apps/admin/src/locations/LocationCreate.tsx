import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  FormControlLabel,
  List as MuiList,
  ListItem,
  ListItemIcon,
  ListItemText,
  TextField,
  Typography,
} from '@mui/material';
import type { LocationChecklistResponse, MarketResponse } from '@hub/web';
import { useEffect, useMemo, useState } from 'react';
import {
  Title,
  useCreate,
  useDataProvider,
  useGetList,
  useLocaleState,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import type { HubDataProvider } from '../api/dataProvider';
import { useCountryName } from '../partners/useCountryName';
import { useRegionName } from '../regions/useRegionName';

type Form = {
  legalName: string;
  country: string;
  partnerId: string;
  tenantId: string;
  registrationId: string;
  taxId: string;
  addressLine1: string;
  city: string;
  state: string;
  postalCode: string;
  iban: string;
  accountHolderName: string;
  partnerIdActive: boolean;
  partnerIdInPartnerCenter: boolean;
};

const blank: Form = {
  legalName: '',
  country: '',
  partnerId: '',
  tenantId: '',
  registrationId: '',
  taxId: '',
  addressLine1: '',
  city: '',
  state: '',
  postalCode: '',
  iban: '',
  accountHolderName: '',
  partnerIdActive: false,
  partnerIdInPartnerCenter: false,
};

const given = (value: string): string | undefined => (value.trim() === '' ? undefined : value);

/** The API body of the form: empty fields left out, so the checklist says what is missing. */
const bodyOf = (form: Form) => ({
  legalName: given(form.legalName),
  country: given(form.country),
  partnerId: given(form.partnerId),
  tenantId: given(form.tenantId),
  registrationId: given(form.registrationId) && { value: form.registrationId },
  taxId: given(form.taxId),
  address: {
    addressLine1: given(form.addressLine1),
    city: given(form.city),
    state: given(form.state),
    postalCode: given(form.postalCode),
  },
  bankDetails:
    given(form.iban) || given(form.accountHolderName)
      ? { iban: given(form.iban), accountHolderName: given(form.accountHolderName) }
      : undefined,
  partnerIdActive: form.partnerIdActive,
  partnerIdInPartnerCenter: form.partnerIdInPartnerCenter,
});

const statusIcon = {
  met: <CheckCircleIcon color="success" />,
  not_met: <ErrorIcon color="error" />,
  unknown: <HelpOutlineIcon color="warning" />,
} as const;

/** The domain's checklist for the form as it is, asked of the API a moment after each change. */
function useChecklist(form: Form): LocationChecklistResponse | undefined {
  const dataProvider = useDataProvider<HubDataProvider>();
  const [locale] = useLocaleState();
  const [checklist, setChecklist] = useState<LocationChecklistResponse>();
  const body = JSON.stringify(bodyOf(form));
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      dataProvider
        .locationChecklist(JSON.parse(body) as object)
        .then(({ data }) => current && setChecklist(data))
        .catch(() => undefined);
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [body, dataProvider, locale]);
  return checklist;
}

/** Adding a location in another country: the form, its live checklist, then its review. */
export const LocationCreate = () => {
  const translate = useTranslate();
  const countryName = useCountryName();
  const regionName = useRegionName();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const redirect = useRedirect();
  const [create, { isPending }] = useCreate();
  const [form, setForm] = useState<Form>(blank);
  const [key] = useState(() => crypto.randomUUID());
  const [refusal, setRefusal] = useState<string>();
  const checklist = useChecklist(form);
  const { data: markets = [] } = useGetList<MarketResponse>('markets', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'countryName', order: 'ASC' },
  });
  const countries = useMemo(() => {
    const collator = new Intl.Collator(locale);
    return markets
      .map((m) => ({ id: m.country, name: countryName(m.country) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [markets, countryName, locale]);
  const market = markets.find((m) => m.country === form.country);
  const set =
    (field: keyof Form) =>
    (event: React.ChangeEvent<HTMLInputElement>): void =>
      setForm((f) => ({
        ...f,
        [field]: event.target.type === 'checkbox' ? event.target.checked : event.target.value,
      }));
  const text = (field: keyof Form, options: { required?: boolean; helper?: string } = {}) => (
    <TextField
      id={`location-${field}`}
      label={translate(`locations.fields.${field}`)}
      value={form[field]}
      onChange={set(field)}
      required={options.required ?? true}
      helperText={options.helper && translate(options.helper)}
      size="small"
      sx={{ minWidth: 260 }}
    />
  );
  const submit = () => {
    setRefusal(undefined);
    void create(
      'locations',
      { data: bodyOf(form), meta: { idempotencyKey: key } },
      {
        onSuccess: () => {
          notify('locations.saved', { type: 'success' });
          redirect('list', 'locations');
        },
        onError: (error: unknown) => {
          const { body, message } = (error ?? {}) as {
            message?: string;
            body?: { message?: string };
          };
          setRefusal(body?.message ?? message ?? translate('ra.notification.http_error'));
        },
      },
    );
  };
  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 2, gridTemplateColumns: { md: '3fr 2fr' } }}>
      <Title title={translate('locations.create.title')} />
      <Card component="section" aria-labelledby="location-form">
        <CardContent
          component="form"
          noValidate
          onSubmit={(event: React.FormEvent) => {
            event.preventDefault();
            submit();
          }}
          sx={{ display: 'grid', gap: 2 }}
        >
          <Typography id="location-form" component="h2" variant="h6">
            {translate('locations.create.title')}
          </Typography>
          <Typography color="text.secondary">{translate('locations.create.intro')}</Typography>
          {text('legalName')}
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <TextField
              id="location-country"
              select
              label={translate('locations.fields.country')}
              value={form.country}
              onChange={set('country')}
              required
              size="small"
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
              sx={{ minWidth: 260 }}
            >
              <option value="">{translate('locations.create.choose_country')}</option>
              {countries.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </TextField>
            <TextField
              id="location-currency"
              label={translate('locations.fields.currency')}
              value={market?.currency ?? ''}
              helperText={
                market
                  ? translate('locations.create.currency_fixed', {
                      region: regionName(market.region),
                    })
                  : translate('locations.create.currency_hint')
              }
              size="small"
              slotProps={{ input: { readOnly: true }, inputLabel: { shrink: true } }}
            />
          </Box>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            {text('partnerId', { helper: 'locations.fields.partnerId_hint' })}
            {text('tenantId', { helper: 'locations.fields.tenantId_hint' })}
          </Box>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            {text('registrationId', {
              required: false,
              helper: 'locations.fields.registrationId_hint',
            })}
            {text('taxId')}
          </Box>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            {text('addressLine1')}
            {text('city')}
            {text('state', { required: false })}
            {text('postalCode', { required: false })}
          </Box>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            {text('iban')}
            {text('accountHolderName')}
          </Box>
          <FormControlLabel
            control={
              <Checkbox
                id="location-partnerIdActive"
                checked={form.partnerIdActive}
                onChange={set('partnerIdActive')}
              />
            }
            label={translate('locations.fields.partnerIdActive')}
          />
          <FormControlLabel
            control={
              <Checkbox
                id="location-partnerIdInPartnerCenter"
                checked={form.partnerIdInPartnerCenter}
                onChange={set('partnerIdInPartnerCenter')}
              />
            }
            label={translate('locations.fields.partnerIdInPartnerCenter')}
          />
          {refusal && (
            <Alert severity="error" role="alert">
              {refusal}
            </Alert>
          )}
          <Box>
            <Button
              type="submit"
              variant="contained"
              disabled={checklist?.ready !== true || isPending}
              aria-describedby="location-checklist-summary"
            >
              {translate('locations.create.submit')}
            </Button>
          </Box>
        </CardContent>
      </Card>
      <Card component="section" aria-labelledby="location-checklist">
        <CardContent>
          <Typography id="location-checklist" component="h2" variant="h6">
            {translate('locations.checklist.title')}
          </Typography>
          <Typography
            id="location-checklist-summary"
            role="status"
            aria-live="polite"
            color={checklist?.ready ? 'success.main' : 'text.secondary'}
          >
            {checklist?.ready
              ? translate('locations.checklist.ready')
              : translate('locations.checklist.not_ready')}
          </Typography>
          <MuiList dense aria-label={translate('locations.checklist.title')}>
            {(checklist?.items ?? []).map((item) => (
              <ListItem key={item.requirement} data-status={item.status} disableGutters>
                <ListItemIcon sx={{ minWidth: 36 }}>{statusIcon[item.status]}</ListItemIcon>
                <ListItemText
                  primary={item.message}
                  secondary={translate(`locations.checklist.status.${item.status}`)}
                />
              </ListItem>
            ))}
          </MuiList>
        </CardContent>
      </Card>
    </Box>
  );
};
