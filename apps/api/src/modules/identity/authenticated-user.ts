import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@hub/domain';
import type { FastifyRequest } from 'fastify';

/** Who made the request, from a verified access token: tenant (`tid`) + user (`oid`). */
export type AuthenticatedUser = {
  readonly actor: Actor;
  readonly name: string;
  readonly username: string;
};

export type AuthenticatedRequest = FastifyRequest & { user?: AuthenticatedUser };

/** The signed-in user of a protected route (set by AuthGuard). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser => {
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    if (!user) {
      throw new Error('CurrentUser used on a route without AuthGuard');
    }
    return user;
  },
);
