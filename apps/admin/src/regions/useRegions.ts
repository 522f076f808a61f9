import { useGetList } from 'react-admin';
import type { RegionResponse } from '@hub/web';

/** All regions (there are a handful), by name: feeds the markets filters. */
export function useRegions() {
  return useGetList<RegionResponse>('regions', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
}
