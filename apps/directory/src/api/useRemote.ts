import { useCallback, useEffect, useState } from 'react';

export type Remote<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; data: T };

type Load<T> = (signal: AbortSignal) => Promise<T>;

/**
 * Runs `load` whenever it changes (memoize it) and on retry, aborting the previous run; no `load`
 * is idle. A result shows only for the run that produced it, so a new `load` reads as loading at
 * once, never as the previous answer.
 */
export function useRemote<T>(load: Load<T> | undefined): [Remote<T>, () => void] {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<{ load: Load<T>; attempt: number; remote: Remote<T> }>();

  useEffect(() => {
    if (!load) {
      return undefined;
    }
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => setSettled({ load, attempt, remote: { status: 'ready', data } }),
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setSettled({ load, attempt, remote: { status: 'error', error } });
        }
      },
    );
    return () => controller.abort();
  }, [load, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  if (!load) {
    return [{ status: 'idle' }, retry];
  }
  const isCurrent = settled?.load === load && settled.attempt === attempt;
  return [isCurrent ? settled.remote : { status: 'loading' }, retry];
}
