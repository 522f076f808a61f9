import { Controller, Get, Inject, Logger, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../http/openapi.js';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { Meilisearch } from 'meilisearch';
import { DomainError } from '../../http/domain-error.js';
import { NoRateLimit } from '../../http/rate-limit/rate-limit.guard.js';
import { Public } from '../identity/public.decorator.js';
import { MEILISEARCH } from '../search/search.module.js';
import { ReadinessService } from './readiness.service.js';

/**
 * The probes. `/health`: 200 when PostgreSQL and Meilisearch answer, 503 naming what is down.
 * `/health/live`: 200 whenever the process answers at all (a probe that fails only when it is
 * wedged: restart it). `/health/ready`: 200 when this process should get traffic; 503 while it
 * starts, drains after SIGTERM, or cannot reach PostgreSQL (take it out of the rotation, leave
 * it running). Meilisearch is not part of readiness: without it only search fails, on every
 * replica alike, and the rest of the API still serves.
 */
@ApiTags('health')
@NoRateLimit()
@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Health');
  /**
   * What was down at the last check of each probe: a line is logged when it changes, not on
   * every probe.
   */
  private readonly lastDown = { health: '', ready: '' };

  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly readiness: ReadinessService,
    @Inject(MEILISEARCH) private readonly meilisearch: Meilisearch,
  ) {}

  @Public()
  @Get('live')
  @ApiOperation({
    summary:
      'Liveness: 200 while the process runs, whatever its dependencies; no answer means wedged.',
  })
  @ApiOkResponse({
    description: 'The process answers.',
    schema: { type: 'object', properties: { status: { type: 'string', enum: ['live'] } } },
  })
  live(): { status: 'live' } {
    return { status: 'live' };
  }

  @Public()
  @Get('ready')
  @ApiOperation({
    summary:
      'Readiness: 200 when this process takes traffic; 503 with details.state `starting`, `draining` (after SIGTERM) or `unhealthy` (details.down names PostgreSQL).',
  })
  @ApiOkResponse({
    description: 'Started, not draining, and PostgreSQL answers.',
    schema: { type: 'object', properties: { state: { type: 'string', enum: ['ready'] } } },
  })
  @ApiErrors(503)
  async ready(): Promise<{ state: 'ready' }> {
    const state = this.readiness.state;
    if (state === 'starting') {
      throw new DomainError('health.starting', { state });
    }
    if (state === 'draining') {
      throw new DomainError('health.draining', { state });
    }
    try {
      await this.health.check([() => this.database.pingCheck('database').withTimeout(2000)]);
      this.report('ready', '');
      return { state: 'ready' };
    } catch (error) {
      const named = this.namingWhatIsDown(error, { state: 'unhealthy' });
      this.report('ready', named instanceof DomainError ? String(named.details['down']) : 'check');
      throw named;
    }
  }

  @Public()
  @Get()
  @ApiOperation({ summary: 'Whether PostgreSQL and Meilisearch answer; 503 names what is down.' })
  @ApiOkResponse({ description: 'Both answer.' })
  @ApiErrors(503)
  @HealthCheck()
  async check() {
    try {
      const result = await this.checkAll();
      this.report('health', '');
      return result;
    } catch (error) {
      const named = this.namingWhatIsDown(error);
      this.report(
        'health',
        named instanceof DomainError ? String(named.details['down']) : 'health check',
      );
      throw named;
    }
  }

  /** One line when what is down changes (no stack: an outage is not a bug in this code). */
  private report(probe: 'health' | 'ready', down: string): void {
    const last = this.lastDown[probe];
    if (down === last) {
      return;
    }
    const [bad, good] = probe === 'health' ? ['Not healthy', 'Healthy'] : ['Not ready', 'Ready'];
    if (down) {
      this.logger.warn(`${bad}: ${down} down`);
    } else {
      this.logger.log(`${good} again (${last} back)`);
    }
    this.lastDown[probe] = down;
  }

  private checkAll() {
    return this.health.check([
      () => this.database.pingCheck('database').withTimeout(2000),
      () =>
        this.indicators
          .check('search')
          .attempt(async () => {
            // Throws when Meilisearch does not answer; it answers only when available.
            await this.meilisearch.health();
            return {};
          })
          .withTimeout(2000),
    ]);
  }

  /** Terminus answers 503 with its result; the message names what is down. */
  private namingWhatIsDown(error: unknown, extra: Record<string, string> = {}): unknown {
    if (!(error instanceof ServiceUnavailableException)) {
      return error;
    }
    const result = error.getResponse() as { error?: Record<string, unknown> };
    const down = Object.keys(result.error ?? {});
    return new DomainError('health.unhealthy', {
      ...extra,
      ...result,
      down: down.join(' and ') || 'unknown',
    });
  }
}
