import AssignmentIndIcon from '@mui/icons-material/AssignmentIndOutlined';
import ContentCopyIcon from '@mui/icons-material/ContentCopyOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Card, CardContent } from '@mui/material';
import { enrollmentPrograms } from '@hub/domain';
import {
  AutocompleteInput,
  DateInput,
  FilterList,
  NullableBooleanInput,
  SearchInput,
  SelectInput,
  useGetList,
  useTranslate,
} from 'react-admin';
import type { MarketResponse } from '@hub/web';
import { useCompareNames } from '../../markets/useCountryName';
import { useCountryName } from '../../partners/useCountryName';
import { useRegionName } from '../../regions/useRegionName';
import { useRegions } from '../../regions/useRegions';
import { QuickFilter } from './QuickFilter';
import { SavedViews } from './SavedViews';
import { useMyUserId, useStaff } from './useStaff';

const states = [
  'submitted',
  'in_review',
  'info_requested',
  'verified',
  'credit_check_pending',
  'credit_check_passed',
  'support_plan_recorded',
  'agreement_accepted',
  'active',
  'rejected',
  'withdrawn',
  'transitioned_to_indirect',
];

type InputProps = { source: string; alwaysOn?: boolean };

const RegionInput = ({ source }: InputProps) => {
  const { data = [], isPending } = useRegions();
  const regionName = useRegionName();
  const compare = useCompareNames();
  const choices = data
    .map((region) => ({ id: region.id, name: regionName(region.id, region.name) }))
    .sort((a, b) => compare(a.name, b.name));
  return (
    <AutocompleteInput
      source={source}
      choices={choices}
      isPending={isPending}
      sx={{ minWidth: { xs: 0, sm: 200 } }}
    />
  );
};

const CountryInput = ({ source }: InputProps) => {
  const { data = [], isPending } = useGetList<MarketResponse>('markets', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'country', order: 'ASC' },
  });
  const countryName = useCountryName();
  const compare = useCompareNames();
  const choices = data
    .map((market) => ({ id: market.country, name: countryName(market.country) }))
    .sort((a, b) => compare(a.name, b.name));
  return (
    <AutocompleteInput
      source={source}
      choices={choices}
      isPending={isPending}
      sx={{ minWidth: { xs: 0, sm: 220 } }}
    />
  );
};

/** "Assigned to me", "Unassigned", then each colleague by name. */
const AssigneeInput = ({ source }: InputProps) => {
  const translate = useTranslate();
  const { data = [], isPending } = useStaff();
  const me = useMyUserId();
  const choices = [
    { id: 'me', name: translate('resources.enrollments.queue.assigned_to_me') },
    { id: 'none', name: translate('resources.enrollments.queue.unassigned') },
    ...data
      .filter((person) => person.id !== me)
      .map((person) => ({ id: person.id, name: person.name })),
  ];
  return <SelectInput source={source} choices={choices} isPending={isPending} />;
};

/** The queue's filter bar: search always shown, the rest through "Add filter". */
export const queueFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <RegionInput key="region" source="region" alwaysOn />,
  <SelectInput
    key="program"
    source="program"
    choices={enrollmentPrograms.map((program) => ({
      id: program,
      name: `enums.program.${program}`,
    }))}
    alwaysOn
  />,
  <AssigneeInput key="assignee" source="assignee" />,
  <CountryInput key="country" source="country" />,
  <SelectInput
    key="state"
    source="state"
    choices={states.map((state) => ({ id: state, name: `enums.state.${state}` }))}
  />,
  <DateInput key="submittedFrom" source="submittedFrom" />,
  <DateInput key="submittedTo" source="submittedTo" />,
  <DateInput key="decidedFrom" source="decidedFrom" label="dashboard.queue_filter.decided_from" />,
  <DateInput key="decidedTo" source="decidedTo" label="dashboard.queue_filter.decided_to" />,
  <NullableBooleanInput key="overdue" source="overdue" />,
  <NullableBooleanInput key="duplicate" source="duplicate" />,
];

export const QueueSidebar = () => {
  const translate = useTranslate();
  return (
    <Card
      component="aside"
      aria-label={translate('resources.enrollments.queue.sidebar')}
      sx={{
        display: { xs: 'none', md: 'block' },
        order: -1,
        flex: '0 0 15em',
        mr: 2,
        mt: 8,
        alignSelf: 'flex-start',
      }}
    >
      <CardContent sx={{ pt: 1 }}>
        <SavedViews />
        <FilterList label="resources.enrollments.fields.assignee" icon={<AssignmentIndIcon />}>
          <QuickFilter
            label="resources.enrollments.queue.assigned_to_me"
            value={{ assignee: 'me' }}
          />
          <QuickFilter
            label="resources.enrollments.queue.unassigned"
            value={{ assignee: 'none' }}
          />
        </FilterList>
        <FilterList label="resources.enrollments.queue.service_level" icon={<WarningAmberIcon />}>
          <QuickFilter label="resources.enrollments.queue.overdue" value={{ overdue: true }} />
          <QuickFilter label="resources.enrollments.queue.on_time" value={{ overdue: false }} />
        </FilterList>
        <FilterList label="resources.enrollments.queue.duplicates" icon={<ContentCopyIcon />}>
          <QuickFilter
            label="resources.enrollments.queue.flagged_duplicate"
            value={{ duplicate: true }}
          />
          <QuickFilter
            label="resources.enrollments.queue.not_flagged"
            value={{ duplicate: false }}
          />
        </FilterList>
      </CardContent>
    </Card>
  );
};
