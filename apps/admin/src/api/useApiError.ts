import { useCallback } from 'react';
import { useNotify, useRefresh } from 'react-admin';

type ApiError = { status?: number; message?: string; body?: { code?: string; message?: string } };

/**
 * Tells the user what the API said (its `message` is already in the console's language). A 412
 * means someone changed the record meanwhile: say so and show it as it is now.
 */
export function useApiError(): (error: unknown) => void {
  const notify = useNotify();
  const refresh = useRefresh();
  return useCallback(
    (error: unknown) => {
      const { status, message, body } = (error ?? {}) as ApiError;
      if (status === 412) {
        notify('api.stale', { type: 'warning' });
        refresh();
        return;
      }
      const text = body?.message ?? message;
      notify(text && text.length > 0 ? text : 'ra.notification.http_error', {
        type: 'error',
        messageArgs: { _: text },
      });
    },
    [notify, refresh],
  );
}
