import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateRateLimitCounters1797900000000 implements MigrationInterface {
  name = 'CreateRateLimitCounters1797900000000';

  // The rate limits' counters, shared by every API replica (issue 11 item 5): the table
  // rate-limiter-flexible's PostgreSQL store reads and writes (its own layout: key, points,
  // expire in epoch milliseconds). UNLOGGED: a counter need not survive a crash of PostgreSQL,
  // and an unlogged write costs no WAL.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNLOGGED TABLE "rate_limit_counters" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint, CONSTRAINT "pk_rate_limit_counters" PRIMARY KEY ("key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit_counters"`);
  }
}
