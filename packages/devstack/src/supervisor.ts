import type { ChildProcess } from 'node:child_process';

/**
 * Watches the embedded services `npm start` runs as processes of their own (PostgreSQL,
 * Meilisearch, the API) and restarts one that dies, with backoff, on the same port and data
 * directory; after too many deaths in a short time it gives up and lets the caller stop
 * everything. The decisions are pure functions below; `Supervisor` only wires them to timers.
 */

/** How a process ended, as Node reports it: a code when it exited, a signal when it was killed. */
export type ExitStatus = {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
};

/** "killed by SIGKILL" or "exit code 1": never "exit code null". */
export function describeExit({ code, signal }: ExitStatus): string {
  if (signal !== null) {
    return `killed by ${signal}`;
  }
  return code === null ? 'ended without an exit code' : `exit code ${code}`;
}

/** Resolves once `child` has exited, also when it already had. */
export function exitOf(child: ChildProcess): Promise<ExitStatus> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

export type RestartPolicy = {
  /** The wait before the first restart; it doubles with each failure in a row. */
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
  /** A service that ran this long counts as healthy: its next failure waits firstDelayMs again. */
  readonly healthyAfterMs: number;
  /** This many failures within windowMs and the supervisor gives up. */
  readonly maxFailures: number;
  readonly windowMs: number;
};

/** 1 s, 2 s, 4 s … at most 30 s; reset after a minute up; 5 failures within a minute: give up. */
export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  firstDelayMs: 1000,
  maxDelayMs: 30_000,
  healthyAfterMs: 60_000,
  maxFailures: 5,
  windowMs: 60_000,
};

/** What the supervisor remembers of one service's failures. */
export type FailureRecord = {
  /** Failures since the service last ran for healthyAfterMs. */
  readonly streak: number;
  /** When the failures within the window happened (ms). */
  readonly recent: readonly number[];
};

export const NO_FAILURES: FailureRecord = { streak: 0, recent: [] };

export type RestartDecision =
  | { readonly kind: 'restart'; readonly delayMs: number; readonly record: FailureRecord }
  | { readonly kind: 'give-up'; readonly failures: number; readonly record: FailureRecord };

/**
 * What to do about a failure at `now` of a service that has been up since `upSince` (a death,
 * or a restart that did not come up): restart after a backoff, or give up.
 */
export function decideAfterFailure(
  record: FailureRecord,
  { now, upSince }: { readonly now: number; readonly upSince: number },
  policy: RestartPolicy = DEFAULT_RESTART_POLICY,
): RestartDecision {
  const wasHealthy = now - upSince >= policy.healthyAfterMs;
  const streak = (wasHealthy ? 0 : record.streak) + 1;
  const recent = [...record.recent.filter((at) => now - at < policy.windowMs), now];
  const next = { streak, recent };
  if (recent.length >= policy.maxFailures) {
    return { kind: 'give-up', failures: recent.length, record: next };
  }
  const delayMs = Math.min(policy.firstDelayMs * 2 ** (streak - 1), policy.maxDelayMs);
  return { kind: 'restart', delayMs, record: next };
}

/** "1 s", "30 s", "250 ms": the wait as a person reads it. */
export function formatDelay(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}

/** A failed restart in one line: the error's own words when they name the service already. */
export function failedRestart(name: string, error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
  return message.startsWith(name) ? message : `${name} did not restart (${message})`;
}

/** A started service the supervisor can watch: it tells when it ends, and can be stopped. */
export type Supervisable = {
  readonly exited: Promise<ExitStatus>;
  stop(): Promise<void>;
};

export type Watched<T extends Supervisable> = {
  /** The instance running now (a restart replaces it). */
  current(): T;
  /** Stops it for good: no restart after this, also not one already scheduled. */
  stop(): Promise<void>;
};

export type SupervisorOptions = {
  /** One line per event: a death, a failed restart, a successful one. */
  readonly report: (line: string) => void;
  /** One line when a service failed too often; the caller then stops everything. */
  readonly giveUp: (line: string) => void;
  readonly policy?: RestartPolicy;
  readonly now?: () => number;
};

export class Supervisor {
  readonly #options: SupervisorOptions;
  readonly #policy: RestartPolicy;
  readonly #now: () => number;
  #standingDown = false;

  constructor(options: SupervisorOptions) {
    this.#options = options;
    this.#policy = options.policy ?? DEFAULT_RESTART_POLICY;
    this.#now = options.now ?? Date.now;
  }

  /**
   * From now on every exit is expected: nothing is restarted. Called first thing in a
   * shutdown, because Ctrl-C in a terminal reaches the services too and they may exit before
   * the caller gets round to stopping them.
   */
  standDown(): void {
    this.#standingDown = true;
  }

  /** Watches `first` and restarts it through `restart` whenever it dies. */
  watch<T extends Supervisable>(name: string, first: T, restart: () => Promise<T>): Watched<T> {
    const { report, giveUp } = this.#options;
    let current = first;
    let upSince = this.#now();
    let record = NO_FAILURES;
    let timer: NodeJS.Timeout | undefined;
    let restarting: Promise<void> | undefined;
    let stopped = false;
    const quiet = () => stopped || this.#standingDown;

    const fail = (what: string) => {
      const decision = decideAfterFailure(record, { now: this.#now(), upSince }, this.#policy);
      record = decision.record;
      if (decision.kind === 'give-up') {
        const window = formatDelay(this.#policy.windowMs);
        giveUp(`${what}; ${decision.failures} failures within ${window}: giving up.`);
        return;
      }
      report(`${what}; restarting in ${formatDelay(decision.delayMs)}`);
      timer = setTimeout(() => {
        timer = undefined;
        restarting = attempt().finally(() => (restarting = undefined));
      }, decision.delayMs);
    };

    const attempt = async () => {
      let running: T;
      try {
        running = await restart();
      } catch (error) {
        if (!quiet()) {
          // A restart that does not come up counts as a failure too, so a service that can no
          // longer start ends in giving up rather than in retrying for ever.
          upSince = this.#now();
          fail(failedRestart(name, error));
        }
        return;
      }
      if (quiet()) {
        // The shutdown began while it was starting: stop it here, or it would outlive us.
        await running.stop().catch(() => undefined);
        return;
      }
      current = running;
      upSince = this.#now();
      report(`${name} is running again.`);
      follow(running);
    };

    const follow = (running: T) => {
      void running.exited.then((exit) => {
        if (!quiet() && running === current) {
          fail(`${name} stopped unexpectedly (${describeExit(exit)})`);
        }
      });
    };

    follow(first);
    return {
      current: () => current,
      stop: async () => {
        stopped = true;
        clearTimeout(timer);
        await restarting;
        await current.stop();
      },
    };
  }
}
