import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { type AuthenticatedRequest } from '../../modules/identity/authenticated-user.js';
import { addressKey, RateLimits, type RateLimitPolicy } from './rate-limits.js';

const POLICY = 'rate-limit-policy';

/** A public route's own, tighter limit per client address (instead of `public`). */
export const RateLimit = (policy: Exclude<RateLimitPolicy, 'user' | 'bad-token'>) =>
  SetMetadata(POLICY, policy);

/** A route no limit counts: the health probes, which the platform calls, not people. */
export const NoRateLimit = () => SetMetadata(POLICY, 'none');

/**
 * Every route is limited (after the identity's guard, so that the user is known): a signed-in
 * request per user (tenant and object id, whatever address it comes from), a public one per
 * client address (Fastify's `request.ip`, which honours TRUST_PROXY, so no header chooses it)
 * under the route's own @RateLimit or the `public` limit.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RateLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<RateLimitPolicy | 'none' | undefined>(POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (policy === 'none') {
      return true;
    }
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const reply = http.getResponse<FastifyReply>();
    const actor = request.user?.actor;
    if (policy === undefined && actor) {
      await this.limits.consume('user', `${actor.tenantId}:${actor.userId}`, reply);
    } else {
      await this.limits.consume(policy ?? 'public', addressKey(request.ip), reply);
    }
    return true;
  }
}
