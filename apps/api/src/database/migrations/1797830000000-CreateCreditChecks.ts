import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateCreditChecks1797830000000 implements MigrationInterface {
  name = 'CreateCreditChecks1797830000000';

  // A direct bill application's credit check as evidence (issue 8 item 9): the bureau it was
  // ordered from, by whom and when, and its outcome with who recorded it, the bureau's reference,
  // score band and note.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "credit_checks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrollment_id" uuid NOT NULL, "bureau" character varying(32) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "requested_by" character varying(256), "requested_at" TIMESTAMP WITH TIME ZONE, "reference" character varying(100), "score_band" character varying(16), "note" text, "recorded_by" character varying(256), "recorded_by_kind" character varying(32), "recorded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_credit_checks" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_credit_checks_enrollment" ON "credit_checks" ("enrollment_id", "requested_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "credit_checks" ADD CONSTRAINT "fk_credit_checks_enrollment" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "credit_checks" DROP CONSTRAINT "fk_credit_checks_enrollment"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_credit_checks_enrollment"`);
    await queryRunner.query(`DROP TABLE "credit_checks"`);
  }
}
