import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  PROGRAM_SETTING_LIMITS,
  parseProgramSetting,
  type EnrollmentProgram,
  type FreshnessPolicy,
} from '@hub/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, orThrow } from '../../http/domain-error.js';
import { assertVersion, etagOf } from '../../http/preconditions.js';
import { type WriteResult } from '../../http/idempotency/idempotency.service.js';
import { type AuthenticatedUser } from '../identity/authenticated-user.js';
import { isStaff } from '../identity/access.js';
import { ProgramConfigurationEntity } from './program-configuration.entity.js';
import { ProgramSettingChangeEntity } from './program-setting-change.entity.js';
import { ProgramSettingEntity } from './program-setting.entity.js';
import { reviewTargets } from './program-settings.js';
import {
  type ProgramSettingsResponse,
  type UpdateProgramSettingsDto,
} from './program-settings.dto.js';

const PROGRAMS: readonly EnrollmentProgram[] = ['indirect_reseller', 'direct_bill'];

/** The listing freshness policy in force (the program configuration's one row). */
export async function freshnessPolicyOf(manager: EntityManager): Promise<FreshnessPolicy> {
  const row = await manager.findOneBy(ProgramConfigurationEntity, { id: 1 });
  return {
    confirmEveryDays:
      row?.listingConfirmEveryDays ?? PROGRAM_SETTING_LIMITS.listingConfirmEveryDays.default,
    hideAfterDays: row?.listingHideAfterDays ?? PROGRAM_SETTING_LIMITS.listingHideAfterDays.default,
  };
}

/**
 * The settings a program admin tunes: the review target per program and the listing freshness.
 * Reviewers read them (the queue's service level uses the target). A change is one transaction
 * under the configuration row's lock, guarded by If-Match on its version, with one history row
 * per value that changed.
 */
@Injectable()
export class ProgramSettingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(user: AuthenticatedUser): Promise<WriteResult<ProgramSettingsResponse>> {
    if (!isStaff(user)) {
      throw new DomainError('settings.staff_only');
    }
    return this.read(this.dataSource.manager, 200);
  }

  async update(
    user: AuthenticatedUser,
    body: UpdateProgramSettingsDto,
    expectedVersion: number,
    requestId: string | null,
  ): Promise<WriteResult<ProgramSettingsResponse>> {
    if (user.actor.kind !== 'program_admin') {
      throw new DomainError('settings.program_admin_only');
    }
    // Every value first, so that a refused one writes nothing.
    const targets = PROGRAMS.flatMap((program) => {
      const value = body.reviewTargetBusinessDays?.[program];
      return value === undefined
        ? []
        : [{ program, value: orThrow(parseProgramSetting('reviewTargetBusinessDays', value)) }];
    });
    const confirm =
      body.listingConfirmEveryDays === undefined
        ? undefined
        : orThrow(parseProgramSetting('listingConfirmEveryDays', body.listingConfirmEveryDays));
    const hide =
      body.listingHideAfterDays === undefined
        ? undefined
        : orThrow(parseProgramSetting('listingHideAfterDays', body.listingHideAfterDays));

    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOneOrFail(ProgramConfigurationEntity, {
        where: { id: 1 },
        lock: { mode: 'pessimistic_write' },
      });
      assertVersion(expectedVersion, row.version);
      const before = await reviewTargets(manager);
      const changes: Omit<ProgramSettingChangeEntity, 'id' | 'at'>[] = [];
      const actor = {
        actorTenantId: user.actor.tenantId,
        actorObjectId: user.actor.userId,
        actorName: user.name || user.username || user.actor.kind,
        requestId,
      };
      for (const { program, value } of targets) {
        if (value !== before[program]) {
          await manager.upsert(
            ProgramSettingEntity,
            { program, reviewTargetBusinessDays: value, updatedAt: new Date() },
            ['program'],
          );
          changes.push({
            setting: 'reviewTargetBusinessDays',
            program,
            valueBefore: before[program],
            valueAfter: value,
            ...actor,
          });
        }
      }
      const update: Partial<ProgramConfigurationEntity> = {};
      if (confirm !== undefined && confirm !== row.listingConfirmEveryDays) {
        update.listingConfirmEveryDays = confirm;
        changes.push({
          setting: 'listingConfirmEveryDays',
          program: null,
          valueBefore: row.listingConfirmEveryDays,
          valueAfter: confirm,
          ...actor,
        });
      }
      if (hide !== undefined && hide !== row.listingHideAfterDays) {
        update.listingHideAfterDays = hide;
        changes.push({
          setting: 'listingHideAfterDays',
          program: null,
          valueBefore: row.listingHideAfterDays,
          valueAfter: hide,
          ...actor,
        });
      }
      if (changes.length > 0) {
        await manager.update(
          ProgramConfigurationEntity,
          { id: 1 },
          { ...update, version: row.version + 1, updatedAt: new Date() },
        );
        await manager.insert(ProgramSettingChangeEntity, changes);
      }
      return this.read(manager, 200);
    });
  }

  private async read(
    manager: EntityManager,
    status: number,
  ): Promise<WriteResult<ProgramSettingsResponse>> {
    const row = await manager.findOneByOrFail(ProgramConfigurationEntity, { id: 1 });
    const changes = await manager.find(ProgramSettingChangeEntity, {
      order: { at: 'DESC', id: 'DESC' },
      take: 20,
    });
    return {
      status,
      etag: etagOf(row.version),
      body: {
        version: row.version,
        reviewTargetBusinessDays: await reviewTargets(manager),
        listingConfirmEveryDays: row.listingConfirmEveryDays,
        listingHideAfterDays: row.listingHideAfterDays,
        bounds: PROGRAM_SETTING_LIMITS,
        updatedAt: row.updatedAt.toISOString(),
        changes: changes.map((change) => ({
          setting: change.setting,
          program: change.program,
          valueBefore: change.valueBefore,
          valueAfter: change.valueAfter,
          actorName: change.actorName,
          at: change.at.toISOString(),
        })),
      },
    };
  }
}
