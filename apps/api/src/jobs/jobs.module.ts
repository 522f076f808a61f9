import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service.js';

/** The job queue, for every module that enqueues or handles jobs. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
