import { Box, Tab, Tabs } from '@mui/material';
import { useGetList, useListContext, useTranslate } from 'react-admin';
import { TAB_COUNTS } from '../../api/dataProvider';
import type { EnrollmentResponse, QueueTab, TabCount } from '../../api/responses';
import { useFormatters } from '../../api/useFormatters';

export const queueTabs: readonly QueueTab[] = [
  'new',
  'in_review',
  'waiting',
  'credit_check',
  'verified',
  'decided',
];

/** "12", or "999+" when the API stopped counting at its cap. */
const useCountLabel = () => {
  const { number } = useFormatters();
  return (count: TabCount | undefined) =>
    count === undefined ? '' : count.capped ? `${number(count.count - 1)}+` : number(count.count);
};

/**
 * The queue's tabs (the filter `tab`, so they are in the URL with the rest of the view), each with
 * its live count under the rest of the filter; the counts are read again whenever it changes.
 */
export const QueueTabs = () => {
  const translate = useTranslate();
  const list = useListContext<EnrollmentResponse>();
  const filters = list.filterValues as Record<string, unknown>;
  const { data: counts } = useGetList<TabCount & { id: string }>(TAB_COUNTS, {
    filter: filters,
    pagination: { page: 1, perPage: queueTabs.length },
  });
  const countLabel = useCountLabel();
  const current = typeof filters['tab'] === 'string' ? (filters['tab'] as QueueTab) : undefined;
  return (
    <Tabs
      value={current && queueTabs.includes(current) ? current : false}
      onChange={(_event, tab: QueueTab) => {
        list.setFilters({ ...filters, tab }, list.displayedFilters);
      }}
      variant="scrollable"
      scrollButtons="auto"
      allowScrollButtonsMobile
      aria-label={translate('resources.enrollments.queue.tabs')}
      sx={{
        borderBottom: 1,
        borderColor: 'divider',
        maxWidth: '100%',
        '& .MuiTab-root': { textTransform: 'none', fontSize: '0.9375rem', minHeight: 52 },
      }}
    >
      {queueTabs.map((tab) => {
        const count = counts?.find((each) => each.tab === tab);
        const label = countLabel(count);
        return (
          <Tab
            key={tab}
            value={tab}
            label={
              <Box component="span" sx={{ display: 'inline-flex', gap: 1, alignItems: 'center' }}>
                {translate(`resources.enrollments.queue.tab.${tab}`)}
                {label && (
                  <Box
                    component="span"
                    sx={{
                      px: 0.75,
                      borderRadius: 8,
                      fontSize: '0.75rem',
                      lineHeight: '1.25rem',
                      minWidth: '1.5rem',
                      bgcolor: current === tab ? 'primary.main' : 'action.selected',
                      color: current === tab ? 'primary.contrastText' : 'text.primary',
                    }}
                  >
                    {label}
                  </Box>
                )}
              </Box>
            }
          />
        );
      })}
    </Tabs>
  );
};
