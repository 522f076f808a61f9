import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { hostileValue } from '../../test-support/hostile-input.js';
import { parseTenantId } from './tenant-id.js';
import { parseUserId } from './user-id.js';

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('parseTenantId', () => {
  it('accepts a GUID and returns it in lower case', () => {
    expect(parseTenantId('72F988BF-86F1-41AF-91AB-2D7CD011DB47')).toEqual({
      ok: true,
      value: '72f988bf-86f1-41af-91ab-2d7cd011db47',
    });
  });

  it.each([
    '',
    '72f988bf86f141af91ab2d7cd011db47',
    '{72f988bf-86f1-41af-91ab-2d7cd011db47}',
    '72f988bf-86f1-41af-91ab-2d7cd011db4',
    '72f988bf-86f1-41af-91ab-2d7cd011db4g',
    '00000000-0000-0000-0000-000000000000',
    'contoso.onmicrosoft.com',
    `${'7'.repeat(100)}`,
  ])('refuses %j', (input) => {
    expect(parseTenantId(input)).toEqual({
      ok: false,
      error: { code: 'identity.invalid_tenant_id' },
    });
  });

  it('refuses the personal Microsoft accounts tenant', () => {
    expect(parseTenantId('9188040d-6c67-4c5b-b112-36a304b66dad')).toEqual({
      ok: false,
      error: { code: 'identity.personal_account_tenant' },
    });
  });

  it('fuzz: never throws; accepts only canonical GUIDs', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, fc.uuid()), (input) => {
        const r = parseTenantId(input);
        if (r.ok) {
          expect(r.value).toMatch(guid);
        }
      }),
    );
  });

  it('accepts every GUID (fast-check uuids)', () => {
    fc.assert(
      fc.property(
        fc
          .uuid()
          .filter(
            (u) =>
              !/^0{8}-0{4}-0{4}-0{4}-0{12}$/.test(u) &&
              u !== '9188040d-6c67-4c5b-b112-36a304b66dad',
          ),
        (u) => {
          expect(parseTenantId(u)).toEqual({ ok: true, value: u });
        },
      ),
    );
  });
});

describe('parseUserId', () => {
  it('accepts a GUID and refuses anything else', () => {
    expect(parseUserId('AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE')).toEqual({
      ok: true,
      value: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
    });
    expect(parseUserId('alice@contoso.com')).toEqual({
      ok: false,
      error: { code: 'identity.invalid_user_id' },
    });
    expect(parseUserId(undefined)).toEqual({
      ok: false,
      error: { code: 'identity.invalid_user_id' },
    });
  });

  it('fuzz: never throws; accepts only canonical GUIDs', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, fc.uuid()), (input) => {
        const r = parseUserId(input);
        if (r.ok) {
          expect(r.value).toMatch(guid);
        }
      }),
    );
  });
});
