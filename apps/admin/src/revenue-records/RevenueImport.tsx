import { useRefresh, useTranslate } from 'react-admin';
import { CsvImportPanel } from './CsvImportPanel';

/** The columns of a revenue file; `channel` may be left out (indirect reseller). */
const columns = ['month', 'amount', 'currency', 'product_type', 'channel'] as const;

/** A partner's monthly revenue as a CSV file (its global admin, or staff on its behalf). */
export const RevenueImport = ({ partnerId }: { partnerId: string }) => {
  const translate = useTranslate();
  const refresh = useRefresh();
  return (
    <CsvImportPanel
      path={`partners/${encodeURIComponent(partnerId)}/revenue-imports`}
      columns={columns}
      title={translate('resources.revenue-records.import_title')}
      hint={translate('resources.revenue-records.import_hint')}
      onImported={refresh}
    />
  );
};
