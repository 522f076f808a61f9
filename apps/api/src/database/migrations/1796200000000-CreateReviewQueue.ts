import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateReviewQueue1796200000000 implements MigrationInterface {
  name = 'CreateReviewQueue1796200000000';

  // The reviewers' queue (issue 8): who holds each application, its service-level times, the
  // program's review target, the kind of each signed-in user (so cases go only to staff), and
  // an index for every filter and sort the queue offers.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD "kind" character varying(32) NOT NULL DEFAULT 'partner_user'`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrollments"
         ADD "assignee_user_id" uuid,
         ADD "assignee_name" character varying(256),
         ADD "assigned_at" TIMESTAMP WITH TIME ZONE,
         ADD "sla_target_business_days" integer,
         ADD "sla_overdue_from" TIMESTAMP WITH TIME ZONE,
         ADD "sla_paused_since" TIMESTAMP WITH TIME ZONE,
         ADD "sla_paused_business_days" integer NOT NULL DEFAULT 0`,
    );
    await queryRunner.query(
      `CREATE TABLE "program_settings" ("program" character varying(32) NOT NULL, "review_target_business_days" integer NOT NULL DEFAULT 5, "version" integer NOT NULL DEFAULT 1, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_program_settings" PRIMARY KEY ("program"), CONSTRAINT "ck_program_settings_target" CHECK ("review_target_business_days" BETWEEN 1 AND 60))`,
    );
    await queryRunner.query(
      `INSERT INTO "program_settings" ("program") VALUES ('indirect_reseller'), ('direct_bill')`,
    );
    // Applications already submitted are overdue from their sixth business day (the default
    // target of 5; weekdays in UTC, as packages/domain counts them).
    await queryRunner.query(
      `UPDATE "enrollments" e SET "sla_target_business_days" = 5, "sla_overdue_from" = (
         SELECT d AT TIME ZONE 'UTC'
           FROM generate_series(date_trunc('day', e."submitted_at" AT TIME ZONE 'UTC') + interval '1 day',
                                date_trunc('day', e."submitted_at" AT TIME ZONE 'UTC') + interval '14 days',
                                interval '1 day') AS d
          WHERE extract(isodow FROM d) < 6
          ORDER BY d OFFSET 5 LIMIT 1)
        WHERE e."submitted_at" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_enrollments_state_overdue" ON "enrollments" ("state", "sla_overdue_from")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_enrollments_assignee_state" ON "enrollments" ("assignee_user_id", "state", "submitted_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_enrollments_state_country_submitted" ON "enrollments" ("state", "country", "submitted_at", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_enrollments_program_state" ON "enrollments" ("program", "state", "submitted_at")`,
    );
    // A tab of several states in age order: scanned in order, filtered by state (no sort).
    await queryRunner.query(
      `CREATE INDEX "ix_enrollments_submitted" ON "enrollments" ("submitted_at", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_partners_legal_name_trgm" ON "partners" USING gin (lower("legal_name") gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX "ix_partners_partner_id" ON "partners" ("partner_id")`);
    await queryRunner.query(`CREATE INDEX "ix_partners_bank_last4" ON "partners" ("bank_last4")`);
    await queryRunner.query(
      `CREATE INDEX "ix_partners_email_domain" ON "partners" (lower(split_part("admin_email", '@', 2)))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_partners_email_domain"`);
    await queryRunner.query(`DROP INDEX "ix_partners_bank_last4"`);
    await queryRunner.query(`DROP INDEX "ix_partners_partner_id"`);
    await queryRunner.query(`DROP INDEX "ix_partners_legal_name_trgm"`);
    await queryRunner.query(`DROP INDEX "ix_enrollments_submitted"`);
    await queryRunner.query(`DROP INDEX "ix_enrollments_program_state"`);
    await queryRunner.query(`DROP INDEX "ix_enrollments_state_country_submitted"`);
    await queryRunner.query(`DROP INDEX "ix_enrollments_assignee_state"`);
    await queryRunner.query(`DROP INDEX "ix_enrollments_state_overdue"`);
    await queryRunner.query(`DROP TABLE "program_settings"`);
    await queryRunner.query(
      `ALTER TABLE "enrollments" DROP "sla_paused_business_days", DROP "sla_paused_since", DROP "sla_overdue_from", DROP "sla_target_business_days", DROP "assigned_at", DROP "assignee_name", DROP "assignee_user_id"`,
    );
    await queryRunner.query(`ALTER TABLE "users" DROP "kind"`);
  }
}
