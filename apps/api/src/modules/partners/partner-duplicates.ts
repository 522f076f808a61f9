import {
  findDuplicates,
  toDuplicateKeys,
  type DuplicateKeys,
  type DuplicateProfile,
  type DuplicateSignal,
  type EnrollmentProgram,
  type EnrollmentState,
} from '@hub/domain';
import { type EntityManager } from 'typeorm';

/**
 * Duplicate applicants across tenants (issue 8 item 8). Which signals two partners share is the
 * domain's rule (findDuplicates); here is only the looking up: one statement finds, for each
 * partner asked about, the other tenants' partners with an equal key, through the indexes on the
 * bank blind index, the PartnerID and the admin e-mail's domain (a BitmapOr of three index
 * probes per partner). Bank accounts are compared only by their keyed blind index, never in clear.
 */

/** A partner as duplicate detection sees it. */
export type DuplicateSubject = DuplicateProfile & { readonly id: string };

/** Another tenant's partner that shares a signal, with its applications (the cases to link). */
export type PartnerDuplicate = {
  readonly signals: DuplicateSignal[];
  readonly partnerId: string;
  readonly tenantId: string;
  readonly legalName: string;
  readonly country: string;
  readonly enrollments: {
    readonly id: string;
    readonly program: EnrollmentProgram;
    readonly state: EnrollmentState;
  }[];
};

/** At most this many other partners per partner: a warning, not a report. */
export const DUPLICATES_SHOWN = 20;

type CandidateRow = {
  of: string;
  id: string;
  tenant_id: string;
  legal_name: string;
  country: string;
  bank_blind_index: string | null;
  partner_id: string | null;
  admin_email: string;
  enrollments: PartnerDuplicate['enrollments'];
};

/** For each subject, the other tenants' partners that are its possible duplicates. */
export async function findPartnerDuplicates(
  manager: EntityManager,
  subjects: readonly DuplicateSubject[],
  options: { limit?: number; withEnrollments?: boolean } = {},
): Promise<Map<string, PartnerDuplicate[]>> {
  const found = new Map<string, PartnerDuplicate[]>(subjects.map((s) => [s.id, []]));
  const keyed = subjects
    .map((subject) => ({ subject, keys: toDuplicateKeys(subject) }))
    .filter(({ keys }) => hasAnyKey(keys));
  if (keyed.length === 0) {
    return found;
  }
  const withEnrollments = options.withEnrollments ?? true;
  const rows = await manager.query<CandidateRow[]>(
    `SELECT k.of, c.id, c.tenant_id, c.legal_name, c.country, c.bank_blind_index, c.partner_id,
            c.admin_email,
            ${
              withEnrollments
                ? `COALESCE((SELECT json_agg(json_build_object('id', e.id, 'program', e.program,
                                                             'state', e.state)
                                             ORDER BY e.created_at, e.id)
                               FROM enrollments e WHERE e.partner_id = c.id), '[]'::json)`
                : `'[]'::json`
            } AS enrollments
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[])
              AS k(of, tenant_id, bank, partner_number, domain)
       CROSS JOIN LATERAL (
         SELECT o.* FROM partners o
          WHERE o.tenant_id <> k.tenant_id
            AND (o.bank_blind_index = k.bank OR o.partner_id = k.partner_number
                 OR lower(split_part(o.admin_email, '@', 2)) = k.domain)
          ORDER BY o.legal_name, o.id
          LIMIT $6) c
      ORDER BY k.of, c.legal_name, c.id`,
    [
      keyed.map(({ subject }) => subject.id),
      keyed.map(({ subject }) => subject.tenantId),
      keyed.map(({ keys }) => keys.bankBlindIndex),
      keyed.map(({ keys }) => keys.partnerId),
      keyed.map(({ keys }) => keys.emailDomain),
      options.limit ?? DUPLICATES_SHOWN,
    ],
  );
  for (const { subject } of keyed) {
    const candidates = rows
      .filter((row) => row.of === subject.id)
      .map((row) => ({
        row,
        tenantId: row.tenant_id,
        bankBlindIndex: row.bank_blind_index,
        partnerId: row.partner_id,
        adminEmail: row.admin_email,
      }));
    found.set(
      subject.id,
      findDuplicates(subject, candidates).map(({ partner: { row }, signals }) => ({
        signals,
        partnerId: row.id,
        tenantId: row.tenant_id,
        legalName: row.legal_name,
        country: row.country,
        enrollments: row.enrollments,
      })),
    );
  }
  return found;
}

const hasAnyKey = (keys: DuplicateKeys): boolean =>
  keys.bankBlindIndex !== null || keys.partnerId !== null || keys.emailDomain !== null;

/**
 * Serialises the writers of partner profiles (and so of the flags) for the rest of the
 * transaction. Take it first, before any row lock: two profiles taking the same IBAN at once
 * would otherwise each miss the other's uncommitted row, and neither would be flagged.
 */
export async function lockDuplicateFlags(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('partner_duplicate_flags'))`);
}

/**
 * Brings partner_duplicate_flags up to date after profiles were written: the partners named, and
 * every partner that shares one of `keys` (each written profile's keys before and after the
 * write, so the partner it no longer matches is cleared too), are flagged exactly when they have
 * a duplicate now. Call it under lockDuplicateFlags.
 */
export async function refreshDuplicateFlags(
  manager: EntityManager,
  { partnerIds, keys }: { partnerIds: readonly string[]; keys: readonly DuplicateKeys[] },
): Promise<void> {
  const values = (pick: (k: DuplicateKeys) => string | null) =>
    [...new Set(keys.map(pick))].filter((value): value is string => value !== null);
  const affected = await manager.query<
    {
      id: string;
      tenant_id: string;
      bank_blind_index: string | null;
      partner_id: string | null;
      admin_email: string;
    }[]
  >(
    `SELECT id, tenant_id, bank_blind_index, partner_id, admin_email FROM partners
      WHERE id = ANY($1::uuid[]) OR bank_blind_index = ANY($2::text[])
         OR partner_id = ANY($3::text[]) OR lower(split_part(admin_email, '@', 2)) = ANY($4::text[])`,
    [
      partnerIds,
      values((k) => k.bankBlindIndex),
      values((k) => k.partnerId),
      values((k) => k.emailDomain),
    ],
  );
  if (affected.length === 0) {
    return;
  }
  const duplicates = await findPartnerDuplicates(
    manager,
    affected.map((row) => ({
      id: row.id,
      tenantId: row.tenant_id,
      bankBlindIndex: row.bank_blind_index,
      partnerId: row.partner_id,
      adminEmail: row.admin_email,
    })),
    { limit: 1, withEnrollments: false },
  );
  const ids = affected.map((row) => row.id);
  const flagged = ids.filter((id) => (duplicates.get(id) ?? []).length > 0);
  await manager.query(
    `DELETE FROM partner_duplicate_flags WHERE partner_id = ANY($1::uuid[])
        AND NOT (partner_id = ANY($2::uuid[]))`,
    [ids, flagged],
  );
  await manager.query(
    `INSERT INTO partner_duplicate_flags (partner_id) SELECT unnest($1::uuid[])
     ON CONFLICT DO NOTHING`,
    [flagged],
  );
}
