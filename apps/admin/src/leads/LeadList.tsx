import { Box, Typography } from '@mui/material';
import { DataTable, List, SearchInput, useRecordContext, useTranslate } from 'react-admin';
import type { LeadResponse } from '../api/responses';
import { useFormatters } from '../api/useFormatters';
import { ResourceEmpty } from '../layout/ResourceEmpty';
import { useCountryName } from '../partners/useCountryName';

/** The whole message, under its row (the list shows its start). */
const LeadMessage = () => {
  const lead = useRecordContext<LeadResponse>();
  const translate = useTranslate();
  if (!lead) {
    return null;
  }
  return (
    <Box sx={{ py: 1 }}>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
        {lead.message}
      </Typography>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {translate('resources.leads.answer_to')} <a href={`mailto:${lead.email}`}>{lead.email}</a>
      </Typography>
    </Box>
  );
};

const Country = ({ lead }: { lead: LeadResponse }) => {
  const countryName = useCountryName();
  return <>{countryName(lead.country)}</>;
};

/**
 * The distributor's leads: resellers who wrote to its provider through the directory's contact
 * form (each was also e-mailed to the listing's contact address). Newest first, searchable.
 */
export const LeadList = () => {
  const { dateTime } = useFormatters();
  const translate = useTranslate();
  return (
    <List
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      filters={[<SearchInput key="q" source="q" alwaysOn />]}
      empty={<ResourceEmpty resource="leads" />}
    >
      <DataTable bulkActionButtons={false} rowClick="expand" expand={<LeadMessage />}>
        <DataTable.Col
          source="createdAt"
          render={(lead: LeadResponse) => dateTime(lead.createdAt)}
        />
        <DataTable.Col source="company" />
        <DataTable.Col source="name" disableSort />
        <DataTable.Col source="country" render={(lead: LeadResponse) => <Country lead={lead} />} />
        <DataTable.Col
          source="message"
          disableSort
          render={(lead: LeadResponse) =>
            lead.message.length > 80 ? `${lead.message.slice(0, 80)}…` : lead.message
          }
        />
        <DataTable.Col
          source="locale"
          disableSort
          render={(lead: LeadResponse) => translate(`resources.leads.locales.${lead.locale}`)}
        />
      </DataTable>
    </List>
  );
};
