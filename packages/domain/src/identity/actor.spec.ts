import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { hostileRecord, hostileString } from '../../test-support/hostile-input.js';
import {
  GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID,
  toActor,
  toSystemActor,
  type ActorClaims,
} from './actor.js';
import { parseTenantId, type TenantId } from './tenant-id.js';
import { parseUserId } from './user-id.js';

const tid = '11111111-2222-4333-8444-555555555555';
const staffTid = '99999999-8888-4777-8666-555555555555';
const oid = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const asTenant = (s: string): TenantId => {
  const r = parseTenantId(s);
  if (!r.ok) {
    throw new Error('bad test tenant');
  }
  return r.value;
};

describe('toActor', () => {
  it('a user without roles or admin wids is a partner user', () => {
    expect(toActor({ tid, oid })).toEqual({
      ok: true,
      value: { kind: 'partner_user', tenantId: tid, userId: oid, roles: [] },
    });
  });

  it('a user whose wids hold the Global Administrator template id is the partner global admin', () => {
    const r = toActor({
      tid,
      oid,
      wids: ['b79fbf4d-3ef9-4689-8143-76b194e85509', GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID],
    });
    expect(r).toMatchObject({ ok: true, value: { kind: 'partner_global_admin' } });
  });

  it('matches the template id in any letter case', () => {
    const r = toActor({ tid, oid, wids: [GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID.toUpperCase()] });
    expect(r).toMatchObject({ ok: true, value: { kind: 'partner_global_admin' } });
  });

  it('other directory roles do not make a global admin', () => {
    expect(toActor({ tid, oid, wids: ['fe930be7-5e62-47db-91af-98c3a49a38b1'] })).toMatchObject({
      ok: true,
      value: { kind: 'partner_user' },
    });
  });

  it('a Reviewer role wins over global admin', () => {
    const r = toActor({
      tid,
      oid,
      roles: ['Reviewer'],
      wids: [GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID],
    });
    expect(r).toMatchObject({ ok: true, value: { kind: 'reviewer', roles: ['Reviewer'] } });
  });

  it('ProgramAdmin wins over Reviewer', () => {
    const r = toActor({ tid, oid, roles: ['Reviewer', 'ProgramAdmin', 'Distributor'] });
    expect(r).toMatchObject({
      ok: true,
      value: { kind: 'program_admin', roles: ['Reviewer', 'ProgramAdmin', 'Distributor'] },
    });
  });

  it('a Distributor is still a partner actor, with the role kept', () => {
    const r = toActor({
      tid,
      oid,
      roles: ['Distributor'],
      wids: [GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID],
    });
    expect(r).toMatchObject({
      ok: true,
      value: { kind: 'partner_global_admin', roles: ['Distributor'] },
    });
  });

  it('drops unknown roles and role names in another case', () => {
    const r = toActor({ tid, oid, roles: ['Admin', 'programadmin', 'Reviewer '] });
    expect(r).toMatchObject({ ok: true, value: { kind: 'partner_user', roles: [] } });
  });

  it('normalizes GUIDs to lower case', () => {
    const r = toActor({ tid: tid.toUpperCase(), oid: ` ${oid.toUpperCase()} ` });
    expect(r).toMatchObject({ ok: true, value: { tenantId: tid, userId: oid } });
  });

  it('refuses an invalid tenant id, then an invalid user id', () => {
    expect(toActor({ tid: 'contoso', oid })).toEqual({
      ok: false,
      error: { code: 'identity.invalid_tenant_id' },
    });
    expect(toActor({ tid, oid: 'x' })).toEqual({
      ok: false,
      error: { code: 'identity.invalid_user_id' },
    });
  });

  it('refuses the personal Microsoft accounts tenant', () => {
    expect(toActor({ tid: '9188040d-6c67-4c5b-b112-36a304b66dad', oid })).toEqual({
      ok: false,
      error: { code: 'identity.personal_account_tenant' },
    });
  });

  describe('with a staff tenant', () => {
    const options = { staffTenantId: asTenant(staffTid) };
    it('accepts staff roles from the staff tenant', () => {
      expect(toActor({ tid: staffTid, oid, roles: ['Reviewer'] }, options)).toMatchObject({
        ok: true,
        value: { kind: 'reviewer' },
      });
    });
    it('refuses staff roles assigned in a partner tenant', () => {
      expect(toActor({ tid, oid, roles: ['ProgramAdmin'] }, options)).toEqual({
        ok: false,
        error: { code: 'identity.staff_role_outside_staff_tenant' },
      });
    });
    it('partners without staff roles are unaffected', () => {
      expect(toActor({ tid, oid, roles: ['Distributor'] }, options)).toMatchObject({
        ok: true,
        value: { kind: 'partner_user' },
      });
    });
  });

  it('fuzz: never throws on arbitrary claims, and accepts only GUID tenant and user ids', () => {
    const guidLike = fc.oneof(fc.uuid(), hostileString);
    const claims = hostileRecord({
      tid: guidLike,
      oid: guidLike,
      roles: fc.array(
        fc.oneof(fc.constantFrom('Reviewer', 'ProgramAdmin', 'Distributor'), hostileString),
      ),
      wids: fc.array(fc.oneof(fc.constant(GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID), hostileString)),
    });
    fc.assert(
      fc.property(claims, (c) => {
        const r = toActor(c as ActorClaims);
        if (r.ok) {
          expect(r.value.tenantId).toMatch(
            /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
          );
          expect(r.value.userId).toMatch(
            /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
          );
          expect(r.value.kind).not.toBe('system');
        }
      }),
    );
  });

  it('does not read claims through a polluted prototype', () => {
    const claims = JSON.parse(`{"__proto__": {"tid": "${tid}", "oid": "${oid}"}}`) as ActorClaims;
    expect(toActor(claims).ok).toBe(false);
  });
});

describe('toSystemActor', () => {
  it('is the system kind with no app roles', () => {
    const t = asTenant(staffTid);
    const u = parseUserId(oid);
    expect(u.ok && toSystemActor(t, u.value)).toEqual({
      kind: 'system',
      tenantId: staffTid,
      userId: oid,
      roles: [],
    });
  });
});
