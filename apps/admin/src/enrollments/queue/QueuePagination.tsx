import { Pagination, useListContext, useTranslate } from 'react-admin';
import type { ListMeta } from '../../api/dataProvider';
import { useFormatters } from '../../api/useFormatters';

/**
 * react-admin's pagination, except that a total the API only estimated (`X-Total-Estimated`)
 * reads "1–25 of about 12,000", never as an exact count.
 */
export const QueuePagination = () => {
  const { meta } = useListContext() as { meta?: ListMeta };
  const translate = useTranslate();
  const { number } = useFormatters();
  const estimated = meta?.totalEstimated === true;
  return (
    <Pagination
      rowsPerPageOptions={[25, 50, 100]}
      {...(estimated
        ? {
            labelDisplayedRows: ({
              from,
              to,
              count,
            }: {
              from: number;
              to: number;
              count: number;
            }) =>
              translate('resources.enrollments.queue.range_estimated', {
                from: number(from),
                to: number(to),
                total: number(count),
              }),
          }
        : {})}
    />
  );
};

/** The number of applications the view holds, for the list's heading: "about 12,000" if estimated. */
export const useTotalLabel = (): string | undefined => {
  const { total, meta, isPending } = useListContext() as {
    total?: number;
    meta?: ListMeta;
    isPending: boolean;
  };
  const translate = useTranslate();
  const { number } = useFormatters();
  if (isPending || total === undefined) {
    return undefined;
  }
  return translate(
    meta?.totalEstimated
      ? 'resources.enrollments.queue.total_estimated'
      : 'resources.enrollments.queue.total',
    { smart_count: total, total: number(total) },
  );
};
