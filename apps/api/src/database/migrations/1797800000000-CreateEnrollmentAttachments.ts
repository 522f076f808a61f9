import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateEnrollmentAttachments1797800000000 implements MigrationInterface {
  name = 'CreateEnrollmentAttachments1797800000000';

  // Issue 8 items 5 and 6: the files of a partner's answer and of a reviewer's check evidence,
  // stored in PostgreSQL (bytea) so that attaching one is part of the command's transaction.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "enrollment_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrollment_id" uuid NOT NULL, "purpose" character varying(16) NOT NULL, "check" character varying(32), "file_name" character varying(200) NOT NULL, "media_type" character varying(32) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "uploaded_by_tenant_id" uuid NOT NULL, "uploaded_by_user_id" uuid NOT NULL, "uploaded_by_name" character varying(256) NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attached_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_enrollment_attachments" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_enrollment_attachments_enrollment" ON "enrollment_attachments" ("enrollment_id", "uploaded_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_enrollment_attachments_pending" ON "enrollment_attachments" ("uploaded_at") WHERE "attached_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrollment_attachments" ADD CONSTRAINT "fk_enrollment_attachments_enrollment" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // What the rules allow, whatever the code does: the three types, 10 MB, evidence names a check.
    await queryRunner.query(
      `ALTER TABLE "enrollment_attachments" ADD CONSTRAINT "ck_enrollment_attachments_file" CHECK ("media_type" IN ('application/pdf', 'image/png', 'image/jpeg') AND "size_bytes" BETWEEN 1 AND 10485760 AND octet_length("content") = "size_bytes" AND ("purpose" = 'answer' AND "check" IS NULL OR "purpose" = 'evidence' AND "check" IS NOT NULL))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "enrollment_attachments"`);
  }
}
