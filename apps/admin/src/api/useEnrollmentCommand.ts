import { useCallback, useRef, useState } from 'react';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { HubDataProvider } from './dataProvider';
import { newIdempotencyKey } from './httpClient';
import type { EnrollmentResponse } from './responses';
import { useApiError } from './useApiError';

/**
 * Runs enrollment commands (`submit`, `verify`, ...) for one enrollment: If-Match from its
 * version, one Idempotency-Key per user action (a second click while the first is under way is
 * ignored, and a retry of it would be replayed), progress in `pending`, and everything on the
 * page re-read afterwards (state, commands, timeline).
 */
export function useEnrollmentCommand(enrollment: Pick<EnrollmentResponse, 'id' | 'version'>) {
  const dataProvider = useDataProvider<HubDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const refresh = useRefresh();
  const onError = useApiError();
  const [pending, setPending] = useState<string | undefined>();
  const running = useRef<string | undefined>(undefined);
  const key = useRef<string | undefined>(undefined);

  const run = useCallback(
    async (command: string, body: object = {}): Promise<boolean> => {
      if (running.current) {
        return false;
      }
      running.current = command;
      key.current ??= newIdempotencyKey();
      setPending(command);
      try {
        await dataProvider.command(
          'enrollments',
          enrollment.id,
          command,
          body,
          enrollment.version,
          key.current,
        );
        notify('resources.enrollments.notifications.done', {
          type: 'success',
          messageArgs: { command: translate(`enums.command.${command.replace(/-/g, '_')}`) },
        });
        return true;
      } catch (error) {
        onError(error);
        return false;
      } finally {
        key.current = undefined;
        running.current = undefined;
        setPending(undefined);
        refresh();
      }
    },
    [dataProvider, enrollment.id, enrollment.version, notify, onError, refresh, translate],
  );

  return { run, pending };
}
