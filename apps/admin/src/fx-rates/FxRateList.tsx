import { Card, CardContent, Chip } from '@mui/material';
import { DataTable, List, useRefresh, useTranslate } from 'react-admin';
import type { FxRateResponse } from '../api/responses';
import { useFormatters } from '../api/useFormatters';
import { useViewer } from '../api/useViewer';
import { ResourceEmpty } from '../layout/ResourceEmpty';
import { CsvImportPanel } from '../revenue-records/CsvImportPanel';

/** "0.0952", with the language's decimal sign and every digit the rate was imported with. */
const Rate = ({ rate: record }: { rate: FxRateResponse }) => {
  const { rate } = useFormatters();
  return <>{rate(record.usdPerUnit)}</>;
};

const Source = ({ rate }: { rate: FxRateResponse }) => {
  const translate = useTranslate();
  return rate.demo ? (
    <Chip size="small" color="warning" label={translate('resources.fx-rates.demo')} />
  ) : (
    <>{rate.source}</>
  );
};

/** Program admins import the month's rates as a file: preview first, then all lines or none. */
const RatesImport = () => {
  const translate = useTranslate();
  const refresh = useRefresh();
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent>
        <CsvImportPanel
          path="fx-rates/imports"
          columns={['month', 'currency', 'usd_per_unit']}
          title={translate('resources.fx-rates.import_title')}
          hint={translate('resources.fx-rates.import_hint')}
          onImported={refresh}
        />
      </CardContent>
    </Card>
  );
};

/** The monthly FX rates to USD that convert partners' revenue (program data). */
export const FxRateList = () => {
  const { kind } = useViewer();
  const { month } = useFormatters();
  return (
    <>
      {kind === 'program_admin' && <RatesImport />}
      <List
        sort={{ field: 'month', order: 'DESC' }}
        perPage={50}
        empty={<ResourceEmpty resource="fx-rates" />}
      >
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="month" render={(record: FxRateResponse) => month(record.month)} />
          <DataTable.Col source="currency" />
          <DataTable.Col
            source="usdPerUnit"
            disableSort
            render={(record: FxRateResponse) => <Rate rate={record} />}
          />
          <DataTable.Col
            source="source"
            disableSort
            render={(record: FxRateResponse) => <Source rate={record} />}
          />
        </DataTable>
      </List>
    </>
  );
};
