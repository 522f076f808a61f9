import { Alert, Box, Chip, Tooltip, Typography, useMediaQuery, type Theme } from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopyOutlined';
import {
  DataTable,
  List,
  SimpleList,
  useCreatePath,
  useListContext,
  useTranslate,
} from 'react-admin';
import type { EnrollmentResponse } from '../api/responses';
import { useFormatters } from '../api/useFormatters';
import { useViewer } from '../api/useViewer';
import { CellLink } from '../layout/CellLink';
import { ResourceEmpty } from '../layout/ResourceEmpty';
import { useNamedRowCheckboxes } from '../layout/useNamedRowCheckboxes';
import { useCountryName } from '../partners/useCountryName';
import { useRegionName } from '../regions/useRegionName';
import { BulkRefusals, BulkRefusalsProvider, QueueBulkActions } from './queue/BulkActions';
import { AgeCell, AssigneeCell, SubmittedCell } from './queue/QueueCells';
import { QueueSidebar, queueFilters } from './queue/QueueFilters';
import { QueuePagination, useTotalLabel } from './queue/QueuePagination';
import { QueueTabs } from './queue/QueueTabs';
import { ApplyPanel } from './ApplyPanel';
import { sharedSignals } from './duplicate-signals';
import { useDuplicateSignals } from './DuplicatesAlert';
import { StateChip } from './StateChip';
import { LocationMarker } from '../locations/LocationDetails';

const Column = DataTable.Col<EnrollmentResponse>;

/** A possible duplicate of another tenant's applicant: what it shares, on hover and to readers. */
const DuplicateMarker = ({ enrollment }: { enrollment: EnrollmentResponse }) => {
  const translate = useTranslate();
  const shares = useDuplicateSignals();
  const duplicates = enrollment.duplicates ?? [];
  if (duplicates.length === 0) {
    return null;
  }
  const signals = sharedSignals(duplicates);
  return (
    <Tooltip title={shares(signals)}>
      <Chip
        size="small"
        variant="outlined"
        icon={<ContentCopyIcon aria-hidden />}
        label={translate('resources.enrollments.queue.duplicate_chip')}
        aria-label={`${translate('resources.enrollments.queue.flagged_duplicate')}: ${shares(signals)}`}
        // The warning colour as the border and icon; the text stays dark (MUI's warning orange
        // on white is 3:1, under the 4.5:1 small text needs).
        sx={{ ml: 1, borderColor: 'warning.main', '& .MuiChip-icon': { color: 'warning.dark' } }}
      />
    </Tooltip>
  );
};

const NameCell = ({ enrollment }: { enrollment: EnrollmentResponse }) => {
  const createPath = useCreatePath();
  return (
    <>
      <CellLink to={createPath({ resource: 'enrollments', id: enrollment.id, type: 'show' })}>
        {enrollment.legalName}
      </CellLink>
      <LocationMarker locationId={enrollment.locationId} />
      <DuplicateMarker enrollment={enrollment} />
    </>
  );
};

const ProgramCell = ({ enrollment }: { enrollment: EnrollmentResponse }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <>
      <CellLink to={createPath({ resource: 'enrollments', id: enrollment.id, type: 'show' })}>
        {translate(`enums.program.${enrollment.program}`)}
      </CellLink>
      <LocationMarker locationId={enrollment.locationId} />
    </>
  );
};

/** Small screens: one line per application instead of a table (no sideways scrolling at 390 px). */
const CompactList = ({ showName }: { showName: boolean }) => {
  const translate = useTranslate();
  const { dateTime } = useFormatters();
  return (
    <SimpleList<EnrollmentResponse>
      linkType="show"
      primaryText={(record) =>
        showName
          ? `${record.legalName} · ${translate(`enums.program.${record.program}`)}`
          : translate(`enums.program.${record.program}`)
      }
      secondaryText={(record) =>
        showName && record.serviceLevel ? (
          <AgeCell enrollment={record} />
        ) : record.submittedAt ? (
          translate('resources.enrollments.submitted_on', { date: dateTime(record.submittedAt) })
        ) : (
          translate('resources.enrollments.started_on', { date: dateTime(record.createdAt) })
        )
      }
      tertiaryText={(record) => <StateChip state={record.state} />}
    />
  );
};

