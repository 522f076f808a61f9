import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { DomainError } from '../../http/domain-error.js';
import { addressKey, RateLimits } from '../../http/rate-limit/rate-limits.js';
import { type AuthenticatedRequest } from './authenticated-user.js';
import { IS_PUBLIC } from './public.decorator.js';
import { TokenVerifier } from './token-verifier.service.js';

/**
 * Every route needs a valid bearer token unless it is marked @Public(). What a token opens is
 * never stored by a browser or a shared cache: every response of a protected route, and of a
 * public one called with a token, carries `Cache-Control: no-store` (errors included).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly limits: RateLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!isPublic || request.headers.authorization !== undefined) {
      void context.switchToHttp().getResponse<FastifyReply>().header('cache-control', 'no-store');
    }
    if (isPublic) {
      return true;
    }
    try {
      request.user = await this.verifier.verify(bearerToken(request.headers.authorization));
    } catch (error) {
      // A refused token counts against its address (RATE_LIMIT_BAD_TOKENS): past the limit,
      // guessing or replaying tokens meets a 429 before any is checked.
      if (request.headers.authorization !== undefined && isUnauthorized(error)) {
        const reply = context.switchToHttp().getResponse<FastifyReply>();
        await this.limits.consume('bad-token', addressKey(request.ip), reply);
      }
      throw error;
    }
    return true;
  }
}

/**
 * The token of `Authorization: Bearer <token>` (RFC 6750 §2.1: the scheme in any case, one
 * space, a compact JWS, nothing after it). Anything else is a 401.
 */
export function bearerToken(header: string | undefined): string {
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/i.exec(header ?? '');
  if (!match?.[1] || match[1].length > MAX_TOKEN_LENGTH) {
    throw new DomainError('http.unauthorized');
  }
  return match[1];
}

const isUnauthorized = (error: unknown): boolean =>
  error instanceof DomainError && error.code === 'http.unauthorized';

/**
 * Entra ID access tokens are 1-3 KB (up to ~9 KB with 200 group ids); a longer one is refused
 * before any parsing. (Node refuses a header block over 16 KB itself, with a 431.)
 */
const MAX_TOKEN_LENGTH = 12_288;
