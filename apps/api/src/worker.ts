// `node dist/worker.js`: the job worker alone (e-mails), without the HTTP server, for deployments
// that scale workers apart from API replicas. Same settings as the API; stops cleanly on SIGTERM.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module.js';
import { ConfigError, loadConfig } from './config/env.js';

async function work(): Promise<void> {
  const config = loadConfig({ ...process.env, JOBS_WORKER: 'on' });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    bufferLogs: true,
  });
  app.enableShutdownHooks();
  await app.init();
}

work().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
