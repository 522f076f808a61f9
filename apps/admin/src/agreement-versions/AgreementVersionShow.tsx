import {
  Box,
  Card,
  CardContent,
  Stack,
  Tab,
  Tabs,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import type { AgreementPartnerResponse, AgreementVersionResponse } from '@hub/web';
import { useState, type ReactNode } from 'react';
import {
  DataTable,
  ListBase,
  Pagination,
  ShowBase,
  Title,
  useListContext,
  useLocaleState,
  useShowContext,
  useTranslate,
} from 'react-admin';
import { useFormatters } from '../api/useFormatters';
import { useViewer } from '../api/useViewer';
import { StatusChip } from '../layout/StatusChip';
import { useCountryName } from '../partners/useCountryName';
import { AcceptanceProgress } from './AcceptanceProgress';
import { AcceptVersionPanel } from './AcceptVersionPanel';
import { Regions } from './AgreementVersionList';
import { useAgreementTexts } from './useAgreementTexts';
import { VersionStatusChip } from './VersionStatusChip';

const partnerColors = { accepted: 'success', pending: 'warning', overdue: 'error' } as const;

const PartnerStatus = ({ status }: { status: AgreementPartnerResponse['status'] }) => {
  const translate = useTranslate();
  return (
    <StatusChip
      label={translate(`agreements.partner_status.${status}`)}
      color={partnerColors[status]}
      outlined={status === 'pending'}
      shaded={['success', 'warning']}
    />
  );
};

const StatusFilter = () => {
  const translate = useTranslate();
  const list = useListContext<AgreementPartnerResponse>();
  const status = (list.filterValues as Record<string, unknown>)['status'];
  const current = typeof status === 'string' ? status : 'all';
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={current}
      aria-label={translate('agreements.show.partner_status')}
      onChange={(_event, value: string | null) => {
        if (value !== null) {
          list.setFilters(value === 'all' ? {} : { status: value }, {});
        }
      }}
      sx={{ mb: 1, flexWrap: 'wrap' }}
    >
      <ToggleButton value="all">{translate('agreements.show.filter_all')}</ToggleButton>
      {(['overdue', 'pending', 'accepted'] as const).map((status) => (
        <ToggleButton key={status} value={status}>
          {translate(`agreements.partner_status.${status}`)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
};

const PartnersTable = () => {
  const translate = useTranslate();
  const { dateTime } = useFormatters();
  const countryName = useCountryName();
  const { total, isPending } = useListContext<AgreementPartnerResponse>();
  return (
    <>
      <StatusFilter />
      {!isPending && total === 0 ? (
        <Typography role="status" color="text.secondary" sx={{ py: 2 }}>
          {translate('agreements.show.no_partners')}
        </Typography>
      ) : (
        <>
          <DataTable<AgreementPartnerResponse> bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="legalName" label="agreements.show.legal_name" />
            <DataTable.Col
              source="country"
              label="agreements.show.country"
              render={(record: AgreementPartnerResponse) => countryName(record.country)}
            />
            <DataTable.Col
              source="status"
              label="agreements.show.partner_status"
              render={(record: AgreementPartnerResponse) => (
                <PartnerStatus status={record.status} />
              )}
            />
            <DataTable.Col
              source="acceptedAt"
              label="agreements.show.accepted_at"
              render={(record: AgreementPartnerResponse) =>
                record.acceptedAt === null
                  ? ''
                  : `${dateTime(record.acceptedAt)} (${record.acceptedVersion ?? ''})`
              }
            />
            <DataTable.Col source="signatoryName" label="agreements.show.signatory" disableSort />
          </DataTable>
          <Pagination rowsPerPageOptions={[25, 50, 100]} />
        </>
      )}
    </>
  );
};

const Partners = ({ version }: { version: AgreementVersionResponse }) => {
  const translate = useTranslate();
  return (
    <Card component="section" aria-labelledby="concerned">
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
          <Typography id="concerned" component="h2" variant="h6">
            {translate('agreements.show.partners')}
          </Typography>
          <AcceptanceProgress version={version} />
        </Stack>
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {translate('agreements.show.partners_intro')}
        </Typography>
        <ListBase<AgreementPartnerResponse>
          resource={`agreement-versions/${version.id}/partners`}
          sort={{ field: 'status', order: 'DESC' }}
          perPage={25}
          disableSyncWithLocation
        >
          <PartnersTable />
        </ListBase>
      </CardContent>
    </Card>
  );
};

const Details = ({ version }: { version: AgreementVersionResponse }) => {
  const translate = useTranslate();
  const { day, dateTime } = useFormatters();
  const rows: [string, ReactNode][] = [
    [translate('agreements.fields.status'), <VersionStatusChip key="s" status={version.status} />],
    [translate('agreements.fields.publishedOn'), day(version.publishedOn)],
    [
      translate('agreements.fields.reacceptBy'),
      version.reacceptBy === null ? translate('agreements.no_deadline') : day(version.reacceptBy),
    ],
    [translate('agreements.fields.regions'), <Regions key="r" version={version} />],
    [
      translate('agreements.fields.publishedByName'),
      `${version.publishedByName}, ${dateTime(version.createdAt)}`,
    ],
  ];
  return (
    <Box
      component="dl"
      sx={{ display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', gap: 1, m: 0 }}
    >
      {rows.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" color="text.secondary">
            {label}
          </Typography>
          <Typography component="dd" sx={{ m: 0 }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};

/** The text, in the console's language first; the other language one tab away. */
const VersionText = ({ version }: { version: AgreementVersionResponse }) => {
  const translate = useTranslate();
  const [consoleLocale] = useLocaleState();
  const [locale, setLocale] = useState<'en' | 'sv'>(consoleLocale === 'sv' ? 'sv' : 'en');
  const shown = version.texts[locale];
  return (
    <Box component="section" aria-labelledby="version-text">
      <Typography id="version-text" component="h2" variant="h6">
        {translate('agreements.show.text')}
      </Typography>
      <Tabs
        value={locale}
        onChange={(_event, value: 'en' | 'sv') => setLocale(value)}
        aria-label={translate('agreements.show.text')}
      >
        <Tab value="en" label="English" lang="en" />
        <Tab value="sv" label="Svenska" lang="sv" />
      </Tabs>
      <Typography component="h3" variant="subtitle1" sx={{ mt: 2 }} lang={locale}>
        {shown.title}
      </Typography>
      <Typography
        component="div"
        sx={{ whiteSpace: 'pre-wrap', maxWidth: '75ch', mt: 1, lineHeight: 1.7 }}
        lang={locale}
      >
        {shown.body}
      </Typography>
    </Box>
  );
};

const VersionPage = () => {
  const { record } = useShowContext<AgreementVersionResponse>();
  const { isStaff, isPartner } = useViewer();
  const { text, agreementName } = useAgreementTexts();
  if (!record) {
    return null;
  }
  const title = `${text(record).title} · ${record.version}`;
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={title} />
      <Card>
        <CardContent sx={{ display: 'grid', gap: 2 }}>
          <Box>
            <Typography component="h1" variant="h5">
              {text(record).title}
            </Typography>
            <Typography color="text.secondary">
              {agreementName(record.kind)} · {record.version}
            </Typography>
          </Box>
          <Details version={record} />
          {isPartner && <AcceptVersionPanel version={record} />}
          <VersionText version={record} />
        </CardContent>
      </Card>
      {isStaff && <Partners version={record} />}
    </Stack>
  );
};

/** One version: its details, its text in either language, and who has accepted it. */
export const AgreementVersionShow = () => (
  <ShowBase>
    <VersionPage />
  </ShowBase>
);
