import { toDuplicateKeys } from '@hub/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import { type AppConfig } from '../../config/env.js';
import { FieldEncryption } from '../../crypto/field-encryption.js';
import { DomainError } from '../../http/domain-error.js';
import {
  IdempotencyService,
  type WriteResult,
} from '../../http/idempotency/idempotency.service.js';
import { type Page } from '../../http/list/list-endpoint.js';
import { type ListQuery, type ListSpec } from '../../http/list/list-query.js';
import { assertVersion, etagOf } from '../../http/preconditions.js';
import { assertMaySeePartnerRecords, callerScope, tenantScope } from '../identity/access.js';
import { type AuthenticatedUser } from '../identity/authenticated-user.js';
import { type PartnerDto } from './dto/partner.dto.js';
import {
  toPartnerResponse,
  type BankSummary,
  type PartnerResponse,
} from './dto/partner.response.js';
import { lockDuplicateFlags, refreshDuplicateFlags } from './partner-duplicates.js';
import { bankNumberOf, parseProfile, type ParsedProfile } from './partner-profile.js';
import { PartnerEntity } from './partner.entity.js';

const partnerFilters = { q: 'string', id: 'strings' } as const;
type PartnerSort = 'legalName' | 'createdAt';
export const PARTNER_LIST: ListSpec<PartnerSort, typeof partnerFilters> = {
  resource: 'partners',
  sortable: ['legalName', 'createdAt'],
  defaultSort: ['legalName', 'ASC'],
  filters: partnerFilters,
};
export type PartnerListQuery = ListQuery<PartnerSort, typeof partnerFilters>;

const sortColumns: Record<PartnerSort | 'id', string> = {
  id: 'p.id',
  legalName: 'p.legal_name',
  createdAt: 'p.created_at',
};

