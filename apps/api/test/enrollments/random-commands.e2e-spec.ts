// Random command sequences, as random personas, through the HTTP API: whatever is sent, the
// enrollment only ever moves along its program's transition table, every success is exactly one
// version step and one audit row, nothing answers 5xx, and every audit chain verifies.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { enrollmentTables, requiredVerificationChecks, type EnrollmentProgram } from '@hub/domain';
import fc from 'fast-check';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { verifyAuditChains } from '../../src/modules/audit/audit.service.js';
import { EnrollmentEntity } from '../../src/modules/enrollments/enrollment.entity.js';
import { createEnrollment, createPartner, createRevenue } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const personas = [
  'contoso-admin',
  'contoso-user',
  'fabrikam-admin',
  'reviewer',
  'program-admin',
  'distributor',
] as const;
const commands = [
  'submit',
  'start-review',
  'request-information',
  'answer-information',
  'verify',
  'reject',
  'withdraw',
  'request-credit-check',
  'pass-credit-check',
  'fail-credit-check',
  'record-support-plan',
  'accept-agreement',
  'activate',
] as const;
/**
 * A step: any command as any persona, or (guided) one of the commands the table has from the
 * current state, as one of the personas it names, so that sequences also get deep into the
 * lifecycle; or someone recording every required check as passed.
 */
const step = fc.record({
  persona: fc.constantFrom(...personas),
  command: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...commands) },
    { weight: 4, arbitrary: fc.constant('guided' as const) },
    { weight: 1, arbitrary: fc.constant('pass-all-checks' as const) },
  ),
  pick: fc.nat(),
  blank: fc.oneof(
    { weight: 4, arbitrary: fc.constant(false) },
    { weight: 1, arbitrary: fc.constant(true) },
  ),
});

const personaOfKind: Record<string, (typeof personas)[number]> = {
  partner_global_admin: 'contoso-admin',
  partner_user: 'contoso-user',
  reviewer: 'reviewer',
  program_admin: 'program-admin',
  system: 'program-admin',
};

const bodies = (command: string, blank: boolean): object => {
  const text = blank ? ' ' : 'Please send the registration certificate.';
  switch (command) {
    case 'request-information':
      return { reasonCode: 'business_documents', message: text };
    case 'answer-information':
      return { message: text };
    case 'reject':
      return { reasonCode: 'business_unverifiable', reason: text };
    case 'record-support-plan':
      return { plan: blank ? 'asfp' : 'psfp' };
    case 'accept-agreement':
      return {
        version: '2019-09',
        signatory: {
          name: 'Ada Lindqvist',
          title: 'CEO',
          email: blank ? 'ada@gmail.com' : 'ada@contoso.com',
        },
      };
    default:
      return {};
  }
};

