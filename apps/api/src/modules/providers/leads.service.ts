import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parseLead, type Locale } from '@hub/domain';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import { type AppConfig } from '../../config/env.js';
import { DomainError, orThrow } from '../../http/domain-error.js';
import { type Page } from '../../http/list/list-endpoint.js';
import { type ListQuery, type ListSpec } from '../../http/list/list-query.js';
import { isDistributor } from '../identity/access.js';
import { type AuthenticatedUser } from '../identity/authenticated-user.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { providerLocaleOf } from '../notifications/provider-email-templates.js';
import { escapeLike, isUuid } from '../partners/partners.service.js';
import { type LeadResponse } from './dto/lead.response.js';
import { ProviderLeadEntity } from './provider-lead.entity.js';
import { findPublicListing } from './public-listing.js';
import { ProviderEntity } from './provider.entity.js';

const leadFilters = { q: 'string', country: 'strings' } as const;
type LeadSort = 'createdAt' | 'company' | 'country';
export const LEAD_LIST: ListSpec<LeadSort, typeof leadFilters> = {
  resource: 'leads',
  sortable: ['createdAt', 'company', 'country'],
  defaultSort: ['createdAt', 'DESC'],
  filters: leadFilters,
};
export type LeadListQuery = ListQuery<LeadSort, typeof leadFilters>;

const sortColumns: Record<LeadSort | 'id', string> = {
  id: 'l.id',
  createdAt: 'l.created_at',
  company: 'l.company',
  country: 'l.country',
};

/**
 * Resellers' messages to providers from the public directory's contact form: checked by the
 * domain's lead rules, stored with the provider's e-mail in one transaction, and listed to the
 * provider's distributors. Only a provider with a published listing can be contacted.
 */
@Injectable()
export class LeadsService {
  private readonly logger = new Logger('LeadsService');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
  ) {}

  async record(providerId: string, body: unknown, locale: Locale): Promise<{ id: string }> {
    const outcome = orThrow(parseLead(body));
    if (!isUuid(providerId)) {
      throw new DomainError('lead.provider_not_found');
    }
    return this.dataSource.transaction(async (manager) => {
      const live = await findPublicListing(manager, providerId);
      if (live === null) {
        throw new DomainError('lead.provider_not_found');
      }
      if (outcome.kind === 'spam') {
        // Answered as if recorded: a script learns nothing from the answer.
        this.logger.log(`contact form for provider ${providerId}: honeypot filled, dropped`);
        return { id: randomUUID() };
      }
      const { lead } = outcome;
      const saved = await manager.save(ProviderLeadEntity, { providerId, locale, ...lead });
      const fields = live.fields;
      await this.notifications.queueForProvider(manager, {
        providerId,
        template: 'lead_received',
        locale: providerLocaleOf(fields),
        to: String(fields['contactEmail']),
        params: {
          providerName: String(fields['name']),
          link: `${this.config.PUBLIC_URL}/admin/leads`,
          lead,
        },
      });
      return { id: saved.id };
    });
  }

  /** The leads of the distributor's own provider, newest first by default. */
  async mine(user: AuthenticatedUser, query: LeadListQuery): Promise<Page<LeadResponse>> {
    if (!isDistributor(user)) {
      throw new DomainError('provider.distributor_only');
    }
    const provider = await this.dataSource.manager.findOne(ProviderEntity, {
      where: { tenantId: user.actor.tenantId },
    });
    if (provider === null) {
      throw new DomainError('provider.not_found');
    }
    const builder = this.dataSource
      .getRepository(ProviderLeadEntity)
      .createQueryBuilder('l')
      .where('l.provider_id = :providerId', { providerId: provider.id });
    const { q, country } = query.filter;
    if (country) {
      builder.andWhere('l.country IN (:...country)', { country });
    }
    if (q) {
      builder.andWhere(
        '(l.name ILIKE :q OR l.company ILIKE :q OR l.email ILIKE :q OR l.message ILIKE :q)',
        { q: `%${escapeLike(q)}%` },
      );
    }
    const total = await builder.getCount();
    const rows = await builder
      .orderBy(sortColumns[query.sort.field], query.sort.order)
      .addOrderBy('l.id', 'ASC')
      .offset(query.range.start)
      .limit(query.range.end - query.range.start + 1)
      .getMany();
    return {
      rows: rows.map((row) => ({
        id: row.id,
        name: row.name,
        email: row.email,
        company: row.company,
        country: row.country,
        message: row.message,
        locale: row.locale,
        createdAt: row.createdAt.toISOString(),
      })),
      total,
      start: query.range.start,
    };
  }
}
