import VerifiedIcon from '@mui/icons-material/Verified';
import { Box, Typography } from '@mui/material';
import { listingStates } from '@hub/domain';
import type { ProviderResponse } from '@hub/web';
import {
  DataTable,
  List,
  NullableBooleanInput,
  SearchInput,
  SelectInput,
  useCreatePath,
  useTranslate,
} from 'react-admin';
import { useFormatters } from '../api/useFormatters';
import { CellLink } from '../layout/CellLink';
import { ResourceEmpty } from '../layout/ResourceEmpty';
import { useCountryName } from '../partners/useCountryName';
import { providerText } from './listing-form';
import { ListingStateChip } from './ListingStateChip';

const nameOf = (provider: ProviderResponse): string => providerText(provider, 'name');

const NameCell = ({ provider }: { provider: ProviderResponse }) => {
  const createPath = useCreatePath();
  const translate = useTranslate();
  const name = nameOf(provider);
  return (
    <CellLink
      to={createPath({ resource: 'providers', id: provider.id, type: 'show' })}
      title={translate('resources.providers.actions.open', { name })}
    >
      {name}
    </CellLink>
  );
};

const StateInput = ({ source }: { source: string; alwaysOn?: boolean }) => {
  const translate = useTranslate();
  return (
    <SelectInput
      source={source}
      label="resources.providers.fields.state"
      emptyText="resources.providers.list.any_state"
      choices={listingStates
        .filter((state) => state !== 'superseded')
        .map((state) => ({
          id: state,
          name:
            state === 'submitted'
              ? translate('resources.providers.list.pending')
              : translate(`enums.listing_state.${state}`),
        }))}
      sx={{ minWidth: 220 }}
    />
  );
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <StateInput key="state" source="state" alwaysOn />,
  <NullableBooleanInput
    key="authorized"
    source="authorized"
    label="resources.providers.list.authorized"
    trueLabel="resources.providers.list.authorized_only"
    falseLabel="resources.providers.list.not_authorized"
    alwaysOn
    sx={{ minWidth: 220 }}
  />,
];

const Column = DataTable.Col<ProviderResponse>;

const Empty = () => (
  <Box sx={{ py: 2 }}>
    <ResourceEmpty resource="providers" />
  </Box>
);

/** The reviewers' moderation list: pending moderation first, oldest submission on top. */
export const ProviderList = () => {
  const translate = useTranslate();
  const { dateTime, day } = useFormatters();
  const countryName = useCountryName();
  return (
    <List<ProviderResponse>
      title={translate('resources.providers.list.title')}
      filters={filters}
      filterDefaultValues={{ state: 'submitted' }}
      sort={{ field: 'submittedAt', order: 'ASC' }}
      perPage={25}
      exporter={false}
      empty={<Empty />}
    >
      <DataTable<ProviderResponse> rowClick="show" bulkActionButtons={false} empty={<Empty />}>
        <Column
          source="name"
          label="resources.providers.fields.name"
          render={(provider) => <NameCell provider={provider} />}
        />
        <Column
          source="headquartersCountry"
          label="resources.providers.fields.headquartersCountry"
          disableSort
          render={(provider) => countryName(providerText(provider, 'headquartersCountry'))}
        />
        <Column
          source="live"
          label="resources.providers.fields.live"
          disableSort
          render={(provider) =>
            provider.live ? (
              <ListingStateChip state={provider.live.state} />
            ) : (
              <Typography variant="body2" color="text.secondary">
                {translate('resources.providers.states.live_none')}
              </Typography>
            )
          }
        />
        <Column
          source="working"
          label="resources.providers.fields.working"
          disableSort
          render={(provider) =>
            provider.working ? <ListingStateChip state={provider.working.state} /> : '—'
          }
        />
        <Column
          source="submittedAt"
          label="resources.providers.fields.submittedAt"
          render={(provider) =>
            provider.working?.submittedAt ? dateTime(provider.working.submittedAt) : '—'
          }
        />
        <Column
          source="authorized"
          label="resources.providers.list.authorized"
          disableSort
          render={(provider) =>
            provider.authorized ? (
              <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
                <VerifiedIcon fontSize="small" color="primary" aria-hidden />
                {translate('ra.boolean.true')}
              </Box>
            ) : (
              translate('ra.boolean.false')
            )
          }
        />
        <Column
          source="lastConfirmedAt"
          label="resources.providers.fields.lastConfirmedAt"
          disableSort
          render={(provider) => (provider.lastConfirmedAt ? day(provider.lastConfirmedAt) : '—')}
        />
      </DataTable>
    </List>
  );
};
