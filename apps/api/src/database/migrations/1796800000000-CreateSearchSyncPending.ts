import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateSearchSyncPending1796800000000 implements MigrationInterface {
  name = 'CreateSearchSyncPending1796800000000';

  // The providers waiting for their search sync, so that sync jobs can take them in batches.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_sync_pending" ("id" BIGSERIAL NOT NULL, "provider_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_search_sync_pending" PRIMARY KEY ("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "search_sync_pending"`);
  }
}
