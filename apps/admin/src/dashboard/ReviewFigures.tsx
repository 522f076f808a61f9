import { Alert, Box, Card, CardContent, Chip, Skeleton, Stack, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import type { EnrollmentStatsResponse } from '@hub/web';
import { useEffect, useState, type ReactNode } from 'react';
import { LinkBase, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router';
import { httpClient } from '../api/httpClient';
import { useFormatters } from '../api/useFormatters';
import { useRegionName } from '../regions/useRegionName';

type Stats = EnrollmentStatsResponse;
type QueueFilter = Readonly<Record<string, string | boolean | readonly string[]>>;

/**
 * The queue's URL for a filter, in the shape the enrollments list keeps its view in (react-admin's
 * `filter` and `displayedFilters` query parameters), so the queue opens showing that filter.
 */
export function queuePath(filter: QueueFilter): string {
  const displayed = Object.fromEntries(Object.keys(filter).map((key) => [key, true]));
  const query = new URLSearchParams({
    filter: JSON.stringify(filter),
    displayedFilters: JSON.stringify(displayed),
    page: '1',
  });
  return `/enrollments?${query.toString()}`;
}

/** The dashboard's figures, read once per visit (they are cheap, see the API's service). */
function useStats(): { stats?: Stats; failed: boolean } {
  const [stats, setStats] = useState<Stats>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    httpClient('/api/enrollment-stats')
      .then(({ json }: { json: unknown }) => live && setStats(json as Stats))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);
  return { stats, failed };
}

/** "Mar 2" / "2 mars": a week's Monday on an axis (the full date goes in the text alternative). */
function useShortDay() {
  const { locale } = useFormatters();
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  return (day: string) => format.format(new Date(`${day}T00:00:00Z`));
}

const FigureCard = ({
  id,
  title,
  children,
  links,
}: {
  id: string;
  title: string;
  children: ReactNode;
  links?: ReactNode;
}) => (
  <Card component="section" aria-labelledby={id} sx={{ height: '100%' }}>
    <CardContent>
      <Typography id={id} component="h3" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {title}
      </Typography>
      {children}
      {links && (
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, mt: 1 }}>
          {links}
        </Stack>
      )}
    </CardContent>
  </Card>
);

