import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateSearchMisses1796600000000 implements MigrationInterface {
  name = 'CreateSearchMisses1796600000000';

  // Unmet demand: directory searches without results, counted per day and filter key; and the
  // directory index's full rebuilds with their progress.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_reindexes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" character varying(16) NOT NULL, "total" integer NOT NULL DEFAULT '0', "indexed" integer NOT NULL DEFAULT '0', "error" text, "requested_by" character varying(256) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_search_reindexes" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "search_misses" ("day" date NOT NULL, "region" character varying(300) NOT NULL, "country" character varying(300) NOT NULL, "filters" character varying(600) NOT NULL, "with_text" boolean NOT NULL, "count" integer NOT NULL DEFAULT '0', "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_search_misses" PRIMARY KEY ("day", "region", "country", "filters", "with_text"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "search_misses"`);
    await queryRunner.query(`DROP TABLE "search_reindexes"`);
  }
}
