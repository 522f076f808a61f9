import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { listingFreshness } from '@hub/domain';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import { type AppConfig } from '../../config/env.js';
import { freshnessPolicyOf } from '../program-settings/program-settings.service.js';
import { JobQueue } from '../../jobs/job-queue.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { providerLocaleOf } from '../notifications/provider-email-templates.js';
import { queueSearchSync } from './search-sync-queue.js';

export const FRESHNESS_TASK = 'providers.freshness';
/** How far back a daily run looks for listings that crossed into hidden (missed runs included). */
const HIDDEN_LOOKBACK_DAYS = 7;

/**
 * The daily freshness run (issue 9 item 4): a published listing past its confirmation interval
 * gets one e-mail to its contact address per period (the console shows a banner from the same
 * rule); one past its grace period is synced so that the directory hides it (its document's
 * visibility comes from the same rule, packages/domain listingFreshness). Confirming it
 * (`POST /api/providers/mine/confirm-freshness`) starts a new period and shows it again.
 */
@Injectable()
export class ListingFreshness implements OnModuleInit {
  private readonly logger = new Logger('ListingFreshness');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(FRESHNESS_TASK, async () => {
      await this.run(new Date());
    });
    this.jobs.schedule(FRESHNESS_TASK, '15 3 * * *');
  }

  async run(now: Date): Promise<{ notified: number; hidden: number }> {
    const policy = await freshnessPolicyOf(this.dataSource.manager);
    return this.dataSource.transaction(async (manager) => {
      // Marked and returned in one statement: two runs at once never both e-mail.
      const due = await manager.query<
        { id: string; fields: Record<string, unknown>; base: Date; published_at: Date }[]
      >(
        // (A CTE, so that the driver answers the rows of an UPDATE as it does a SELECT's.)
        `WITH due AS (UPDATE providers p SET freshness_notified_at = $1
           FROM provider_listings l
          WHERE l.provider_id = p.id AND l.slot = 'live' AND l.state = 'published'
            AND COALESCE(p.last_confirmed_at, l.published_at) + make_interval(days => $2) <= $1
            AND (p.freshness_notified_at IS NULL
                 OR p.freshness_notified_at < COALESCE(p.last_confirmed_at, l.published_at))
        RETURNING p.id, l.fields, p.last_confirmed_at AS base, l.published_at)
         SELECT * FROM due`,
        [now, policy.confirmEveryDays],
      );
      for (const row of due) {
        const locale = providerLocaleOf(row.fields);
        const { hiddenFrom } = listingFreshness(row.base, row.published_at, now, policy);
        await this.notifications.queueForProvider(manager, {
          providerId: row.id,
          template: 'listing_confirm_due',
          locale,
          to: String(row.fields['contactEmail']),
          params: {
            providerName: String(row.fields['name']),
            link: `${this.config.PUBLIC_URL}/admin/my-listing`,
            hiddenFrom: new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
              dateStyle: 'long',
              timeZone: 'UTC',
            }).format(hiddenFrom),
          },
        });
      }
      const hidden = await manager.query<{ id: string }[]>(
        `SELECT p.id FROM providers p
           JOIN provider_listings l ON l.provider_id = p.id AND l.slot = 'live' AND l.state = 'published'
          WHERE COALESCE(p.last_confirmed_at, l.published_at) + make_interval(days => $2) <= $1
            AND COALESCE(p.last_confirmed_at, l.published_at) + make_interval(days => $2 + $3) > $1`,
        [now, policy.confirmEveryDays + policy.hideAfterDays, HIDDEN_LOOKBACK_DAYS],
      );
      if (hidden.length > 0) {
        await queueSearchSync(
          manager,
          this.jobs,
          hidden.map((row) => row.id),
        );
      }
      if (due.length > 0 || hidden.length > 0) {
        this.logger.log(`Freshness: ${due.length} due e-mailed, ${hidden.length} hidden`);
      }
      return { notified: due.length, hidden: hidden.length };
    });
  }
}
