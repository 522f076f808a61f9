import { Typography } from '@mui/material';
import type { AgreementVersionResponse } from '@hub/web';
import { CreateButton, DataTable, List, SelectInput, TopToolbar, useTranslate } from 'react-admin';
import { useFormatters } from '../api/useFormatters';
import { useViewer } from '../api/useViewer';
import { useRegionName } from '../regions/useRegionName';
import { AcceptanceProgress } from './AcceptanceProgress';
import { useAgreementTexts } from './useAgreementTexts';
import { VersionStatusChip } from './VersionStatusChip';

const filters = [
  <SelectInput
    key="kind"
    source="kind"
    label="agreements.fields.kind"
    choices={[
      { id: 'indirect_reseller_terms', name: 'enums.agreement.indirect_reseller_terms' },
      { id: 'microsoft_partner_agreement', name: 'enums.agreement.microsoft_partner_agreement' },
    ]}
    alwaysOn
  />,
  <SelectInput
    key="status"
    source="status"
    label="agreements.fields.status"
    choices={['scheduled', 'current', 'superseded'].map((id) => ({
      id,
      name: `agreements.status.${id}`,
    }))}
    alwaysOn
  />,
];

const Actions = () => {
  const { kind } = useViewer();
  return (
    <TopToolbar>
      {kind === 'program_admin' && <CreateButton label="agreements.publish" />}
    </TopToolbar>
  );
};

export const Regions = ({ version }: { version: AgreementVersionResponse }) => {
  const translate = useTranslate();
  const regionName = useRegionName();
  return (
    <>
      {version.regions === null
        ? translate('agreements.all_regions')
        : version.regions.map((region) => regionName(region)).join(', ')}
    </>
  );
};

/** Every version of both agreements, newest first; staff see how far acceptance has come. */
export const AgreementVersionList = () => {
  const translate = useTranslate();
  const { day } = useFormatters();
  const { isStaff } = useViewer();
  const { agreementName } = useAgreementTexts();
  return (
    <>
      <Typography sx={{ mt: 2, maxWidth: '75ch' }} color="text.secondary">
        {translate('agreements.intro')}
      </Typography>
      <List<AgreementVersionResponse>
        title={translate('agreements.list_title')}
        filters={filters}
        sort={{ field: 'publishedOn', order: 'DESC' }}
        perPage={25}
        exporter={false}
        actions={<Actions />}
      >
        <DataTable<AgreementVersionResponse> bulkActionButtons={false} rowClick="show">
          <DataTable.Col
            source="kind"
            label="agreements.fields.kind"
            render={(record: AgreementVersionResponse) => agreementName(record.kind)}
          />
          <DataTable.Col source="version" label="agreements.fields.version" />
          <DataTable.Col
            source="status"
            label="agreements.fields.status"
            disableSort
            render={(record: AgreementVersionResponse) => (
              <VersionStatusChip status={record.status} />
            )}
          />
          <DataTable.Col
            source="publishedOn"
            label="agreements.fields.publishedOn"
            render={(record: AgreementVersionResponse) => day(record.publishedOn)}
          />
          <DataTable.Col
            source="reacceptBy"
            label="agreements.fields.reacceptBy"
            disableSort
            render={(record: AgreementVersionResponse) =>
              record.reacceptBy === null
                ? translate('agreements.no_deadline')
                : day(record.reacceptBy)
            }
          />
          <DataTable.Col
            source="regions"
            label="agreements.fields.regions"
            disableSort
            render={(record: AgreementVersionResponse) => <Regions version={record} />}
          />
          {isStaff && (
            <DataTable.Col
              source="acceptance"
              label="agreements.fields.acceptance"
              disableSort
              render={(record: AgreementVersionResponse) => <AcceptanceProgress version={record} />}
            />
          )}
        </DataTable>
      </List>
    </>
  );
};
