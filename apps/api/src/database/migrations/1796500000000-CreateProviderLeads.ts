import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateProviderLeads1796500000000 implements MigrationInterface {
  name = 'CreateProviderLeads1796500000000';

  // The directory's contact form: resellers' leads per provider, and e-mails about a provider
  // (a lead, a moderation decision) in the same outbox as the enrollment's.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "provider_leads" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "email" character varying(320) NOT NULL, "company" character varying(200) NOT NULL, "country" character varying(2) NOT NULL, "message" text NOT NULL, "locale" character varying(2) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_provider_leads" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_provider_leads_provider_created" ON "provider_leads" ("provider_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "provider_leads" ADD CONSTRAINT "fk_provider_leads_provider" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "outbound_emails" ADD "provider_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "ix_outbound_emails_provider" ON "outbound_emails" ("provider_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "outbound_emails" ADD CONSTRAINT "fk_outbound_emails_provider" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "outbound_emails" DROP CONSTRAINT "fk_outbound_emails_provider"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_outbound_emails_provider"`);
    await queryRunner.query(`ALTER TABLE "outbound_emails" DROP COLUMN "provider_id"`);
    await queryRunner.query(
      `ALTER TABLE "provider_leads" DROP CONSTRAINT "fk_provider_leads_provider"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_provider_leads_provider_created"`);
    await queryRunner.query(`DROP TABLE "provider_leads"`);
  }
}
