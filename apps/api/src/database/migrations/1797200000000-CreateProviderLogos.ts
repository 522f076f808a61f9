import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateProviderLogos1797200000000 implements MigrationInterface {
  name = 'CreateProviderLogos1797200000000';

  // Providers' uploaded logos (re-encoded WebP), keyed by provider and the SHA-256 of the bytes.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "provider_logos" ("provider_id" uuid NOT NULL, "id" character(64) NOT NULL, "content_type" character varying(32) NOT NULL, "bytes" bytea NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_provider_logos" PRIMARY KEY ("provider_id", "id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "provider_logos" ADD CONSTRAINT "fk_provider_logos_provider" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "provider_logos" DROP CONSTRAINT "fk_provider_logos_provider"`,
    );
    await queryRunner.query(`DROP TABLE "provider_logos"`);
  }
}
