import { toDuplicateEmailDomain } from '@hub/domain';
import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class BackfillPartnerDuplicateFlags1797700000001 implements MigrationInterface {
  name = 'BackfillPartnerDuplicateFlags1797700000001';

  // Flags the partners already on file: every value of a key that more than one tenant has (a
  // hash aggregate per key, linear in the partners), then every partner with such a value. The
  // domain's rule decides which e-mail domains count (never a web-mail one). From then on the
  // API keeps the flags as profiles are written (partner-duplicates.ts).
  public async up(queryRunner: QueryRunner): Promise<void> {
    const shared = (await queryRunner.query(
      `SELECT 'bank' AS kind, bank_blind_index AS value FROM partners
        WHERE bank_blind_index IS NOT NULL GROUP BY 2 HAVING count(DISTINCT tenant_id) > 1
       UNION ALL
       SELECT 'partner_id', partner_id FROM partners
        WHERE partner_id IS NOT NULL GROUP BY 2 HAVING count(DISTINCT tenant_id) > 1
       UNION ALL
       SELECT 'domain', lower(split_part(admin_email, '@', 2)) FROM partners
        GROUP BY 2 HAVING count(DISTINCT tenant_id) > 1`,
    )) as { kind: 'bank' | 'partner_id' | 'domain'; value: string }[];
    const of = (kind: string) => shared.filter((s) => s.kind === kind).map((s) => s.value);
    await queryRunner.query(
      `INSERT INTO partner_duplicate_flags (partner_id)
       SELECT id FROM partners
        WHERE bank_blind_index = ANY($1::text[]) OR partner_id = ANY($2::text[])
           OR lower(split_part(admin_email, '@', 2)) = ANY($3::text[])
       ON CONFLICT DO NOTHING`,
      [
        of('bank'),
        of('partner_id'),
        of('domain').filter((domain) => toDuplicateEmailDomain(`x@${domain}`) !== null),
      ],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM partner_duplicate_flags`);
  }
}
