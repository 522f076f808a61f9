// Writes src/markets/markets.data.ts from data/csp-markets.csv (the CSP market table, DOMAIN.md §1).
// The package does no I/O at run time, so the table ships as generated TypeScript; run this after
// changing the CSV:  node scripts/generate-markets.mjs   (src/markets/markets.data.spec.ts checks
// that the committed file still equals the CSV.)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
// Prettier is the workspace's formatter (a root devDependency); the output is written formatted.
import { format, resolveConfig } from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const csvPath = join(root, 'data', 'csp-markets.csv');
const outPath = join(root, 'src', 'markets', 'markets.data.ts');

/** Reads the CSV with every cell as a string (`NA` is Namibia, not a missing value). */
function readMarketRows(text) {
  const records = parse(text, { columns: true, skip_empty_lines: true, trim: true, cast: false });
  return records.map((r) => ({
    country: String(r.country_iso2),
    countryName: String(r.country_name),
    region: String(r.region),
    currency: String(r.currency),
    currencyInferred: String(r.currency_inferred) === 'yes',
  }));
}

const rows = readMarketRows(readFileSync(csvPath, 'utf8'));
const regionNames = [...new Set(rows.map((r) => r.region))].sort();
/** A TypeScript single-quoted string literal. */
const q = (s) => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

const out = `// Generated from data/csp-markets.csv by scripts/generate-markets.mjs; do not edit by hand.
// The CSP market table of DOMAIN.md §1: ${rows.length} markets in ${regionNames.length} regions, in CSV order.

/** The ${regionNames.length} CSP regions, named as in the CSV (and Microsoft's table), sorted. */
export const regionNames = [
${regionNames.map((n) => `  ${q(n)},`).join('\n')}
] as const;

export type RegionName = (typeof regionNames)[number];

export type MarketRow = {
  readonly country: string;
  readonly countryName: string;
  readonly region: RegionName;
  readonly currency: string;
  readonly currencyInferred: boolean;
};

export const marketRows: readonly MarketRow[] = [
${rows
  .map(
    (r) =>
      `  { country: ${q(r.country)}, countryName: ${q(r.countryName)}, region: ${q(r.region)}, currency: ${q(r.currency)}, currencyInferred: ${r.currencyInferred} },`,
  )
  .join('\n')}
];
`;
const formatted = await format(out, { ...(await resolveConfig(outPath)), filepath: outPath });
writeFileSync(outPath, formatted);
console.log(`wrote ${outPath}: ${rows.length} markets, ${regionNames.length} regions`);
