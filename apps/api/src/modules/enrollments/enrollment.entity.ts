import type { EnrollmentProgram, EnrollmentState, SupportPlan } from '@hub/domain';
import { PartnerEntity } from '../partners/partner.entity.js';
import { ProviderEntity } from '../providers/provider.entity.js';
import { PartnerLocationEntity } from '../locations/partner-location.entity.js';
import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  type Relation,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

export type EnrollmentOrigin = 'application' | 'transition';

/** The partner's answers to the direct bill minimum requirements (the seed's table). */
export type EligibilityAnswers = {
  hasSigningAuthority?: boolean | null;
  providesFirstLevelSupport?: boolean | null;
  hasBillingInfrastructure?: boolean | null;
  managedServices?: number | null;
  solutionsPartnerDesignations?: number | null;
  securityRequirementsMet?: boolean | null;
  /** `YYYY-MM-DD`: since when the partner has been an indirect reseller. */
  indirectResellerSince?: string | null;
};

/**
 * An application to one CSP program. `state` moves only through the domain's transition table
 * (commands/run-enrollment-command.ts), each move one `UPDATE ... WHERE version = $n`.
 */
@Entity({ name: 'enrollments' })
@Index('ix_enrollments_tenant', ['tenantId'])
@Index('ix_enrollments_state_submitted', ['state', 'submittedAt'])
@Index('ix_enrollments_partner', ['partnerId'])
@Index('ix_enrollments_state_overdue', ['state', 'slaOverdueFrom'])
@Index('ix_enrollments_assignee_state', ['assigneeUserId', 'state', 'submittedAt'])
@Index('ix_enrollments_state_country_submitted', ['state', 'country', 'submittedAt', 'id'])
@Index('ix_enrollments_program_state', ['program', 'state', 'submittedAt'])
@Index('ix_enrollments_submitted', ['submittedAt', 'id'])
@Index('ix_enrollments_decided', ['decidedAt'])
@Index('ix_enrollments_transition_of', ['transitionOf'])
// The queue's sorts (migration AddQueueSortIndexes): each order the sort column then the id.
@Index('ix_enrollments_created', ['createdAt', 'id'])
@Index('ix_enrollments_updated', ['updatedAt', 'id'])
@Index('ix_enrollments_state_id', ['state', 'id'])
@Index('ix_enrollments_program_id', ['program', 'id'])
@Index('ix_enrollments_country_id', ['country', 'id'])
@Index('ix_enrollments_overdue', ['slaOverdueFrom', 'id'])
@Index('ix_enrollments_assignee_name', ['assigneeName', 'id'])
// Descending with NULLs last, which TypeORM cannot describe.
@Index('ix_enrollments_submitted_desc', { synchronize: false })
@Index('ix_enrollments_overdue_desc', { synchronize: false })
@Index('ix_enrollments_assignee_name_desc', { synchronize: false })
// The flagged applications in age order (migration AddEnrollmentDuplicateFlag).
@Index('ix_enrollments_duplicate', { synchronize: false })
// Partial unique index (migration AddTransitionsAndResellerProviders): one transition under way.
@Index('uq_enrollments_open_transition', { synchronize: false })
@Index('ux_enrollments_location', ['locationId'], { unique: true })
export class EnrollmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_enrollments' })
  id: string;

  @Column({ type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => PartnerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'fk_enrollments_partner' })
  partner?: Relation<PartnerEntity>;

  @Column({ type: 'uuid' })
  tenantId: string;

  /**
   * Set when the application is the review of a location in another country (issue 10 item 2):
   * not the partner's main application, one per location.
   */
  @Column({ type: 'uuid', nullable: true })
  locationId: string | null;

  @ManyToOne(() => PartnerLocationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'location_id', foreignKeyConstraintName: 'fk_enrollments_location' })
  location?: Relation<PartnerLocationEntity>;

  @Column({ type: 'varchar', length: 32 })
  program: EnrollmentProgram;

  @Column({ type: 'varchar', length: 32 })
  state: EnrollmentState;

  @Column({ type: 'integer', default: 1 })
  version: number;

  /** The market country (the partner's legal country when the application was opened). */
  @Column({ type: 'varchar', length: 2 })
  country: string;

  @Column({ type: 'jsonb' })
  eligibilityAnswers: EligibilityAnswers;

  /**
   * `transition`: an indirect reseller enrollment opened by a direct bill partner's request to
   * transition (DOMAIN.md §3), with the provider it chose and the direct bill enrollment it came
   * from; `application`: any other.
   */
  @Column({ type: 'varchar', length: 16, default: 'application' })
  origin: EnrollmentOrigin;

  /** The indirect provider a transition chose (recorded as the reseller's provider on approval). */
  @Column({ type: 'uuid', nullable: true })
  providerId: string | null;

  @ManyToOne(() => ProviderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'fk_enrollments_provider' })
  provider?: Relation<ProviderEntity>;

  /** The direct bill enrollment a transition enrollment moves from. */
  @Column({ type: 'uuid', nullable: true })
  transitionOf: string | null;

  @ManyToOne(() => EnrollmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'transition_of', foreignKeyConstraintName: 'fk_enrollments_transition_of' })
  transitionFrom?: Relation<EnrollmentEntity>;

  /** The direct bill eligibility policy in force on the submission date. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  policyId: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  supportPlan: SupportPlan | null;

  /** What the reviewer asked last, while `info_requested`. */
  @Column({ type: 'text', nullable: true })
  informationRequest: string | null;

  /** SHA-256 of the e-mail ownership link's token (the token itself is only in the e-mail). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  emailTokenHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** The reviewer (object id in the staff tenant) who holds the case, and their name then. */
  @Column({ type: 'uuid', nullable: true })
  assigneeUserId: string | null;

  @Column({ type: 'varchar', length: 256, nullable: true })
  assigneeName: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  assignedAt: Date | null;

  /**
   * The service level: the program's review target when the application was submitted, and the
   * times of packages/domain's `ServiceLevelTimes`.
   */
  @Column({ type: 'integer', nullable: true })
  slaTargetBusinessDays: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  slaOverdueFrom: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  slaPausedSince: Date | null;

  @Column({ type: 'integer', default: 0 })
  slaPausedBusinessDays: number;

  /**
   * Whether its partner is flagged as a possible duplicate (partner_duplicate_flags), kept by
   * triggers (migration AddEnrollmentDuplicateFlag) for the queue's filter: never written here.
   */
  @Column({ type: 'boolean', default: false, select: false, insert: false, update: false })
  duplicateFlagged: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
