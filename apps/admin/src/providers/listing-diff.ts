// The moderation page's field-by-field comparison of the published and the proposed version.
import { toFormValues, type ListingFormValues, type OfficeValues } from './listing-form';
import type { ProviderListingFieldsDto } from '@hub/web';

/** Lists whose order says nothing (codes): compared as sets, shown as added and removed. */
const codeLists = ['regions', 'countries', 'services', 'productAreas', 'languages'] as const;
export type CodeListField = (typeof codeLists)[number];

/** One row of the comparison, in the editor's order; `path` also names its label. */
export type DiffRow =
  | {
      kind: 'text';
      path: string;
      before: string;
      after: string;
      changed: boolean;
    }
  | {
      kind: 'codes';
      path: CodeListField;
      before: string[];
      after: string[];
      added: string[];
      removed: string[];
      changed: boolean;
    }
  | {
      kind: 'logo';
      path: 'logo';
      before: string | null;
      after: string | null;
      changed: boolean;
    }
  | {
      kind: 'offices';
      path: 'offices';
      before: OfficeValues[];
      after: OfficeValues[];
      changed: boolean;
    };

const textPaths = [
  'name',
  'shortDescription.en',
  'shortDescription.sv',
  'longDescription.en',
  'longDescription.sv',
  'website',
  'contactEmail',
  'contactPhone',
  'headquartersCountry',
] as const;

const readText = (values: ListingFormValues, path: string): string => {
  const [head, tail] = path.split('.') as [keyof ListingFormValues, 'en' | 'sv' | undefined];
  const value = values[head];
  const result =
    tail === undefined ? value : (value as Record<string, unknown> | undefined)?.[tail];
  return typeof result === 'string' ? result.trim() : '';
};

const officeKey = (office: OfficeValues): string =>
  JSON.stringify([
    office.name ?? '',
    office.addressLine1 ?? '',
    office.city ?? '',
    office.postalCode ?? '',
    office.country ?? '',
    office.latitude ?? null,
    office.longitude ?? null,
  ]);

/**
 * Every field of the two versions side by side, whether it changed, and for code lists what
 * was added and removed. `before` is the published version (undefined: none published yet, so
 * every field filled in is new).
 */
export function diffListings(
  before: ProviderListingFieldsDto | undefined,
  after: ProviderListingFieldsDto | undefined,
): DiffRow[] {
  const a = toFormValues(before);
  const b = toFormValues(after);
  const rows: DiffRow[] = [];
  const logo = { before: a.logo ?? null, after: b.logo ?? null };
  for (const path of textPaths) {
    const old = readText(a, path);
    const now = readText(b, path);
    rows.push({ kind: 'text', path, before: old, after: now, changed: old !== now });
    if (path === 'name') {
      rows.push({ kind: 'logo', path: 'logo', ...logo, changed: logo.before !== logo.after });
    }
    if (path === 'headquartersCountry') {
      for (const list of codeLists) {
        const was = a[list] ?? [];
        const is = b[list] ?? [];
        const added = is.filter((code) => !was.includes(code));
        const removed = was.filter((code) => !is.includes(code));
        rows.push({
          kind: 'codes',
          path: list,
          before: was,
          after: is,
          added,
          removed,
          changed: added.length > 0 || removed.length > 0,
        });
      }
    }
  }
  const offices = { before: a.offices ?? [], after: b.offices ?? [] };
  rows.push({
    kind: 'offices',
    path: 'offices',
    ...offices,
    changed: offices.before.map(officeKey).join('\n') !== offices.after.map(officeKey).join('\n'),
  });
  for (const path of ['minimumRequirements.en', 'minimumRequirements.sv']) {
    const old = readText(a, path);
    const now = readText(b, path);
    rows.push({ kind: 'text', path, before: old, after: now, changed: old !== now });
  }
  return rows;
}

/** Whether an office of the proposed version is new or changed against the published ones. */
export const isNewOffice = (office: OfficeValues, published: readonly OfficeValues[]): boolean =>
  !published.map(officeKey).includes(officeKey(office));
