import { Global, Module } from '@nestjs/common';
import { RateLimits } from './rate-limits.js';

/** The rate limits' counters, for the rate limit guard and the identity's token check. */
@Global()
@Module({ providers: [RateLimits], exports: [RateLimits] })
export class RateLimitModule {}
