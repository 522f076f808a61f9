import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import {
  DEFAULT_RESTART_POLICY,
  NO_FAILURES,
  Supervisor,
  decideAfterFailure,
  describeExit,
  exitOf,
  failedRestart,
  findFreePort,
  formatDelay,
  startPostgres,
  stopChild,
  waitFor,
  type FailureRecord,
  type RestartPolicy,
  type Supervisable,
} from '../src/index.js';

describe('describeExit', () => {
  it('names the signal that killed a process, never "exit code null"', () => {
    expect(describeExit({ code: null, signal: 'SIGKILL' })).toBe('killed by SIGKILL');
    expect(describeExit({ code: null, signal: 'SIGSEGV' })).toBe('killed by SIGSEGV');
  });

  it('gives the exit code of a process that exited', () => {
    expect(describeExit({ code: 1, signal: null })).toBe('exit code 1');
    expect(describeExit({ code: 0, signal: null })).toBe('exit code 0');
  });
});

describe('formatDelay', () => {
  it('reads as a person says it', () => {
    expect(formatDelay(1000)).toBe('1 s');
    expect(formatDelay(30_000)).toBe('30 s');
    expect(formatDelay(1500)).toBe('1.5 s');
    expect(formatDelay(250)).toBe('250 ms');
  });
});

describe('failedRestart', () => {
  it("uses the error's own sentence when it names the service", () => {
    const error = new Error('The API stopped while starting (killed by SIGKILL).');
    expect(failedRestart('The API', error)).toBe(
      'The API stopped while starting (killed by SIGKILL)',
    );
  });

  it('names the service when the error does not', () => {
    expect(failedRestart('PostgreSQL', new Error('connect ECONNREFUSED'))).toBe(
      'PostgreSQL did not restart (connect ECONNREFUSED)',
    );
  });
});

describe('decideAfterFailure', () => {
  /** The decisions for failures at `times` (ms) of a service restarted right after each. */
  const decide = (times: readonly number[], policy: RestartPolicy = DEFAULT_RESTART_POLICY) => {
    let record: FailureRecord = NO_FAILURES;
    let upSince = 0;
    return times.map((now) => {
      const decision = decideAfterFailure(record, { now, upSince }, policy);
      record = decision.record;
      upSince = now + (decision.kind === 'restart' ? decision.delayMs : 0);
      return decision.kind === 'restart' ? decision.delayMs : 'give-up';
    });
  };

  it('waits 1 s, then 2 s, 4 s, 8 s … for failures in a row', () => {
    // A service that dies 20 s after each restart: never 5 within a minute, never healthy.
    expect(decide([20_000, 41_000, 63_000, 87_000, 115_000])).toEqual([
      1000, 2000, 4000, 8000, 16_000,
    ]);
  });

  it('waits at most 30 s', () => {
    const times = [20_000, 41_000, 63_000, 87_000, 115_000, 151_000, 201_000, 251_000];
    expect(decide(times).slice(-3)).toEqual([30_000, 30_000, 30_000]);
  });

  it('starts again from 1 s after a minute of health', () => {
    const record: FailureRecord = { streak: 4, recent: [] };
    const decision = decideAfterFailure(record, { now: 200_000, upSince: 140_000 });
    expect(decision).toMatchObject({ kind: 'restart', delayMs: 1000, record: { streak: 1 } });
  });

  it('gives up at the 5th failure within a minute', () => {
    // Dies as soon as it is restarted: 0, 1, 3, 7 and 15 s.
    expect(decide([0, 1000, 3000, 7000, 15_000])).toEqual([1000, 2000, 4000, 8000, 'give-up']);
  });

  it('forgets failures older than a minute', () => {
    const record: FailureRecord = { streak: 4, recent: [0, 1000, 3000, 7000] };
    const decision = decideAfterFailure(record, { now: 61_500, upSince: 61_000 });
    expect(decision.kind).toBe('restart');
    expect(decision.record.recent).toEqual([3000, 7000, 61_500]);
  });
});

/** Fast enough for a test: 20 ms, 40 ms, 80 ms …; 4 failures within 10 s and it gives up. */
const fast: RestartPolicy = {
  firstDelayMs: 20,
  maxDelayMs: 200,
  healthyAfterMs: 10_000,
  maxFailures: 4,
  windowMs: 10_000,
};

type Sleeper = Supervisable & { readonly child: ChildProcess };

const children: ChildProcess[] = [];
afterEach(async () => {
  await Promise.all(children.splice(0).map((child) => stopChild(child)));
});

/** A real process that runs until it is stopped or killed. */
function startSleeper(): Promise<Sleeper> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
    stdio: 'ignore',
  });
  children.push(child);
  return Promise.resolve({
    child,
    exited: exitOf(child),
    stop: async () => void (await stopChild(child)),
  });
}

/** A supervisor whose lines are kept; `gaveUp` resolves with its give-up line. */
function supervisor(policy = fast) {
  const lines: string[] = [];
  let gaveUp: (line: string) => void = () => undefined;
  const givenUp = new Promise<string>((resolve) => (gaveUp = resolve));
  const watcher = new Supervisor({
    report: (line) => lines.push(line),
    giveUp: (line) => gaveUp(line),
    policy,
  });
  return { watcher, lines, givenUp };
}

/** Waits until `condition` holds, for at most `timeoutMs`. */
const until = (what: string, condition: () => boolean, timeoutMs: number) =>
  waitFor(what, () => Promise.resolve(condition()), timeoutMs);

