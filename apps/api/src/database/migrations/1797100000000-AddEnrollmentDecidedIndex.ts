import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddEnrollmentDecidedIndex1797100000000 implements MigrationInterface {
  name = 'AddEnrollmentDecidedIndex1797100000000';

  // The console's dashboard counts decisions per week and the queue filters by decision date:
  // both read a bounded range of decided_at, which without this index is a scan of every row.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_enrollments_decided" ON "enrollments" ("decided_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_enrollments_decided"`);
  }
}
