import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { ProgramSettingChangeEntity } from '../../src/modules/program-settings/program-setting-change.entity.js';
import {
  asPersona,
  createPublishedProvider,
  expectStatus,
  type PersonaClient,
} from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

// Issue 8 item 3 and issue 9 item 4: the review target and the listing freshness are program
// settings a program admin changes (If-Match, bounds from the domain, a history), not deployment
// variables; a change takes effect at once.
describe('program settings', () => {
  let t: TestApp;
  let paul: PersonaClient;
  let rita: PersonaClient;
  let dana: PersonaClient;
  let ada: PersonaClient;

  const put = (who: PersonaClient, body: object, version: string, language = 'en') =>
    who
      .put('/api/program-settings', body, { 'if-match': version })
      .set('accept-language', language);
  const history = () =>
    t.app
      .get(DataSource)
      .getRepository(ProgramSettingChangeEntity)
      .find({ order: { id: 'ASC' } });

  beforeAll(async () => {
    t = await createTestApp();
    paul = asPersona(t, await t.tokenFor('program-admin'));
    rita = asPersona(t, await t.tokenFor('reviewer'));
    dana = asPersona(t, await t.tokenFor('distributor'));
    ada = asPersona(t, await t.tokenFor('contoso-admin'));
    // Dana's listing was last confirmed 130 days ago: current under the default 180 days.
    await createPublishedProvider(t, { lastConfirmedAt: daysAgo(130) });
  });
  afterAll(() => t.close());

  it('starts at the program’s defaults, with their bounds; staff read them', async () => {
    const read = expectStatus(await rita.get('/api/program-settings'), 200);
    expect(read.headers['etag']).toBe('"1"');
    expect(read.body).toMatchObject({
      version: 1,
      reviewTargetBusinessDays: { indirect_reseller: 5, direct_bill: 5 },
      listingConfirmEveryDays: 180,
      listingHideAfterDays: 30,
      bounds: {
        reviewTargetBusinessDays: { min: 1, max: 60, default: 5 },
        listingConfirmEveryDays: { min: 30, max: 730, default: 180 },
        listingHideAfterDays: { min: 7, max: 180, default: 30 },
      },
      changes: [],
    });
    expect((await ada.get('/api/program-settings')).status).toBe(403);
    expect((await dana.get('/api/program-settings')).status).toBe(403);
  });

  it('refuses a value out of bounds in the caller’s language, and writes nothing', async () => {
    const refused = await put(
      paul,
      { reviewTargetBusinessDays: { direct_bill: 7 }, listingConfirmEveryDays: 10 },
      '"1"',
      'sv',
    );
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      code: 'settings.out_of_range',
      details: { field: 'listingConfirmEveryDays', min: 30, max: 730 },
    });
    expect(refused.body.message).toContain('ska vara ett helt antal dagar från 30 till 730');
    const read = expectStatus(await paul.get('/api/program-settings'), 200);
    expect(read.body.reviewTargetBusinessDays.direct_bill).toBe(5);
    expect(read.body.version).toBe(1);
    expect(await history()).toEqual([]);

    expect((await put(paul, { listingHideAfterDays: 7.5 }, '"1"')).status).toBe(400);
    const extra = await put(paul, { version: 9 }, '"1"');
    expect(extra.status).toBe(400);
    expect(JSON.stringify(extra.body)).toContain('version');
  });

  it('is the program admins’ to change, under If-Match', async () => {
    expect((await put(rita, { listingConfirmEveryDays: 120 }, '"1"')).status).toBe(403);
    expect((await put(paul, { listingConfirmEveryDays: 120 }, '"7"')).status).toBe(412);
    expect((await paul.put('/api/program-settings', { listingConfirmEveryDays: 120 })).status).toBe(
      428,
    );
  });

  it('changes the values, records who changed what, and takes effect at once', async () => {
    const before = expectStatus(await dana.get('/api/providers/mine'), 200);
    expect(before.body.freshness.state).toBe('current');

    const changed = expectStatus(
      await put(
        paul,
        {
          reviewTargetBusinessDays: { direct_bill: 7, indirect_reseller: 5 },
          listingConfirmEveryDays: 120,
        },
        '"1"',
      ),
      200,
    );
    expect(changed.headers['etag']).toBe('"2"');
    expect(changed.body).toMatchObject({
      version: 2,
      reviewTargetBusinessDays: { indirect_reseller: 5, direct_bill: 7 },
      listingConfirmEveryDays: 120,
      listingHideAfterDays: 30,
    });
    // Only what changed is on the record (indirect_reseller stayed 5), newest first.
    expect(changed.body.changes).toEqual([
      expect.objectContaining({
        setting: 'listingConfirmEveryDays',
        program: null,
        valueBefore: 180,
        valueAfter: 120,
      }),
      expect.objectContaining({
        setting: 'reviewTargetBusinessDays',
        program: 'direct_bill',
        valueBefore: 5,
        valueAfter: 7,
      }),
    ]);
    const rows = await history();
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.actorName === 'Paul Admin')).toBe(true);

    // Dana's listing, confirmed 130 days ago, is now due.
    const after = expectStatus(await dana.get('/api/providers/mine'), 200);
    expect(after.body.freshness.state).toBe('due');

    // The same answer again changes nothing and keeps the version.
    const same = expectStatus(await put(paul, { listingConfirmEveryDays: 120 }, '"2"'), 200);
    expect(same.body.version).toBe(2);
    expect(await history()).toHaveLength(2);
  });

  it('serializes concurrent changes: one wins, the other is told the record moved', async () => {
    const answers = await Promise.all(
      [45, 60].map((days) =>
        put(paul, { listingHideAfterDays: days }, '"2"').set('idempotency-key', randomUUID()),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 412]);
  });
});