const StaffTable = () => {
  const countryName = useCountryName();
  const regionName = useRegionName();
  const translate = useTranslate();
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));
  const totalLabel = useTotalLabel();
  useNamedRowCheckboxes();
  return (
    <BulkRefusalsProvider>
      <Box
        sx={{
          display: 'flex',
          alignItems: 'flex-end',
          justifyContent: 'space-between',
          gap: 2,
          flexWrap: 'wrap',
        }}
      >
        <Box sx={{ minWidth: 0, flex: '1 1 auto' }}>
          <QueueTabs />
        </Box>
        {totalLabel && (
          <Typography
            role="status"
            variant="body2"
            color="text.secondary"
            sx={{ px: 2, pb: 1.5, whiteSpace: 'nowrap' }}
          >
            {totalLabel}
          </Typography>
        )}
      </Box>
      <BulkRefusals />
      {isSmall ? (
        <CompactList showName />
      ) : (
        <DataTable<EnrollmentResponse>
          rowClick="show"
          bulkActionButtons={<QueueBulkActions />}
          rowSx={(record) =>
            record.serviceLevel?.overdue ? { boxShadow: 'inset 4px 0 0 #c62828' } : {}
          }
          sx={{ '& .RaDataTable-headerCell': { fontWeight: 600, whiteSpace: 'nowrap' } }}
        >
          <Column source="legalName" render={(record) => <NameCell enrollment={record} />} />
          <Column
            source="program"
            render={(record) => translate(`enums.program.${record.program}`)}
          />
          <Column
            source="country"
            label="resources.enrollments.fields.country_region"
            render={(record) => (
              <Box>
                <Typography variant="body2">{countryName(record.country)}</Typography>
                {record.region && (
                  <Typography variant="caption" color="text.secondary">
                    {regionName(record.region)}
                  </Typography>
                )}
              </Box>
            )}
          />
          <Column source="state" render={(record) => <StateChip state={record.state} />} />
          <Column source="submittedAt" render={(record) => <SubmittedCell enrollment={record} />} />
          <Column
            source="overdueFrom"
            label="resources.enrollments.fields.age"
            render={(record) => <AgeCell enrollment={record} />}
          />
          <Column source="assignee" render={(record) => <AssigneeCell enrollment={record} />} />
        </DataTable>
      )}
    </BulkRefusalsProvider>
  );
};

const PartnerTable = () => {
  const { dateTime } = useFormatters();
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));
  return isSmall ? (
    <CompactList showName={false} />
  ) : (
    <DataTable<EnrollmentResponse> rowClick="show" bulkActionButtons={false}>
      <Column source="program" render={(record) => <ProgramCell enrollment={record} />} />
      <Column source="state" render={(record) => <StateChip state={record.state} />} />
      <Column source="createdAt" render={(record) => dateTime(record.createdAt)} />
      <Column
        source="submittedAt"
        render={(record) => (record.submittedAt ? dateTime(record.submittedAt) : '')}
      />
    </DataTable>
  );
};

/** The partner's own applications, with the ways to apply above them. */
const PartnerApplications = () => {
  const { data = [], isPending } = useListContext<EnrollmentResponse>();
  const translate = useTranslate();
  const { isGlobalAdmin } = useViewer();
  return (
    <>
      {!isGlobalAdmin && (
        <Alert severity="info" sx={{ m: 2 }}>
          {translate('resources.partners.read_only')}
        </Alert>
      )}
      {!isPending && isGlobalAdmin && (
        <Box sx={{ p: 2 }}>
          <ApplyPanel enrollments={data} />
        </Box>
      )}
      {!isPending && data.length === 0 ? (
        <Typography role="status" color="text.secondary" sx={{ px: 2, pb: 3 }}>
          {translate('resources.enrollments.empty.partner')}
        </Typography>
      ) : (
        <PartnerTable />
      )}
    </>
  );
};

/** Staff: "Applications", the review queue. Partners: "My applications" and the way to apply. */
export const EnrollmentList = () => {
  const { isStaff } = useViewer();
  const translate = useTranslate();
  return isStaff ? (
    <List<EnrollmentResponse>
      filters={queueFilters}
      filterDefaultValues={{ tab: 'new' }}
      sort={{ field: 'overdueFrom', order: 'ASC' }}
      perPage={25}
      exporter={false}
      aside={<QueueSidebar />}
      pagination={<QueuePagination />}
      empty={<ResourceEmpty resource="enrollments" />}
    >
      <StaffTable />
    </List>
  ) : (
    <List<EnrollmentResponse>
      title={translate('resources.enrollments.mine')}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
      pagination={false}
      empty={false}
      actions={false}
    >
      <PartnerApplications />
    </List>
  );
};
