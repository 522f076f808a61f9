import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateRevenueImports1796400000000 implements MigrationInterface {
  name = 'CreateRevenueImports1796400000000';

  // Monthly FX rates to USD (program data), the record of each committed CSV import, and the
  // import a revenue row came from.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "fx_rates" ("month" character varying(7) NOT NULL, "currency" character varying(3) NOT NULL, "usd_per_unit" character varying(40) NOT NULL, "source" character varying(64) NOT NULL, "import_id" uuid, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_fx_rates" PRIMARY KEY ("month", "currency"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "csv_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(16) NOT NULL, "partner_id" uuid, "actor_tenant_id" uuid NOT NULL, "actor_object_id" uuid NOT NULL, "actor_kind" character varying(32) NOT NULL, "actor_name" character varying(256) NOT NULL, "file_sha256" character varying(64) NOT NULL, "line_count" integer NOT NULL, "inserted" integer NOT NULL, "replaced" integer NOT NULL, "request_id" character varying(128), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_csv_imports" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_csv_imports_partner" ON "csv_imports"  ("partner_id") `,
    );
    await queryRunner.query(`ALTER TABLE "revenue_records" ADD "import_id" uuid`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "revenue_records" DROP COLUMN "import_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_csv_imports_partner"`);
    await queryRunner.query(`DROP TABLE "csv_imports"`);
    await queryRunner.query(`DROP TABLE "fx_rates"`);
  }
}
