import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateProviders1796300000000 implements MigrationInterface {
  name = 'CreateProviders1796300000000';

  // Provider organizations (one per distributor tenant) and their listing versions, draft and
  // published as separate rows; the audit trail gains a second kind of subject: a provider has
  // its own chain beside the enrollments' (exactly one subject per row).
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "providers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "authorized" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "last_confirmed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_providers_tenant" UNIQUE ("tenant_id"), CONSTRAINT "pk_providers" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "provider_listings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider_id" uuid NOT NULL, "state" character varying(16) NOT NULL, "slot" character varying(8), "version" integer NOT NULL DEFAULT '1', "fields" jsonb NOT NULL, "reason" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_provider_listings_provider_slot" UNIQUE ("provider_id", "slot"), CONSTRAINT "pk_provider_listings" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_provider_listings_state" ON "provider_listings"  ("state", "submitted_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "provider_listings" ADD CONSTRAINT "fk_provider_listings_provider" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "provider_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "audit_events" ALTER COLUMN "enrollment_id" DROP NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_events" ADD CONSTRAINT "ck_audit_events_one_subject" CHECK (num_nonnulls("enrollment_id", "provider_id") = 1)`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_events" ADD CONSTRAINT "uq_audit_events_provider_seq" UNIQUE ("provider_id", "seq")`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_events" ADD CONSTRAINT "fk_audit_events_provider" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  // Reverting gives up the providers' audit rows (the trigger refuses DELETE, so the column goes
  // with them): only for taking a fresh database back, never for one with history to keep.
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "audit_events" DROP CONSTRAINT "fk_audit_events_provider"`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_events" DROP CONSTRAINT "uq_audit_events_provider_seq"`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_events" DROP CONSTRAINT "ck_audit_events_one_subject"`,
    );
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "provider_id"`);
    await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "enrollment_id" SET NOT NULL`);
    await queryRunner.query(`DROP TABLE "provider_listings"`);
    await queryRunner.query(`DROP TABLE "providers"`);
  }
}
