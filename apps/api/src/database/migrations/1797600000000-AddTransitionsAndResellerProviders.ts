import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddTransitionsAndResellerProviders1797600000000 implements MigrationInterface {
  name = 'AddTransitionsAndResellerProviders1797600000000';

  // Issue 10 items 4 and 6: a transition from direct bill is an indirect reseller enrollment with
  // its chosen provider and the direct bill enrollment it moves from; the providers an indirect
  // reseller works with.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "enrollments" ADD "origin" character varying(16) NOT NULL DEFAULT 'application'`,
    );
    await queryRunner.query(`ALTER TABLE "enrollments" ADD "provider_id" uuid`);
    await queryRunner.query(`ALTER TABLE "enrollments" ADD "transition_of" uuid`);
    await queryRunner.query(
      `CREATE INDEX "ix_enrollments_transition_of" ON "enrollments" ("transition_of") `,
    );
    // One transition under way per direct bill enrollment, whatever the application code does.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_enrollments_open_transition" ON "enrollments" ("transition_of") WHERE "transition_of" IS NOT NULL AND "state" NOT IN ('rejected', 'withdrawn')`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrollments" ADD CONSTRAINT "fk_enrollments_provider" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrollments" ADD CONSTRAINT "fk_enrollments_transition_of" FOREIGN KEY ("transition_of") REFERENCES "enrollments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "reseller_providers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "origin" character varying(16) NOT NULL, "enrollment_id" uuid, "regions" jsonb NOT NULL, "recorded_by_name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_reseller_providers_partner_provider" UNIQUE ("partner_id", "provider_id"), CONSTRAINT "pk_reseller_providers" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_reseller_providers_provider" ON "reseller_providers" ("provider_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "reseller_providers" ADD CONSTRAINT "fk_reseller_providers_partner" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reseller_providers" ADD CONSTRAINT "fk_reseller_providers_provider" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reseller_providers" ADD CONSTRAINT "fk_reseller_providers_enrollment" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reseller_providers"`);
    await queryRunner.query(
      `ALTER TABLE "enrollments" DROP CONSTRAINT "fk_enrollments_transition_of"`,
    );
    await queryRunner.query(`ALTER TABLE "enrollments" DROP CONSTRAINT "fk_enrollments_provider"`);
    await queryRunner.query(`DROP INDEX "uq_enrollments_open_transition"`);
    await queryRunner.query(`DROP INDEX "ix_enrollments_transition_of"`);
    await queryRunner.query(`ALTER TABLE "enrollments" DROP COLUMN "transition_of"`);
    await queryRunner.query(`ALTER TABLE "enrollments" DROP COLUMN "provider_id"`);
    await queryRunner.query(`ALTER TABLE "enrollments" DROP COLUMN "origin"`);
  }
}
