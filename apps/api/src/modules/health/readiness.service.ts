import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';

/**
 * Where this process is in its life, as GET /api/health/ready reports it: `starting` until the
 * application has bootstrapped, `ready` while it serves, `draining` from the shutdown signal
 * on (see ../../graceful-shutdown.ts). It never goes back from `draining`.
 */
export type ReadinessState = 'starting' | 'ready' | 'draining';

@Injectable()
export class ReadinessService implements OnApplicationBootstrap {
  private current: ReadinessState = 'starting';

  get state(): ReadinessState {
    return this.current;
  }

  onApplicationBootstrap(): void {
    if (this.current === 'starting') {
      this.current = 'ready';
    }
  }

  /** Readiness answers 503 `draining` from now on; the process is still serving. */
  drain(): void {
    this.current = 'draining';
  }
}
