import type { ProviderResponse } from '@hub/web';
import { useCallback, useRef, useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { HubDataProvider } from '../api/dataProvider';
import { httpClient, newIdempotencyKey } from '../api/httpClient';
import { useApiError } from '../api/useApiError';
import type { ProviderCommand } from './providers-api';

/**
 * Runs provider commands (`approve`, `reject`, `confirm-freshness`, ...) on one provider, by id
 * or `mine`: If-Match from its version, one Idempotency-Key per user action (a second click while
 * the first is under way is ignored), progress in `pending`, and the page read again afterwards.
 * A 412 (someone changed it meanwhile) says so and shows the provider as it is now.
 */
export function useProviderCommand(provider: Pick<ProviderResponse, 'version'>, id: string) {
  const dataProvider = useDataProvider<HubDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const onError = useApiError();
  const [pending, setPending] = useState<ProviderCommand | undefined>();
  const running = useRef(false);
  // The version read after a 412: the next try (she has been told, and the page is read again)
  // uses it even when it is sent before the page's refetch has arrived.
  const known = useRef(0);

  const run = useCallback(
    async (command: ProviderCommand, body: object, done: string): Promise<boolean> => {
      if (running.current) {
        return false;
      }
      running.current = true;
      setPending(command);
      try {
        await dataProvider.providerCommand(
          id,
          command,
          body,
          Math.max(provider.version, known.current),
          newIdempotencyKey(),
        );
        notify(done, { type: 'success' });
        return true;
      } catch (error) {
        onError(error);
        if ((error as { status?: number }).status === 412) {
          const { json } = (await httpClient(`/api/providers/${encodeURIComponent(id)}`).catch(
            () => ({ json: undefined }),
          )) as { json?: { version?: number } };
          known.current = Math.max(known.current, json?.version ?? 0);
        }
        return false;
      } finally {
        running.current = false;
        setPending(undefined);
        refresh();
      }
    },
    [dataProvider, id, provider.version, notify, onError, refresh],
  );

  return { run, pending };
}
