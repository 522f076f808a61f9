import type { AgreementStanding, AgreementVersion } from '@hub/domain';
import { type EntityManager } from 'typeorm';
import { AgreementVersionEntity } from './agreement-version.entity.js';
import { type AgreementStandingResponse } from './dto/agreement-version.dto.js';

/** A catalog entry with the id of its row (absent only for catalogs not read from the table). */
export type CatalogVersion = AgreementVersion & { readonly id?: string };

/** A stored version as the domain's catalog entry (null regions: all of them). */
export const toAgreementVersion = (
  row: Pick<
    AgreementVersionEntity,
    'kind' | 'version' | 'rank' | 'publishedOn' | 'reacceptBy' | 'regions'
  >,
): AgreementVersion => ({
  kind: row.kind,
  version: row.version,
  rank: row.rank,
  publishedOn: row.publishedOn,
  regions: row.regions ?? 'all',
  ...(row.reacceptBy === null ? {} : { reacceptBy: row.reacceptBy }),
});

/**
 * The agreement versions published so far, as the rules read them (the texts stay behind: a
 * catalog is a few rows of a few columns). Read in the caller's transaction, so a write sees the
 * catalog as it stands once it holds its locks.
 */
export async function loadAgreementCatalog(
  manager: EntityManager,
): Promise<readonly CatalogVersion[]> {
  const rows = await manager.find(AgreementVersionEntity, {
    select: {
      id: true,
      kind: true,
      version: true,
      rank: true,
      publishedOn: true,
      reacceptBy: true,
      regions: true,
    },
    order: { kind: 'ASC', rank: 'ASC' },
  });
  return rows.map((row) => ({ ...toAgreementVersion(row), id: row.id }));
}

/** A standing as answered: the version to accept by id, so the console can open it. */
export function toStandingResponse(
  standing: AgreementStanding<CatalogVersion>,
): AgreementStandingResponse {
  return {
    status: standing.status,
    kind: standing.kind,
    accepted: standing.accepted ?? null,
    currentVersionId: standing.current?.id ?? null,
    currentVersion: standing.current?.version ?? null,
    deadline: standing.deadline ?? null,
  };
}