/** A link to the queue under a filter, as a chip (keyboard-reachable, unlike a chart's bars). */
const QueueLink = ({ filter, label }: { filter: QueueFilter; label: string }) => (
  <Chip
    component={LinkBase}
    to={queuePath(filter)}
    label={label}
    clickable
    size="small"
    color="primary"
    variant="outlined"
    sx={{ height: 'auto', '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 } }}
  />
);

const Empty = ({ children }: { children: ReactNode }) => (
  <Typography color="text.secondary" sx={{ py: 3 }}>
    {children}
  </Typography>
);

const BacklogChart = ({ stats }: { stats: Stats }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { number } = useFormatters();
  const rows = stats.backlog;
  const count = (row: Stats['backlog'][number]) =>
    row.exact
      ? number(row.count)
      : translate('dashboard.figures.estimate', { count: number(row.count) });
  const stateName = (state: string) => translate(`enums.state.${state}`);
  const open = rows.filter((row) => row.count > 0);
  return (
    <FigureCard
      id="figure-backlog"
      title={translate('dashboard.figures.backlog.title')}
      links={open.map((row) => (
        <QueueLink
          key={row.state}
          filter={{ state: row.state }}
          label={`${stateName(row.state)}: ${count(row)}`}
        />
      ))}
    >
      {open.length === 0 ? (
        <Empty>{translate('dashboard.figures.backlog.empty')}</Empty>
      ) : (
        <Box
          role="img"
          aria-label={translate('dashboard.figures.backlog.label', {
            list: rows.map((row) => `${stateName(row.state)}: ${count(row)}`).join(', '),
          })}
        >
          <BarChart
            height={40 * rows.length + 60}
            layout="horizontal"
            xAxis={[{ tickMinStep: 1, valueFormatter: (value: number) => number(value) }]}
            yAxis={[
              { scaleType: 'band', data: rows.map((row) => stateName(row.state)), width: 170 },
            ]}
            series={[
              {
                data: rows.map((row) => row.count),
                label: translate('dashboard.figures.backlog.series'),
                valueFormatter: (value) => (value === null ? '' : number(value)),
              },
            ]}
            onItemClick={(_event, item) => {
              const row = rows[item.dataIndex];
              if (row) {
                void navigate(queuePath({ state: row.state }));
              }
            }}
            hideLegend
          />
        </Box>
      )}
    </FigureCard>
  );
};

const WeeklyChart = ({ stats }: { stats: Stats }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { number, day } = useFormatters();
  const shortDay = useShortDay();
  const weeks = stats.weeks;
  const window = { from: stats.windowStart, to: stats.windowEnd };
  const isEmpty = weeks.every((week) => week.submitted === 0 && week.decided === 0);
  return (
    <FigureCard
      id="figure-weekly"
      title={translate('dashboard.figures.weekly.title')}
      links={
        <>
          <QueueLink
            filter={{ submittedFrom: window.from, submittedTo: window.to }}
            label={translate('dashboard.figures.weekly.open_submitted')}
          />
          <QueueLink
            filter={{ decidedFrom: window.from, decidedTo: window.to }}
            label={translate('dashboard.figures.weekly.open_decided')}
          />
        </>
      }
    >
      {isEmpty ? (
        <Empty>{translate('dashboard.figures.weekly.empty')}</Empty>
      ) : (
        <Box
          role="img"
          aria-label={translate('dashboard.figures.weekly.label', {
            list: weeks
              .map((week) =>
                translate('dashboard.figures.weekly.item', {
                  week: day(week.weekStart),
                  submitted: number(week.submitted),
                  decided: number(week.decided),
                }),
              )
              .join('; '),
          })}
        >
          <BarChart
            height={280}
            xAxis={[{ scaleType: 'band', data: weeks.map((week) => shortDay(week.weekStart)) }]}
            yAxis={[{ tickMinStep: 1, valueFormatter: (value: number) => number(value) }]}
            series={[
              {
                id: 'submitted',
                data: weeks.map((week) => week.submitted),
                label: translate('dashboard.figures.weekly.submitted'),
              },
              {
                id: 'decided',
                data: weeks.map((week) => week.decided),
                label: translate('dashboard.figures.weekly.decided'),
              },
            ]}
            onItemClick={(_event, item) => {
              const week = weeks[item.dataIndex];
              if (!week) {
                return;
              }
              void navigate(
                queuePath(
                  item.seriesId === 'decided'
                    ? { decidedFrom: week.weekStart, decidedTo: week.weekEnd }
                    : { submittedFrom: week.weekStart, submittedTo: week.weekEnd },
                ),
              );
            }}
          />
        </Box>
      )}
    </FigureCard>
  );
};

const MedianChart = ({ stats }: { stats: Stats }) => {
  const translate = useTranslate();
  const { number, day } = useFormatters();
  const shortDay = useShortDay();
  const days = (value: number | null) =>
    value === null ? translate('dashboard.figures.median.no_decisions') : number(value);
  const overall = stats.medianDaysToDecision;
  return (
    <FigureCard
      id="figure-median"
      title={translate('dashboard.figures.median.title')}
      links={
        <QueueLink
          filter={{ decidedFrom: stats.windowStart, decidedTo: stats.windowEnd }}
          label={translate('dashboard.figures.weekly.open_decided')}
        />
      }
    >
      {overall === null ? (
        <Empty>{translate('dashboard.figures.median.empty')}</Empty>
      ) : (
        <>
          <Typography variant="h4" component="p">
            {translate('dashboard.figures.median.overall', { days: number(overall) })}
          </Typography>
          <Box
            role="img"
            aria-label={translate('dashboard.figures.median.label', {
              list: stats.weeks
                .map((week) =>
                  translate('dashboard.figures.median.item', {
                    week: day(week.weekStart),
                    days: days(week.medianDaysToDecision),
                  }),
                )
                .join('; '),
              overall: number(overall),
            })}
          >
            <LineChart
              height={220}
              xAxis={[
                {
                  scaleType: 'point',
                  data: stats.weeks.map((week) => shortDay(week.weekStart)),
                  // every other week's date: twelve do not fit side by side in a half-width card
                  tickLabelInterval: (_value: unknown, index: number) => index % 2 === 0,
                },
              ]}
              yAxis={[{ min: 0, valueFormatter: (value: number) => number(value) }]}
              series={[
                {
                  data: stats.weeks.map((week) => week.medianDaysToDecision),
                  label: translate('dashboard.figures.median.series'),
                  valueFormatter: (value) => days(value),
                  connectNulls: true,
                  // straight lines: a smoothed curve would show medians between weeks that none had
                  curve: 'linear',
                },
              ]}
              hideLegend
            />
          </Box>
        </>
      )}
    </FigureCard>
  );
};

const ApprovalChart = ({ stats }: { stats: Stats }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { number, percent } = useFormatters();
  const regionName = useRegionName();
  const rows = stats.approvalByRegion;
  const decidedIn = (region: string): QueueFilter => ({
    region,
    decidedFrom: stats.windowStart,
    decidedTo: stats.windowEnd,
  });
  const item = (row: Stats['approvalByRegion'][number]) =>
    translate('dashboard.figures.approval.item', {
      region: regionName(row.region),
      rate: percent(row.approvalRate),
      approved: number(row.approved),
      decided: number(row.approved + row.rejected),
    });
  return (
    <FigureCard
      id="figure-approval"
      title={translate('dashboard.figures.approval.title')}
      links={rows.map((row) => (
        <QueueLink key={row.region} filter={decidedIn(row.region)} label={item(row)} />
      ))}
    >
      {rows.length === 0 ? (
        <Empty>{translate('dashboard.figures.approval.empty')}</Empty>
      ) : (
        <Box
          role="img"
          aria-label={translate('dashboard.figures.approval.label', {
            list: rows.map(item).join(', '),
          })}
        >
          <BarChart
            height={40 * rows.length + 60}
            layout="horizontal"
            xAxis={[{ min: 0, max: 1, valueFormatter: (value: number) => percent(value) }]}
            yAxis={[
              { scaleType: 'band', data: rows.map((row) => regionName(row.region)), width: 170 },
            ]}
            series={[
              {
                data: rows.map((row) => row.approvalRate),
                label: translate('dashboard.figures.approval.series'),
                valueFormatter: (value) => (value === null ? '' : percent(value)),
              },
            ]}
            onItemClick={(_event, clicked) => {
              const row = rows[clicked.dataIndex];
              if (row) {
                void navigate(queuePath(decidedIn(row.region)));
              }
            }}
            hideLegend
          />
        </Box>
      )}
    </FigureCard>
  );
};

const OverdueFigure = ({ stats }: { stats: Stats }) => {
  const translate = useTranslate();
  const { number } = useFormatters();
  const { count, exact } = stats.overdue;
  return (
    <FigureCard
      id="figure-overdue"
      title={translate('dashboard.figures.overdue.title')}
      links={
        count > 0 && (
          <QueueLink
            filter={{ overdue: true }}
            label={translate('dashboard.figures.overdue.open')}
          />
        )
      }
    >
      <Typography
        variant="h3"
        component="p"
        color={count > 0 ? 'error.main' : 'text.primary'}
        sx={{ fontWeight: 600 }}
      >
        {exact ? number(count) : translate('dashboard.figures.estimate', { count: number(count) })}
      </Typography>
      <Typography color="text.secondary">
        {translate(count > 0 ? 'dashboard.figures.overdue.body' : 'dashboard.figures.overdue.none')}
      </Typography>
    </FigureCard>
  );
};

/**
 * The reviewers' and program admins' figures on the console home (issue 8 item 11): charts of
 * the backlog, the weekly flow, the time to decision, the approval rate by region and the overdue
 * count, each with links to the queue filtered to what it shows. Every chart has its figures in
 * words as its accessible name.
 */
export const ReviewFigures = () => {
  const translate = useTranslate();
  const { day } = useFormatters();
  const { stats, failed } = useStats();
  return (
    <Box component="section" aria-labelledby="review-figures">
      <Typography id="review-figures" component="h2" variant="h6">
        {translate('dashboard.figures.title')}
      </Typography>
      {stats && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('dashboard.figures.hint', {
            from: day(stats.windowStart),
            to: day(stats.windowEnd),
          })}
        </Typography>
      )}
      {failed ? (
        <Alert severity="error">{translate('dashboard.figures.unavailable')}</Alert>
      ) : !stats ? (
        <Skeleton variant="rounded" height={280} />
      ) : (
        <Box
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' },
          }}
        >
          <BacklogChart stats={stats} />
          <WeeklyChart stats={stats} />
          <MedianChart stats={stats} />
          <ApprovalChart stats={stats} />
          <OverdueFigure stats={stats} />
        </Box>
      )}
    </Box>
  );
};
