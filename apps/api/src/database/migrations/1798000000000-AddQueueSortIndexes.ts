import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * An index for each order the reviewers' queue offers (issue 8 item 12), so a page is a short
 * index scan however many applications match: the sort column then the id, in both directions.
 * A B-tree read backwards gives `DESC NULLS FIRST`; the queue keeps NULLs last either way, so
 * the columns that may be NULL (submitted, overdue from, assignee) have a descending index too.
 * The legal name sort reads the partners in name order and joins their applications.
 */
const indexes: readonly [name: string, definition: string][] = [
  ['ix_enrollments_created', `"enrollments" ("created_at", "id")`],
  ['ix_enrollments_updated', `"enrollments" ("updated_at", "id")`],
  ['ix_enrollments_state_id', `"enrollments" ("state", "id")`],
  ['ix_enrollments_program_id', `"enrollments" ("program", "id")`],
  ['ix_enrollments_country_id', `"enrollments" ("country", "id")`],
  ['ix_enrollments_overdue', `"enrollments" ("sla_overdue_from", "id")`],
  ['ix_enrollments_assignee_name', `"enrollments" ("assignee_name", "id")`],
  ['ix_enrollments_submitted_desc', `"enrollments" ("submitted_at" DESC NULLS LAST, "id" DESC)`],
  ['ix_enrollments_overdue_desc', `"enrollments" ("sla_overdue_from" DESC NULLS LAST, "id" DESC)`],
  [
    'ix_enrollments_assignee_name_desc',
    `"enrollments" ("assignee_name" DESC NULLS LAST, "id" DESC)`,
  ],
  ['ix_partners_legal_name', `"partners" ("legal_name", "id")`],
];

export class AddQueueSortIndexes1798000000000 implements MigrationInterface {
  name = 'AddQueueSortIndexes1798000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, definition] of indexes) {
      await queryRunner.query(`CREATE INDEX "${name}" ON ${definition}`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of [...indexes].reverse()) {
      await queryRunner.query(`DROP INDEX "${name}"`);
    }
  }
}
