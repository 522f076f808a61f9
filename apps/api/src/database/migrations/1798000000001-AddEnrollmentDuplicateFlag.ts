import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The queue's "flagged duplicate" filter on the applications themselves (issue 8 items 8 and
 * 12). Read through partner_duplicate_flags, it probed the enrollments of every flagged partner
 * (an index descent per partner and state): 20-27 ms for the decided tab at 1M applications.
 * `enrollments.duplicate_flagged` mirrors the flags and a partial index holds the flagged rows
 * in age order, so the filter reads only those.
 *
 * Triggers keep the copy exact, whoever writes: a flag set or cleared marks its partner's
 * applications; a new application (or one moved to another partner) takes its partner's flag.
 * The column is derived data: the row's version and updated_at do not change with it.
 */
export class AddEnrollmentDuplicateFlag1798000000001 implements MigrationInterface {
  name = 'AddEnrollmentDuplicateFlag1798000000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "enrollments" ADD "duplicate_flagged" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `UPDATE "enrollments" SET "duplicate_flagged" = true
        WHERE "partner_id" IN (SELECT "partner_id" FROM "partner_duplicate_flags")`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "enrollments_take_duplicate_flag"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         NEW.duplicate_flagged := EXISTS (
           SELECT 1 FROM partner_duplicate_flags f WHERE f.partner_id = NEW.partner_id);
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_enrollments_take_duplicate_flag"
         BEFORE INSERT OR UPDATE OF "partner_id" ON "enrollments"
         FOR EACH ROW EXECUTE FUNCTION "enrollments_take_duplicate_flag"()`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "partner_duplicate_flags_mark_enrollments"() RETURNS trigger
         LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'INSERT' THEN
           UPDATE enrollments SET duplicate_flagged = true
            WHERE partner_id = NEW.partner_id AND NOT duplicate_flagged;
         ELSE
           UPDATE enrollments SET duplicate_flagged = false
            WHERE partner_id = OLD.partner_id AND duplicate_flagged;
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_partner_duplicate_flags_mark_enrollments"
         AFTER INSERT OR DELETE ON "partner_duplicate_flags"
         FOR EACH ROW EXECUTE FUNCTION "partner_duplicate_flags_mark_enrollments"()`,
    );
    // The flagged applications in age order, with their state for the tabs' counts.
    await queryRunner.query(
      `CREATE INDEX "ix_enrollments_duplicate" ON "enrollments" ("submitted_at", "id")
         INCLUDE ("state") WHERE "duplicate_flagged"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_enrollments_duplicate"`);
    await queryRunner.query(
      `DROP TRIGGER "tr_partner_duplicate_flags_mark_enrollments" ON "partner_duplicate_flags"`,
    );
    await queryRunner.query(`DROP FUNCTION "partner_duplicate_flags_mark_enrollments"()`);
    await queryRunner.query(`DROP TRIGGER "tr_enrollments_take_duplicate_flag" ON "enrollments"`);
    await queryRunner.query(`DROP FUNCTION "enrollments_take_duplicate_flag"()`);
    await queryRunner.query(`ALTER TABLE "enrollments" DROP COLUMN "duplicate_flagged"`);
  }
}
