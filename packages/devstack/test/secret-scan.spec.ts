// The scanner's self-test (issue 11 item 13): one of each secret is planted and must be caught;
// the log lines the API really writes (redacted tokens, last 4 of an IBAN, ids) must not be.
import { describe, expect, it } from '@jest/globals';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BUNDLE_SECRET_KINDS,
  describeFindings,
  privateJwkSecrets,
  scanFolder,
  scanText,
} from '../src/index.js';

const jwt =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6ImFiYyJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwidGlkIjoiMyJ9.c2lnbmF0dXJlLWJ5dGVzLWhlcmU';
const unsigned = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiIxMjM0NTY3ODkwIn0.';
const masterKey = 'dev-meili-master-key-0123456789';

const planted = [
  `{"level":30,"req":{"url":"/api/me?access_token=${jwt}"},"msg":"request completed"}`,
  `{"level":40,"msg":"token ${unsigned} refused"}`,
  '{"level":50,"msg":"bank details SE45 5000 0000 0583 9825 7466 BIC ESSESESS"}',
  '{"level":50,"err":{"message":"bad row","row":{"accountNumber":"000123456789","routingNumber":"021000021"}}}',
  '{"level":30,"req":{"method":"GET","url":"/api/enrollments?filter={\\"q\\":\\"ada@contoso.example\\"}"}}',
  `MEILI_MASTER_KEY=${masterKey}`,
  '-----BEGIN PRIVATE KEY-----',
  '{"kty":"RSA","d":"X4cTteJY_gn4FYPsXB8rdXix5vwsg1FLN5E3EaG6RJoVH-HLLKD9M7dx5oo7GURknchnrRweUkC7hT5fJLM0WbFAKNLWY2vv7B6NqXSzUvxT0_YSfqijwp3RTzlBaCxWp4doFk5N2o8Gy_nHNKroADIkJ46pRUohsXywbReAdYaMwFs9tv8d_cPVY3i07a3t8MN6TNwm0dSawm9v47UiCl3Sk5ZiG7xojPLu4sbg1U2jx4IBTNBznbJSzFHK66jT8bgkuqsk0GjskDJk19Z4qwjwbsnn4j2WBii3RL-Us2lGVkY8fkFzme1z0HbIkfz0Y6mqnOYtqc0X4jfcKoAC8Q"}',
];

describe('the secrets scanner', () => {
  it('catches one of each planted secret, naming its kind and line, never showing it whole', () => {
    const findings = scanText(planted.join('\n'), 'planted.log', {
      known: [{ name: 'MEILI_MASTER_KEY', value: masterKey }],
    });
    expect(findings.map((f) => [f.kind, f.line])).toEqual([
      ['jwt', 1],
      ['jwt', 2],
      ['iban', 3],
      ['bank_account_number', 4],
      ['bank_account_number', 4],
      ['persona_email_in_request_line', 5],
      ['known_secret', 6],
      ['private_key', 7],
      ['private_key', 8],
    ]);
    const report = describeFindings(findings);
    for (const secret of [jwt, 'SE4550000000058398257466', masterKey, '000123456789']) {
      expect(report).not.toContain(secret);
    }
    expect(report).toContain('iban in planted.log:3: SE4550… (24 chars)');
  });

  it('passes the lines the API writes: redacted, masked, ids and hashes', () => {
    const clean = [
      '{"level":30,"req":{"id":"3f1c6a52","method":"GET","url":"/api/enrollments/3f1c6a52-8b7e-4d3a-9c21-6e0f5a7b8c01"},"res":{"statusCode":200},"responseTime":4}',
      '{"level":30,"req":{"headers":{"authorization":"[redacted]"},"url":"/api/me?access_token=[redacted]"}}',
      '{"level":30,"msg":"bank details IBAN •••• 7466","sha256":"9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08"}',
      // A persona's e-mail outside a request line (an e-mail sent) is not a request line.
      '{"level":30,"msg":"mail queued","template":"submitted","to":"[redacted]"}',
      'Partner Enrollment Hub is up at http://localhost:3000 (Ada: ada@contoso.example)',
      // Upper-case letters and digits that fail the IBAN checksum.
      '{"level":30,"msg":"ORDER GB82WEST12345698765433 received"}',
    ];
    expect(
      scanText(clean.join('\n'), 'clean.log', { known: [{ name: 'key', value: masterKey }] }),
    ).toEqual([]);
  });

  it('takes the secret parts of a private JWK as known secrets, and ignores short values', () => {
    expect(
      privateJwkSecrets('signing', {
        kty: 'RSA',
        n: 'public',
        e: 'AQAB',
        d: 'private-d',
        p: 'private-p',
      }),
    ).toEqual([
      { name: 'signing.d', value: 'private-d' },
      { name: 'signing.p', value: 'private-p' },
    ]);
    expect(scanText('abc short', 'x', { known: [{ name: 'short', value: 'abc' }] })).toEqual([]);
  });

  it('scans a bundle for keys only: its example IBANs and addresses are no finding', () => {
    const findings = scanText(planted.join('\n'), 'bundle.js', {
      known: [{ name: 'MEILI_MASTER_KEY', value: masterKey }],
      kinds: BUNDLE_SECRET_KINDS,
    });
    expect([...new Set(findings.map((f) => f.kind))].sort()).toEqual([
      'jwt',
      'known_secret',
      'private_key',
    ]);
  });

  it('scans every file of a folder, nested ones too', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'secret-scan-'));
    try {
      await mkdir(join(dir, 'assets'));
      await writeFile(join(dir, 'index.html'), '<script src="/assets/app.js"></script>');
      await writeFile(join(dir, 'assets', 'app.js'), `const key = "${masterKey}";`);
      const findings = await scanFolder(dir, {
        known: [{ name: 'MEILI_MASTER_KEY', value: masterKey }],
      });
      expect(findings).toEqual([
        expect.objectContaining({
          kind: 'known_secret',
          source: join(dir, 'assets', 'app.js'),
          line: 1,
        }),
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
