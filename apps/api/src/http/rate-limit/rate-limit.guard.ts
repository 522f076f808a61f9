import {
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG } from '../../config/config.module.js';
import { type AppConfig } from '../../config/env.js';
import { DomainError } from '../domain-error.js';

/** The public routes' limits, each configured as `<requests>/<seconds>` (RATE_LIMIT_*). */
export type RateLimitPolicy = 'search' | 'leads';

const POLICY = 'rate-limit-policy';

/** Limits a route per client address (Fastify's `request.ip`, which honours TRUST_PROXY). */
export const RateLimit = (policy: RateLimitPolicy) => SetMetadata(POLICY, policy);

const parse = (value: string) => {
  const [points, duration] = value.split('/').map(Number);
  return { points: points!, duration: duration! };
};

/**
 * Counts each client's requests to a limited route in this process (rate-limiter-flexible's
 * memory store) and refuses the one past the limit with 429, `Retry-After` and the API's error
 * body (`http.rate_limited`, localized). Routes without @RateLimit are not counted.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly limiters: Readonly<Record<RateLimitPolicy, RateLimiterMemory>>;

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limiters = {
      search: new RateLimiterMemory({ keyPrefix: 'search', ...parse(config.RATE_LIMIT_SEARCH) }),
      leads: new RateLimiterMemory({ keyPrefix: 'leads', ...parse(config.RATE_LIMIT_LEADS) }),
    };
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<RateLimitPolicy | undefined>(POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (policy === undefined) {
      return true;
    }
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    try {
      await this.limiters[policy].consume(request.ip);
      return true;
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) {
        throw error;
      }
      const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      void http.getResponse<FastifyReply>().header('retry-after', String(seconds));
      throw new DomainError('http.rate_limited', { seconds });
    }
  }
}
