// The secrets scanner (issue 11 item 13): what must never be in a log line or a built bundle.
// Each test run's logs are scanned at its end (the API tests' and the browser stack's), and the
// built console and directory are scanned for keys; a finding fails the run. A finding names the
// kind, the file and the line, and shows only the first characters of what it found.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseIban } from '@hub/domain';
import { personas } from './identity/personas.js';

export type SecretKind =
  | 'jwt'
  | 'iban'
  | 'bank_account_number'
  | 'persona_email_in_request_line'
  | 'private_key'
  | 'known_secret';

export type SecretFinding = {
  readonly kind: SecretKind;
  readonly source: string;
  /** 1-based line of the source. */
  readonly line: number;
  /** The first characters of the match, the rest masked: enough to find it, not to use it. */
  readonly excerpt: string;
};

/** A value that must not appear anywhere: a master key, an encryption key, a signing key's part. */
export type KnownSecret = { readonly name: string; readonly value: string };

export type ScanOptions = {
  readonly known?: readonly KnownSecret[];
  /** E-mail addresses that must not be in a request line (default: every persona's). */
  readonly emails?: readonly string[];
  /**
   * The kinds to look for (default: all). A built bundle is scanned for keys only: its example
   * IBANs (a placeholder, a library's test vectors) and minified lines are no leak.
   */
  readonly kinds?: readonly SecretKind[];
};

/** What a built bundle must not hold: the stack's keys and anything shaped like a token or key. */
export const BUNDLE_SECRET_KINDS: readonly SecretKind[] = ['known_secret', 'private_key', 'jwt'];

// header.payload.signature, both first parts base64url JSON ("eyJ" is `{"`); an unsigned token
// (alg none) has an empty signature and is caught too.
const JWT = /\beyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]*/g;
// Two letters, two check digits, 11 to 30 more characters, spaces allowed between groups; only
// what passes the IBAN checksum counts (so that ids and hashes are not flagged).
const IBAN_CANDIDATE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
// An account or routing number under its own name, as a JSON field or key=value.
const ACCOUNT_NUMBER =
  /["']?(?:accountNumber|account_number|bankAccount|bank_account|routingNumber|routing_number)["']?\s*[:=]\s*["']?\d[\d -]{3,}/gi;
const PRIVATE_KEY = /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----|"d"\s*:\s*"[\w-]{40,}"/g;

/** The longest prefix that is a valid IBAN (a candidate may run on into the next word). */
function validIbanPrefix(compact: string): string | undefined {
  for (let length = Math.min(34, compact.length); length >= 15; length -= 1) {
    if (parseIban(compact.slice(0, length)).ok) {
      return compact.slice(0, length);
    }
  }
  return undefined;
}

const mask = (text: string): string =>
  text.length <= 6 ? `${text.slice(0, 2)}…` : `${text.slice(0, 6)}… (${text.length} chars)`;

/** A request line: pino-http's JSON line of a request (it has `req`), or one naming a method. */
const isRequestLine = (line: string): boolean =>
  /"req"\s*:/.test(line) || /\b(?:GET|POST|PUT|PATCH|DELETE) \/\S*/.test(line);

const allKinds: readonly SecretKind[] = [
  'jwt',
  'iban',
  'bank_account_number',
  'persona_email_in_request_line',
  'private_key',
  'known_secret',
];

/** Every secret in a text, line by line. */
export function scanText(text: string, source: string, options: ScanOptions = {}): SecretFinding[] {
  const known = (options.known ?? []).filter((secret) => secret.value.length >= 8);
  const emails = (options.emails ?? personas.map((persona) => persona.username)).map((email) =>
    email.toLowerCase(),
  );
  const kinds = new Set(options.kinds ?? allKinds);
  const findings: SecretFinding[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const found = (kind: SecretKind, match: string) => {
      if (kinds.has(kind)) {
        findings.push({ kind, source, line: index + 1, excerpt: mask(match) });
      }
    };
    for (const match of line.matchAll(JWT)) {
      found('jwt', match[0]);
    }
    for (const match of line.matchAll(IBAN_CANDIDATE)) {
      const iban = validIbanPrefix(match[0].replaceAll(' ', ''));
      if (iban !== undefined) {
        found('iban', iban);
      }
    }
    for (const match of line.matchAll(ACCOUNT_NUMBER)) {
      found('bank_account_number', match[0]);
    }
    for (const match of line.matchAll(PRIVATE_KEY)) {
      found('private_key', match[0]);
    }
    for (const secret of known) {
      if (line.includes(secret.value)) {
        found('known_secret', `${secret.name}=${secret.value}`);
      }
    }
    if (isRequestLine(line)) {
      const lower = line.toLowerCase();
      for (const email of emails) {
        if (lower.includes(email) || lower.includes(encodeURIComponent(email))) {
          found('persona_email_in_request_line', email);
        }
      }
    }
  });
  return findings;
}

/** Every secret in the files of a folder (recursively), e.g. a built bundle or a log folder. */
export async function scanFolder(dir: string, options: ScanOptions = {}): Promise<SecretFinding[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const findings: SecretFinding[] = [];
  for (const entry of entries) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      findings.push(...scanText(await readFile(path, 'utf8'), path, options));
    }
  }
  return findings;
}

/** One line per finding, for a failing run's message. */
export const describeFindings = (findings: readonly SecretFinding[]): string =>
  findings
    .map((finding) => `${finding.kind} in ${finding.source}:${finding.line}: ${finding.excerpt}`)
    .join('\n');

/** The parts of a private JWK that are secret (RSA and EC), as known secrets. */
export const privateJwkSecrets = (
  name: string,
  jwk: Readonly<Record<string, unknown>>,
): KnownSecret[] =>
  ['d', 'p', 'q', 'dp', 'dq', 'qi']
    .filter((part) => typeof jwk[part] === 'string')
    .map((part) => ({ name: `${name}.${part}`, value: String(jwk[part]) }));
