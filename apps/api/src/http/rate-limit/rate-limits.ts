import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import ipaddr from 'ipaddr.js';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import { type AppConfig } from '../../config/env.js';
import { DomainError } from '../domain-error.js';

/**
 * The limits, each `<requests>/<seconds>` from its RATE_LIMIT_* setting: `user` counts a
 * signed-in user's requests, the others a client address's.
 */
export type RateLimitPolicy = 'user' | 'public' | 'search' | 'leads' | 'verification' | 'bad-token';

const settings: Readonly<Record<RateLimitPolicy, keyof AppConfig>> = {
  user: 'RATE_LIMIT_USER',
  public: 'RATE_LIMIT_PUBLIC',
  search: 'RATE_LIMIT_SEARCH',
  leads: 'RATE_LIMIT_LEADS',
  verification: 'RATE_LIMIT_VERIFICATION',
  'bad-token': 'RATE_LIMIT_BAD_TOKENS',
};

/**
 * The key of a client address: an IPv4 address (an IPv4-mapped IPv6 one too) as it is, an
 * IPv6 address by its /64, the smallest block a site is given, so that a client cannot escape
 * its limit by stepping through the addresses of its own network.
 */
export function addressKey(ip: string): string {
  if (!ipaddr.isValid(ip)) {
    return ip;
  }
  const address = ipaddr.process(ip);
  if (address.kind() === 'ipv4') {
    return address.toString();
  }
  const prefix = (address as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...prefix, 0, 0, 0, 0]).toString()}/64`;
}

/**
 * Counts requests against the limits, with rate-limiter-flexible: in PostgreSQL by default
 * (the `rate_limit_counters` table, shared by every API replica), or in this process
 * (RATE_LIMIT_STORE=memory). If PostgreSQL fails, a process's own memory counts meanwhile
 * (the store's insurance limiter), so an outage neither opens nor closes the limits.
 *
 * Every counted response says where its caller stands, in the IETF's RateLimit header fields
 * (draft-ietf-httpapi-ratelimit-headers): `RateLimit-Policy: "user";q=1200;w=60` and
 * `RateLimit: "user";r=1187;t=42` (r requests left in the next t seconds). The request past the
 * limit is a 429 with `Retry-After` and the API's error body (`http.rate_limited`).
 */
@Injectable()
export class RateLimits {
  private readonly limiters: Readonly<Record<RateLimitPolicy, RateLimiterAbstract>>;

  constructor(@Inject(APP_CONFIG) config: AppConfig, dataSource: DataSource) {
    const limiter = (policy: RateLimitPolicy): RateLimiterAbstract => {
      const [points, duration] = String(config[settings[policy]]).split('/').map(Number);
      const options = { keyPrefix: policy, points: points!, duration: duration! };
      const memory = new RateLimiterMemory(options);
      if (config.RATE_LIMIT_STORE === 'memory') {
        return memory;
      }
      return new RateLimiterPostgres({
        ...options,
        storeClient: dataSource,
        storeType: 'typeorm',
        tableName: 'rate_limit_counters',
        tableCreated: true,
        // One limiter deletes the expired counters of all (hourly, the table is shared).
        clearExpiredByTimeout: policy === 'public',
        // A caller past its limit is refused from memory until its window ends.
        inMemoryBlockOnConsumed: points!,
        insuranceLimiter: memory,
      });
    };
    this.limiters = Object.fromEntries(
      Object.keys(settings).map((policy) => [policy, limiter(policy as RateLimitPolicy)]),
    ) as Record<RateLimitPolicy, RateLimiterAbstract>;
  }

  /** Counts one request of `key` under `policy`; past the limit, a 429 with its headers. */
  async consume(policy: RateLimitPolicy, key: string, reply: FastifyReply): Promise<void> {
    const limiter = this.limiters[policy];
    try {
      this.describe(policy, await limiter.consume(key), reply);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) {
        throw error;
      }
      const seconds = this.describe(policy, error, reply);
      void reply.header('retry-after', String(seconds));
      throw new DomainError('http.rate_limited', { seconds });
    }
  }

  /** The RateLimit header fields of a count; answers the seconds until the window resets. */
  private describe(policy: RateLimitPolicy, count: RateLimiterRes, reply: FastifyReply): number {
    const limiter = this.limiters[policy];
    const seconds = Math.max(1, Math.ceil(count.msBeforeNext / 1000));
    void reply
      .header('ratelimit-policy', `"${policy}";q=${limiter.points};w=${limiter.duration}`)
      .header('ratelimit', `"${policy}";r=${count.remainingPoints};t=${seconds}`);
    return seconds;
  }
}