/** Partner profiles: one per tenant, made and changed by that tenant's global admin. */
@Injectable()
export class PartnersService {
  private readonly fields: FieldEncryption;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly idempotency: IdempotencyService,
  ) {
    this.fields = new FieldEncryption(config.DATA_ENCRYPTION_KEY);
  }

  async list(user: AuthenticatedUser, query: PartnerListQuery): Promise<Page<PartnerResponse>> {
    assertMaySeePartnerRecords(user);
    const builder = this.dataSource.getRepository(PartnerEntity).createQueryBuilder('p');
    const tenant = tenantScope(user);
    if (tenant !== undefined) {
      builder.andWhere('p.tenant_id = :tenant', { tenant });
    }
    if (query.filter.id) {
      builder.andWhere('p.id::text IN (:...ids)', { ids: query.filter.id });
    }
    if (query.filter.q) {
      builder.andWhere('p.legal_name ILIKE :q', { q: `%${escapeLike(query.filter.q)}%` });
    }
    const [rows, total] = await builder
      .orderBy(sortColumns[query.sort.field], query.sort.order)
      .addOrderBy('p.id', 'ASC')
      .offset(query.range.start)
      .limit(query.range.end - query.range.start + 1)
      .getManyAndCount();
    return { rows: rows.map((row) => this.toResponse(row, user)), total, start: query.range.start };
  }

  async get(user: AuthenticatedUser, id: string): Promise<WriteResult<PartnerResponse>> {
    const partner = await this.find(this.dataSource.manager, user, id);
    return this.result(200, partner, user);
  }

  async create(
    user: AuthenticatedUser,
    dto: PartnerDto,
    idempotencyKey: string | undefined,
  ): Promise<WriteResult<PartnerResponse>> {
    assertGlobalAdmin(user);
    const profile = parseProfile(dto);
    if (profile.bankDetails === undefined) {
      throw new DomainError('partner.bank_account_holder_required', { field: 'bankDetails' });
    }
    return this.dataSource.transaction(async (manager) => {
      await lockDuplicateFlags(manager);
      return this.idempotency.run(
        manager,
        {
          scope: callerScope(user),
          key: idempotencyKey,
          method: 'POST',
          path: '/api/partners',
          body: dto,
        },
        async () => {
          const inserted: { id: string }[] = await manager.query(
            `INSERT INTO partners (tenant_id, legal_name, partner_id, address, country,
               bank_details_encrypted, bank_last4, bank_blind_index, admin_email, website, phone,
               preferred_language)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
             ON CONFLICT (tenant_id) DO NOTHING RETURNING id`,
            [user.actor.tenantId, ...this.columns(profile)],
          );
          if (inserted.length === 0) {
            throw new DomainError('partner.already_exists');
          }
          const partner = await manager.findOneByOrFail(PartnerEntity, { id: inserted[0]!.id });
          await refreshDuplicateFlags(manager, {
            partnerIds: [partner.id],
            keys: [toDuplicateKeys(partner)],
          });
          return this.result(201, partner, user);
        },
      );
    });
  }

  async replace(
    user: AuthenticatedUser,
    id: string,
    dto: PartnerDto,
    expectedVersion: number,
  ): Promise<WriteResult<PartnerResponse>> {
    return this.dataSource.transaction(async (manager) => {
      // Before the row lock (lockDuplicateFlags says why).
      await lockDuplicateFlags(manager);
      const partner = await this.find(manager, user, id, { lock: true });
      assertGlobalAdmin(user);
      assertVersion(expectedVersion, partner.version);
      const profile = parseProfile(dto);
      const keepBank = profile.bankDetails === undefined;
      const [legalName, partnerId, address, country, encrypted, last4, blind, ...rest] =
        this.columns(profile);
      await manager.query(
        `UPDATE partners SET legal_name = $3, partner_id = $4, address = $5, country = $6,
           bank_details_encrypted = CASE WHEN $7::boolean THEN bank_details_encrypted ELSE $8 END,
           bank_last4 = CASE WHEN $7::boolean THEN bank_last4 ELSE $9 END,
           bank_blind_index = CASE WHEN $7::boolean THEN bank_blind_index ELSE $10 END,
           admin_email = $11, website = $12, phone = $13, preferred_language = $14,
           version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2`,
        [
          id,
          expectedVersion,
          legalName,
          partnerId,
          address,
          country,
          keepBank,
          encrypted,
          last4,
          blind,
          ...rest,
        ],
      );
      const updated = await manager.findOneByOrFail(PartnerEntity, { id });
      // Its keys before and after: a partner it matched only before is no longer flagged.
      await refreshDuplicateFlags(manager, {
        partnerIds: [id],
        keys: [toDuplicateKeys(partner), toDuplicateKeys(updated)],
      });
      return this.result(200, updated, user);
    });
  }

  /** The caller's own tenant's partner, if it has one. */
  findOwn(manager: EntityManager, user: AuthenticatedUser): Promise<PartnerEntity | null> {
    return manager.findOneBy(PartnerEntity, { tenantId: user.actor.tenantId });
  }

  /** A partner the caller may see (another tenant's: 404). */
  async find(
    manager: EntityManager,
    user: AuthenticatedUser,
    id: string,
    options: { lock?: boolean } = {},
  ): Promise<PartnerEntity> {
    assertMaySeePartnerRecords(user);
    const tenant = tenantScope(user);
    const partner = isUuid(id)
      ? await manager.findOne(PartnerEntity, {
          where: tenant === undefined ? { id } : { id, tenantId: tenant },
          lock: options.lock ? { mode: 'pessimistic_write' } : undefined,
        })
      : null;
    if (!partner) {
      throw new DomainError('partner.not_found', { id });
    }
    return partner;
  }

  /** The bank details as shown: masked. */
  bankSummary(partner: PartnerEntity): BankSummary | null {
    if (!partner.bankDetailsEncrypted) {
      return null;
    }
    const bank = JSON.parse(this.fields.decrypt(partner.bankDetailsEncrypted)) as {
      kind: 'iban' | 'account';
      country: string;
      bic?: string;
      accountHolderName: string;
    };
    return {
      kind: bank.kind,
      country: bank.country,
      bic: bank.bic ?? null,
      accountHolderName: bank.accountHolderName,
    };
  }

  toResponse(partner: PartnerEntity, user: AuthenticatedUser): PartnerResponse {
    return toPartnerResponse(partner, {
      canEdit:
        user.actor.kind === 'partner_global_admin' && user.actor.tenantId === partner.tenantId,
      bank: this.bankSummary(partner),
    });
  }

  private result(
    status: number,
    partner: PartnerEntity,
    user: AuthenticatedUser,
  ): WriteResult<PartnerResponse> {
    return { status, body: this.toResponse(partner, user), etag: etagOf(partner.version) };
  }

  /** legal_name … preferred_language, in INSERT order; bank details encrypted, last 4 kept. */
  private columns(profile: ParsedProfile): unknown[] {
    const bank = profile.bankDetails;
    const number = bank === undefined ? undefined : bankNumberOf(bank);
    return [
      profile.legalName,
      profile.partnerId,
      JSON.stringify(profile.address),
      profile.address.country,
      bank === undefined ? null : this.fields.encrypt(JSON.stringify(bank)),
      number === undefined ? null : number.slice(-4),
      number === undefined ? null : this.fields.blindIndex(number),
      profile.adminEmail,
      profile.website,
      profile.phone,
      profile.preferredLanguage,
    ];
  }
}

function assertGlobalAdmin(user: AuthenticatedUser): void {
  if (user.actor.kind !== 'partner_global_admin') {
    throw new DomainError('partner.global_admin_required');
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);
