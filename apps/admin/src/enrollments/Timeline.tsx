import { Box, List, ListItem, ListItemText, Skeleton, Typography } from '@mui/material';
import { useGetManyReference, useTranslate } from 'react-admin';
import type { TimelineEntry } from '../api/responses';
import { useFormatters } from '../api/useFormatters';
import { AttachmentLinks, attachmentsOf } from './attachments/AttachmentLinks';

const detailText = (details: TimelineEntry['details']): string | undefined => {
  if (!details) {
    return undefined;
  }
  for (const key of ['message', 'reason', 'note']) {
    const value = details[key];
    if (typeof value === 'string' && value.trim() !== '') {
      return value;
    }
  }
  return undefined;
};

/** The application's full history (the audit trail), oldest first. */
export const Timeline = ({ enrollmentId }: { enrollmentId: string }) => {
  const translate = useTranslate();
  const { dateTime } = useFormatters();
  const {
    data = [],
    isPending,
    error,
  } = useGetManyReference<TimelineEntry>('enrollment-timeline', {
    target: 'enrollmentId',
    id: enrollmentId,
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'seq', order: 'ASC' },
  });
  return (
    <Box component="section" aria-labelledby="enrollment-timeline">
      <Typography id="enrollment-timeline" component="h2" variant="h6" gutterBottom>
        {translate('resources.enrollments.timeline.title')}
      </Typography>
      {isPending ? (
        <Skeleton variant="rectangular" height={80} />
      ) : error ? (
        <Typography color="error">
          {translate('resources.enrollments.timeline.unavailable')}
        </Typography>
      ) : data.length === 0 ? (
        <Typography color="text.secondary">
          {translate('resources.enrollments.timeline.empty')}
        </Typography>
      ) : (
        <List dense component="ol" sx={{ listStyle: 'none', p: 0 }}>
          {data.map((entry) => {
            const command = entry.command.replace(/-/g, '_');
            const plan = entry.details?.['plan'];
            const reasonCode = entry.details?.['reasonCode'];
            const reference = entry.details?.['reference'];
            const scoreBand = entry.details?.['scoreBand'];
            const check = entry.details?.['check'];
            const status = entry.details?.['status'];
            const change =
              entry.from && entry.to && entry.from !== entry.to
                ? ` · ${translate(`enums.state.${entry.from}`, { _: entry.from })} → ${translate(`enums.state.${entry.to}`, { _: entry.to })}`
                : '';
            const extra = [
              typeof check === 'string'
                ? translate(`enums.check.${check}`, { _: check })
                : undefined,
              typeof status === 'string'
                ? translate(`enums.check_status.${status}`, { _: status })
                : undefined,
              typeof plan === 'string'
                ? translate(`enums.support_plan.${plan}`, { _: plan })
                : undefined,
              typeof reasonCode === 'string'
                ? translate(
                    `enums.${command === 'reject' ? 'rejection_reason' : 'information_reason'}.${reasonCode}`,
                    { _: reasonCode },
                  )
                : undefined,
              typeof reference === 'string' ? reference : undefined,
              typeof scoreBand === 'string'
                ? translate(`enums.credit_score_band.${scoreBand}`, { _: scoreBand })
                : undefined,
            ].filter(Boolean);
            const detail = detailText(entry.details);
            return (
              <ListItem
                key={entry.id}
                component="li"
                divider
                alignItems="flex-start"
                sx={{ px: 0 }}
              >
                <ListItemText
                  primary={`${translate(`enums.command.${command}`, { _: entry.command })}${change}`}
                  secondary={
                    <>
                      <span style={{ display: 'block' }}>
                        {[
                          entry.actor.name ??
                            translate(`enums.actor.${entry.actor.kind}`, { _: entry.actor.kind }),
                          dateTime(entry.at),
                        ].join(' · ')}
                      </span>
                      {extra.length > 0 && (
                        <span style={{ display: 'block' }}>{extra.join(' · ')}</span>
                      )}
                      {detail && (
                        <span
                          style={{ display: 'block', whiteSpace: 'pre-wrap', fontStyle: 'italic' }}
                        >
                          “{detail}”
                        </span>
                      )}
                      <AttachmentLinks
                        enrollmentId={enrollmentId}
                        attachments={attachmentsOf(entry.details)}
                      />
                    </>
                  }
                  // The files are a list of buttons: not inside a paragraph.
                  slotProps={{ secondary: { component: 'div' } }}
                />
              </ListItem>
            );
          })}
        </List>
      )}
    </Box>
  );
};
