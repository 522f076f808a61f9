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

/** 200 when PostgreSQL and Meilisearch answer; 503 naming what is down. */
@ApiTags('health')
@NoRateLimit()
@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Health');
  /** What was down at the last check: a line is logged when it changes, not on every probe. */
  private lastDown = '';

  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(MEILISEARCH) private readonly meilisearch: Meilisearch,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Whether PostgreSQL and Meilisearch answer; 503 names what is down.' })
  @ApiOkResponse({ description: 'Both answer.' })
  @ApiErrors(503)
  @HealthCheck()
  async check() {
    try {
      const result = await this.checkAll();
      this.report('');
      return result;
    } catch (error) {
      const named = this.namingWhatIsDown(error);
      this.report(named instanceof DomainError ? String(named.details['down']) : 'health check');
      throw named;
    }
  }

  /** One line when what is down changes (no stack: an outage is not a bug in this code). */
  private report(down: string): void {
    if (down === this.lastDown) {
      return;
    }
    if (down) {
      this.logger.warn(`Not healthy: ${down} down`);
    } else {
      this.logger.log(`Healthy again (${this.lastDown} back)`);
    }
    this.lastDown = down;
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
  private namingWhatIsDown(error: unknown): unknown {
    if (!(error instanceof ServiceUnavailableException)) {
      return error;
    }
    const result = error.getResponse() as { error?: Record<string, unknown> };
    const down = Object.keys(result.error ?? {});
    return new DomainError('health.unhealthy', {
      ...result,
      down: down.join(' and ') || 'unknown',
    });
  }
}
