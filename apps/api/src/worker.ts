// `node dist/worker.js`: the job worker alone (e-mails, search sync), without the HTTP server,
// for deployments that scale workers apart from API replicas (run those with JOBS_WORKER=off).
// Same settings as the API. On SIGTERM it takes no new job, lets the running ones finish and
// exits 0 (SHUTDOWN_TIMEOUT_SECONDS at most; jobs still running then are given back to the queue).
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { ConfigError, loadConfig } from './config/env.js';
import { drainOnShutdownSignals } from './graceful-shutdown.js';
import { JobQueue } from './jobs/job-queue.service.js';

const HEARTBEAT_EVERY_MS = 5000;

async function work(): Promise<void> {
  const config = loadConfig({ ...process.env, JOBS_WORKER: 'on' });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  await app.init();

  const jobs = app.get(JobQueue);
  drainOnShutdownSignals({
    name: 'worker',
    timeoutSeconds: config.SHUTDOWN_TIMEOUT_SECONDS,
    delaySeconds: 0,
    drain: async () => {
      await jobs.stop();
      await app.close();
    },
    abandon: () => jobs.kill(),
  });
  if (config.WORKER_HEARTBEAT_FILE) {
    beat(config.WORKER_HEARTBEAT_FILE);
  }
}

/**
 * Touches `file` now and every few seconds while the event loop runs (draining included): the
 * container's liveness probe reads its age, so a wedged worker is restarted.
 */
function beat(file: string): void {
  const logger = new NestLogger('Worker');
  const touch = () =>
    writeFile(file, `${new Date().toISOString()}\n`).catch((error: unknown) =>
      logger.warn(`Heartbeat ${file} not written: ${String(error)}`),
    );
  void touch();
  setInterval(() => void touch(), HEARTBEAT_EVERY_MS).unref();
}

work().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
