import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateProgramConfiguration1797000000000 implements MigrationInterface {
  name = 'CreateProgramConfiguration1797000000000';

  // The program-wide settings a program admin edits in the console (listing freshness), and the
  // history of every setting's changes.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "program_configuration" ("id" smallint NOT NULL DEFAULT 1, "listing_confirm_every_days" integer NOT NULL DEFAULT 180, "listing_hide_after_days" integer NOT NULL DEFAULT 30, "version" integer NOT NULL DEFAULT 1, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_program_configuration_hide" CHECK ("listing_hide_after_days" BETWEEN 7 AND 180), CONSTRAINT "ck_program_configuration_confirm" CHECK ("listing_confirm_every_days" BETWEEN 30 AND 730), CONSTRAINT "ck_program_configuration_single" CHECK ("id" = 1), CONSTRAINT "pk_program_configuration" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`INSERT INTO "program_configuration" DEFAULT VALUES`);
    await queryRunner.query(
      `CREATE TABLE "program_setting_changes" ("id" BIGSERIAL NOT NULL, "setting" character varying(64) NOT NULL, "program" character varying(32), "value_before" integer NOT NULL, "value_after" integer NOT NULL, "actor_tenant_id" uuid NOT NULL, "actor_object_id" uuid NOT NULL, "actor_name" character varying(200) NOT NULL, "request_id" character varying(128), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_program_setting_changes" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_program_setting_changes_at" ON "program_setting_changes" ("at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "program_setting_changes"`);
    await queryRunner.query(`DROP TABLE "program_configuration"`);
  }
}
