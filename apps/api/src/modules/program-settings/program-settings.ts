import { DEFAULT_REVIEW_TARGET_BUSINESS_DAYS, type EnrollmentProgram } from '@hub/domain';
import { type EntityManager } from 'typeorm';
import { ProgramSettingEntity } from './program-setting.entity.js';

/** The review target of each program, in business days (the domain's default when unset). */
export async function reviewTargets(
  manager: EntityManager,
): Promise<Record<EnrollmentProgram, number>> {
  const rows = await manager.find(ProgramSettingEntity);
  const of = (program: EnrollmentProgram) =>
    rows.find((row) => row.program === program)?.reviewTargetBusinessDays ??
    DEFAULT_REVIEW_TARGET_BUSINESS_DAYS;
  return { indirect_reseller: of('indirect_reseller'), direct_bill: of('direct_bill') };
}
