import type { ResourceProps } from 'react-admin';

/** Monthly revenue rows, edited inline or imported on a direct bill application (no pages of their own). */
export const revenueRecords = { name: 'revenue-records' } satisfies ResourceProps;
