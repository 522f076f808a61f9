import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddListingFreshness1796700000000 implements MigrationInterface {
  name = 'AddListingFreshness1796700000000';

  // When a provider was last told its listing is due for confirmation (freshness, issue 9).
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "providers" ADD "freshness_notified_at" TIMESTAMP WITH TIME ZONE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "providers" DROP COLUMN "freshness_notified_at"`);
  }
}
