import { Logger } from '@nestjs/common';

/** How a process (the API, the job worker) winds down on SIGTERM or SIGINT. */
export type GracefulShutdown = {
  /** For the log lines: `API` or `worker`. */
  readonly name: string;
  /** From the signal to exit at the latest (SHUTDOWN_TIMEOUT_SECONDS). */
  readonly timeoutSeconds: number;
  /** From the signal to `drain` (SHUTDOWN_DELAY_SECONDS): still serving, readiness failing. */
  readonly delaySeconds: number;
  /** At the signal, before the delay: readiness turns to `draining`. */
  readonly onSignal?: () => void;
  /** Finishes what is in flight and closes everything; the process exits 0 once it resolves. */
  readonly drain: () => Promise<void>;
  /**
   * When the timeout passes with work unfinished: give back what still runs (jobs, so another
   * worker retries them rather than waiting for their lock to go stale). Given 2 s at most.
   */
  readonly abandon?: () => Promise<void>;
};

const ABANDON_MS = 2000;

/**
 * Drains on the first SIGTERM/SIGINT and exits: 0 when everything finished, 1 when the timeout
 * passed first (with a line saying so) or the drain failed. A second signal exits at once.
 * Replaces Nest's own shutdown hooks, which re-raise the signal (no exit code) and have no bound.
 */
export function drainOnShutdownSignals(shutdown: GracefulShutdown): void {
  const logger = new Logger('Shutdown');
  let draining = false;

  const onSignal = (signal: NodeJS.Signals): void => {
    if (draining) {
      logger.warn(`${signal} again while draining: the ${shutdown.name} exits now`);
      process.exit(1);
    }
    draining = true;
    const started = Date.now();
    shutdown.onSignal?.();
    logger.log(
      `${signal}: the ${shutdown.name} drains (closing in ${shutdown.delaySeconds} s, ` +
        `exiting within ${shutdown.timeoutSeconds} s)`,
    );

    const deadline = setTimeout(() => {
      logger.error(
        `The ${shutdown.name} did not drain within ${shutdown.timeoutSeconds} s ` +
          '(SHUTDOWN_TIMEOUT_SECONDS): exiting with work unfinished',
      );
      void settleWithin(shutdown.abandon?.(), ABANDON_MS).finally(() => process.exit(1));
    }, shutdown.timeoutSeconds * 1000);

    void wait(shutdown.delaySeconds * 1000)
      .then(() => shutdown.drain())
      .then(
        () => {
          clearTimeout(deadline);
          logger.log(`The ${shutdown.name} drained in ${Date.now() - started} ms; exiting`);
          process.exit(0);
        },
        (error: unknown) => {
          clearTimeout(deadline);
          logger.error(`The ${shutdown.name} failed to drain: ${String(error)}`);
          process.exit(1);
        },
      );
  };

  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits for `work` (its failure ignored), or `ms`, whichever comes first. */
function settleWithin(work: Promise<void> | undefined, ms: number): Promise<void> {
  return Promise.race([work?.catch(() => undefined), wait(ms)]);
}
