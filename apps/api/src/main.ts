import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { ConfigError, loadConfig } from './config/env.js';
import { drainOnShutdownSignals } from './graceful-shutdown.js';
import { JobQueue } from './jobs/job-queue.service.js';
import { ReadinessService } from './modules/health/readiness.service.js';

async function bootstrap(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createApp(config);
  await app.listen({ port: config.PORT, host: config.HOST });

  // SIGTERM: readiness answers 503 `draining` at once; after SHUTDOWN_DELAY_SECONDS the listener
  // closes (new connections are refused), idle keep-alive connections are closed, requests in
  // flight finish (their responses carry `Connection: close`) and so do running jobs when this
  // process runs the worker; then the database closes. SHUTDOWN_TIMEOUT_SECONDS bounds it all.
  const jobs = app.get(JobQueue);
  drainOnShutdownSignals({
    name: 'API',
    timeoutSeconds: config.SHUTDOWN_TIMEOUT_SECONDS,
    delaySeconds: config.SHUTDOWN_DELAY_SECONDS,
    onSignal: () => app.get(ReadinessService).drain(),
    drain: async () => {
      await Promise.all([app.getHttpAdapter().getInstance().close(), jobs.stop()]);
      await app.close();
    },
    abandon: () => jobs.kill(),
  });
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
