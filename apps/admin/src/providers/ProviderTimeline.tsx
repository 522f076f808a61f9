import { Box, List, ListItem, ListItemText, Skeleton, Typography } from '@mui/material';
import type { ProviderTimelineEntryResponse } from '@hub/web';
import { useGetManyReference, useTranslate } from 'react-admin';
import { useFormatters } from '../api/useFormatters';

type Entry = ProviderTimelineEntryResponse;

/** The provider's audit trail, newest first: who did what, when, and why. */
export const ProviderTimeline = ({ providerId }: { providerId: string }) => {
  const translate = useTranslate();
  const { dateTime } = useFormatters();
  const {
    data = [],
    isPending,
    error,
  } = useGetManyReference<Entry>('provider-timeline', {
    target: 'providerId',
    id: providerId,
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'seq', order: 'ASC' },
  });
  const state = (value: string | null | undefined) =>
    value ? translate(`enums.listing_state.${value}`, { _: value }) : '';
  return (
    <Box component="section" aria-labelledby="provider-timeline">
      <Typography id="provider-timeline" component="h2" variant="h6" gutterBottom>
        {translate('resources.providers.timeline.title')}
      </Typography>
      {isPending ? (
        <Skeleton variant="rectangular" height={80} />
      ) : error ? (
        <Typography color="error">
          {translate('resources.providers.timeline.unavailable')}
        </Typography>
      ) : data.length === 0 ? (
        <Typography color="text.secondary">
          {translate('resources.providers.timeline.empty')}
        </Typography>
      ) : (
        <List dense component="ol" sx={{ listStyle: 'none', p: 0 }}>
          {[...data].reverse().map((entry) => {
            const reason = entry.details['reason'];
            const authorized = entry.details['authorized'];
            const change =
              entry.from && entry.to && entry.from !== entry.to && entry.from !== 'none'
                ? ` · ${state(entry.from)} → ${state(entry.to)}`
                : '';
            const title =
              entry.command === 'set_authorized' && typeof authorized === 'boolean'
                ? translate(
                    authorized
                      ? 'resources.providers.timeline.authorized_on'
                      : 'resources.providers.timeline.authorized_off',
                  )
                : `${translate(`enums.listing_command.${entry.command}`, { _: entry.command })}${change}`;
            return (
              <ListItem
                key={entry.id}
                component="li"
                divider
                alignItems="flex-start"
                sx={{ px: 0 }}
              >
                <ListItemText
                  primary={title}
                  secondary={
                    <>
                      <span style={{ display: 'block' }}>
                        {[
                          entry.actorName ||
                            translate(`enums.actor.${entry.actorKind}`, { _: entry.actorKind }),
                          dateTime(entry.at),
                        ].join(' · ')}
                      </span>
                      {typeof reason === 'string' && reason.trim() !== '' && (
                        <span
                          style={{ display: 'block', whiteSpace: 'pre-wrap', fontStyle: 'italic' }}
                        >
                          “{reason}”
                        </span>
                      )}
                    </>
                  }
                />
              </ListItem>
            );
          })}
        </List>
      )}
    </Box>
  );
};