describe('random command sequences through the API', () => {
  let t: TestApp;
  const tokens = new Map<string, string>();
  let partners: Record<EnrollmentProgram, Awaited<ReturnType<typeof createPartner>>>;
  beforeAll(async () => {
    t = await createTestApp();
    for (const persona of personas) {
      tokens.set(persona, await t.tokenFor(persona));
    }
    const contoso = await createPartner(t);
    await createRevenue(t, contoso, { months: 12, usdPerMonth: 100_000 });
    partners = { indirect_reseller: contoso, direct_bill: contoso };
  });
  afterAll(() => t.close());

  it('keeps every enrollment on its table, one version and one audit row per success, no 5xx', async () => {
    const dataSource = t.app.get(DataSource);
    const staff = tokens.get('reviewer')!;
    const seen = { commands: 0, successes: 0, statuses: new Map<number, number>() };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<EnrollmentProgram>('indirect_reseller', 'direct_bill'),
        fc.array(step, { minLength: 5, maxLength: 20 }),
        async (program, steps) => {
          const enrollment = await createEnrollment(t, partners[program], {
            program,
            eligibilityAnswers: {
              hasSigningAuthority: true,
              providesFirstLevelSupport: true,
              hasBillingInfrastructure: true,
              solutionsPartnerDesignations: 1,
              securityRequirementsMet: true,
              indirectResellerSince: '2020-01-01',
            },
          });
          const path = `/api/enrollments/${enrollment.id}`;
          let rows = 0;
          for (const chosen of steps) {
            const before = await dataSource
              .getRepository(EnrollmentEntity)
              .findOneByOrFail({ id: enrollment.id });
            const { blank } = chosen;
            let { persona } = chosen;
            let command: string = chosen.command;
            if (command === 'guided') {
              const from = table(program).transitions.filter(
                (tr) =>
                  tr.from === before.state &&
                  tr.command !== 'update_draft' &&
                  tr.command !== 'transition_to_indirect',
              );
              const transition = from[chosen.pick % Math.max(1, from.length)];
              command = transition ? transition.command.replaceAll('_', '-') : 'submit';
              persona = transition
                ? personaOfKind[transition.actors[chosen.pick % transition.actors.length]!]!
                : persona;
            }
            const token = tokens.get(persona)!;
            let response: request.Response | undefined;
            if (command === 'pass-all-checks') {
              for (const check of requiredVerificationChecks(program)) {
                const current = await request(t.server)
                  .get(path)
                  .set('authorization', `Bearer ${staff}`);
                response = await request(t.server)
                  .post(`${path}/checks`)
                  .set({
                    authorization: `Bearer ${token}`,
                    'if-match': String(current.headers['etag']),
                  })
                  .send({ check, status: 'passed' });
                // Recording a check as it already stands changes nothing: no version, no row.
                if (
                  response.status === 200 &&
                  response.headers['etag'] !== current.headers['etag']
                ) {
                  rows += 1;
                }
              }
            } else {
              response = await request(t.server)
                .post(`${path}/${command}`)
                .set({ authorization: `Bearer ${token}`, 'if-match': `"${before.version}"` })
                .send(bodies(command, blank));
            }
            if (response === undefined) {
              throw new Error('no request was sent');
            }
            seen.commands += 1;
            seen.statuses.set(response.status, (seen.statuses.get(response.status) ?? 0) + 1);
            expect(response.status).toBeLessThan(500);
            const after = await dataSource
              .getRepository(EnrollmentEntity)
              .findOneByOrFail({ id: enrollment.id });
            if (command !== 'pass-all-checks') {
              if (response.status === 200) {
                seen.successes += 1;
                const table = enrollmentTables[program];
                const transition = table.transitions.find(
                  (tr) => tr.from === before.state && tr.command === command.replaceAll('-', '_'),
                );
                expect(transition).toBeDefined();
                // accept-agreement also activates, as the hub, in the same request.
                const expected = command === 'accept-agreement' ? 'active' : transition!.to;
                expect(after.state).toBe(expected);
                expect(after.version).toBe(
                  before.version + (command === 'accept-agreement' ? 2 : 1),
                );
                rows += command === 'accept-agreement' ? 2 : 1;
              } else {
                expect({ state: after.state, version: after.version }).toEqual({
                  state: before.state,
                  version: before.version,
                });
              }
            }
            expect(table(program).states).toContain(after.state);
          }
          const audit = await dataSource.query<{ n: string }[]>(
            'SELECT count(*) n FROM audit_events WHERE enrollment_id = $1',
            [enrollment.id],
          );
          expect(Number(audit[0]?.n)).toBe(rows);
        },
      ),
      { numRuns: 100 },
    );
    const chains = await verifyAuditChains(dataSource);
    expect(chains.broken).toBeUndefined();
    expect(seen.commands).toBeGreaterThanOrEqual(1000);
    // Not only refusals: the sequences reach real transitions.
    expect(seen.successes).toBeGreaterThan(100);
    console.log(
      `random commands: ${seen.commands} sent, ${seen.successes} succeeded, statuses ${JSON.stringify(Object.fromEntries(seen.statuses))}`,
    );
  }, 600_000);
});

const table = (program: EnrollmentProgram) => enrollmentTables[program];