const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

describe('Supervisor', () => {
  it('says in one line how a service died, restarts it, and says when it is back', async () => {
    const { watcher, lines } = supervisor();
    const first = await startSleeper();
    const watched = watcher.watch('Sleeper', first, startSleeper);

    first.child.kill('SIGKILL');
    await until('the restart', () => watched.current() !== first, 5000);

    expect(lines[0]).toBe('Sleeper stopped unexpectedly (killed by SIGKILL); restarting in 20 ms');
    await until('the line', () => lines.length === 2, 5000);
    expect(lines[1]).toBe('Sleeper is running again.');
    expect(isRunning(watched.current().child)).toBe(true);
    await watched.stop();
    expect(isRunning(watched.current().child)).toBe(false);
    expect(lines).toHaveLength(2);
  });

  it('restarts nothing that stops while it stands down for a shutdown', async () => {
    const { watcher, lines } = supervisor();
    const first = await startSleeper();
    let restarts = 0;
    watcher.watch('Sleeper', first, () => {
      restarts += 1;
      return startSleeper();
    });

    watcher.standDown();
    first.child.kill('SIGINT'); // Ctrl-C in a terminal reaches the service before we stop it
    await first.exited;
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(lines).toEqual([]);
    expect(restarts).toBe(0);
  });

  it('cancels a scheduled restart when the service is stopped', async () => {
    const { watcher, lines } = supervisor({ ...fast, firstDelayMs: 200 });
    const first = await startSleeper();
    let restarts = 0;
    const watched = watcher.watch('Sleeper', first, () => {
      restarts += 1;
      return startSleeper();
    });

    first.child.kill('SIGKILL');
    await until('the line', () => lines.length === 1, 5000);
    await watched.stop();
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(restarts).toBe(0);
  });

  it('stops a restart that was under way when the shutdown began', async () => {
    const { watcher } = supervisor();
    const first = await startSleeper();
    let started: Sleeper | undefined;
    let startingNow: () => void = () => undefined;
    const starting = new Promise<void>((resolve) => (startingNow = resolve));
    const watched = watcher.watch('Sleeper', first, async () => {
      startingNow();
      await new Promise((resolve) => setTimeout(resolve, 100)); // a slow start
      started = await startSleeper();
      return started;
    });

    first.child.kill('SIGKILL');
    await starting;
    watcher.standDown();
    await watched.stop();

    expect(started && isRunning(started.child)).toBe(false);
  });

  it('gives up when the service keeps dying, in one line', async () => {
    const { watcher, lines, givenUp } = supervisor();
    const dying = async () => {
      const sleeper = await startSleeper();
      sleeper.child.kill('SIGKILL');
      return sleeper;
    };
    watcher.watch('Sleeper', await dying(), dying);

    expect(await givenUp).toBe(
      'Sleeper stopped unexpectedly (killed by SIGKILL); 4 failures within 10 s: giving up.',
    );
    expect(lines.filter((line) => line.includes('restarting in'))).toHaveLength(3);
  });

  it('counts a restart that fails as a failure, with its reason', async () => {
    const { watcher, lines, givenUp } = supervisor();
    const first = await startSleeper();
    watcher.watch('Sleeper', first, () => Promise.reject(new Error('port 4104 is taken')));

    first.child.kill('SIGKILL');

    expect(await givenUp).toBe(
      'Sleeper did not restart (port 4104 is taken); 4 failures within 10 s: giving up.',
    );
    expect(lines).toEqual([
      'Sleeper stopped unexpectedly (killed by SIGKILL); restarting in 20 ms',
      'Sleeper did not restart (port 4104 is taken); restarting in 40 ms',
      'Sleeper did not restart (port 4104 is taken); restarting in 80 ms',
    ]);
  });
});

describe('Supervisor with the embedded PostgreSQL', () => {
  it('brings a killed server back on the same port with its data', async () => {
    const work = await mkdtemp(join(tmpdir(), 'devstack-supervisor-'));
    await chmod(work, 0o755); // PostgreSQL runs as the postgres user when this runs as root
    const options = { dataDir: join(work, 'postgres'), port: await findFreePort() };
    const { watcher, lines } = supervisor({ ...DEFAULT_RESTART_POLICY, firstDelayMs: 200 });
    const watched = watcher.watch('PostgreSQL', await startPostgres(options), () =>
      startPostgres(options),
    );
    const query = async (sql: string) => {
      const client = new pg.Client({ connectionString: watched.current().adminUrl });
      await client.connect();
      try {
        return (await client.query<{ value: string }>(sql)).rows;
      } finally {
        await client.end();
      }
    };
    try {
      await query('CREATE TABLE kept (value text); INSERT INTO kept VALUES ($$before$$)');
      const pid = Number(
        (await readFile(join(options.dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0],
      );

      process.kill(pid, 'SIGKILL');
      await until('PostgreSQL back', () => lines.includes('PostgreSQL is running again.'), 30_000);

      expect(lines).toEqual([
        'PostgreSQL stopped unexpectedly (killed by SIGKILL); restarting in 200 ms',
        'PostgreSQL is running again.',
      ]);
      expect(await query('SELECT value FROM kept')).toEqual([{ value: 'before' }]);
    } finally {
      await watched.stop();
      await rm(work, { recursive: true, force: true });
    }
  });
});
