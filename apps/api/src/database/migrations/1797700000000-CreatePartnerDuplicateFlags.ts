import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreatePartnerDuplicateFlags1797700000000 implements MigrationInterface {
  name = 'CreatePartnerDuplicateFlags1797700000000';

  // Duplicate applicants across tenants (issue 8 item 8): one row per partner that shares a bank
  // account, PartnerID or e-mail domain with another tenant's partner. The queue's "flagged
  // duplicate" filter reads these few rows (the primary key) and then the enrollments of those
  // partners (ix_enrollments_partner). The lookups themselves use the existing indexes on the
  // blind index, the PartnerID and the admin e-mail's domain.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "partner_duplicate_flags" ("partner_id" uuid NOT NULL, "flagged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_partner_duplicate_flags" PRIMARY KEY ("partner_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_duplicate_flags" ADD CONSTRAINT "fk_partner_duplicate_flags_partner" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "partner_duplicate_flags" DROP CONSTRAINT "fk_partner_duplicate_flags_partner"`,
    );
    await queryRunner.query(`DROP TABLE "partner_duplicate_flags"`);
  }
}
