// Files with an application (issue 8 items 5 and 6) on the real app and PostgreSQL: the partner
// answers a request for information with files, a reviewer keeps evidence with a check. The
// type comes from the bytes; a lie about it, a file too big or a caller who may not add one gets
// a 4xx and nothing is stored.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { tenants } from '@hub/devstack';
import sharp from 'sharp';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { EnrollmentAttachmentsService } from '../../src/modules/enrollments/enrollment-attachments.service.js';
import {
  asPersona,
  createEnrollment,
  createPartner,
  expectStatus,
  type PersonaClient,
} from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

describe('files with an application', () => {
  let t: TestApp;
  let ada: PersonaClient; // Contoso's global admin
  let bo: PersonaClient; // a Contoso user
  let farid: PersonaClient; // Fabrikam's global admin
  let rita: PersonaClient; // a reviewer
  let tokens: Record<string, string>;
  let id: string;
  let png: Buffer;
  let jpeg: Buffer;

  const rows = async (): Promise<number> => {
    const [row] = await t.app
      .get(DataSource)
      .query<{ n: number }[]>('SELECT count(*)::int AS n FROM enrollment_attachments');
    return row!.n;
  };

  /** POST the bytes as the body, the name and purpose in the query. */
  const upload = (
    persona: string,
    body: Buffer | string,
    query: string,
    contentType = 'application/octet-stream',
  ) =>
    request(t.server)
      .post(`/api/enrollments/${id}/attachments?${query}`)
      .set('authorization', `Bearer ${tokens[persona]!}`)
      .set('content-type', contentType)
      .send(body);

  beforeAll(async () => {
    t = await createTestApp();
    tokens = {};
    for (const persona of ['contoso-admin', 'contoso-user', 'fabrikam-admin', 'reviewer']) {
      tokens[persona] = await t.tokenFor(persona);
    }
    ada = asPersona(t, tokens['contoso-admin']!);
    bo = asPersona(t, tokens['contoso-user']!);
    farid = asPersona(t, tokens['fabrikam-admin']!);
    rita = asPersona(t, tokens['reviewer']!);
    const contoso = await createPartner(t);
    await createPartner(t, {
      tenantId: tenants.fabrikam.id,
      legalName: 'Fabrikam Oy',
      partnerId: '7654321',
      adminEmail: 'farid@fabrikam.com',
      bankBlindIndex: null,
    });
    id = (await createEnrollment(t, contoso, { state: 'info_requested' })).id;
    png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#0078d4' } })
      .png()
      .toBuffer();
    jpeg = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#107c10' } })
      .jpeg()
      .toBuffer();
  });
  afterAll(() => t.close());

  let pdfId: string;
  let pngId: string;

  it('stores the partner admin’s upload with the type its bytes show, once per file', async () => {
    const first = expectStatus(
      await upload(
        'contoso-admin',
        PDF,
        'name=Bolagsverket%20extract.pdf&purpose=answer',
        'application/pdf',
      ),
      201,
    );
    expect(first.body).toEqual(
      expect.objectContaining({
        enrollmentId: id,
        purpose: 'answer',
        check: null,
        fileName: 'Bolagsverket extract.pdf',
        mediaType: 'application/pdf',
        sizeBytes: PDF.length,
        uploadedBy: { name: expect.any(String), side: 'partner' },
        attachedAt: null,
      }),
    );
    pdfId = first.body.id;
    // The same bytes again (a retried upload) answer the same upload.
    const again = expectStatus(
      await upload('contoso-admin', PDF, 'name=Bolagsverket%20extract.pdf&purpose=answer'),
      201,
    );
    expect(again.body.id).toBe(pdfId);
    // No name claimed a type: the bytes decide it.
    const image = expectStatus(
      await upload('contoso-admin', png, 'name=org-chart&purpose=answer'),
      201,
    );
    expect(image.body.mediaType).toBe('image/png');
    pngId = image.body.id;
    expect(await rows()).toBe(2);
  });

  it.each([
    [
      'PNG bytes named .pdf',
      () => png,
      'name=invoice.pdf&purpose=answer',
      undefined,
      415,
      'attachment.type_mismatch',
    ],
    [
      'PDF bytes declared image/png',
      () => PDF,
      'name=scan&purpose=answer',
      'image/png',
      415,
      'attachment.type_mismatch',
    ],
    [
      'JPEG bytes named .png',
      () => jpeg,
      'name=photo.png&purpose=answer',
      'image/jpeg',
      415,
      'attachment.type_mismatch',
    ],
    [
      'a Windows program named .pdf',
      () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512, 0x90)]),
      'name=report.pdf&purpose=answer',
      'application/pdf',
      415,
      'attachment.type_not_allowed',
    ],
    [
      'plain text',
      () => Buffer.from('just some words\n'),
      'name=notes.txt&purpose=answer',
      undefined,
      415,
      'attachment.type_not_allowed',
    ],
    [
      'an empty body',
      () => Buffer.alloc(0),
      'name=empty.pdf&purpose=answer',
      'application/pdf',
      400,
      'attachment.empty',
    ],
    [
      'a path as its name',
      () => PDF,
      'name=..%2F..%2Fetc%2Fpasswd.pdf&purpose=answer',
      undefined,
      400,
      'attachment.invalid_name',
    ],
    [
      'evidence with no check',
      () => PDF,
      'name=a.pdf&purpose=evidence',
      undefined,
      403,
      'attachment.actor_not_allowed',
    ],
  ] as const)('refuses %s and stores nothing', async (_case, body, query, type, status, code) => {
    const before = await rows();
    const response = await upload('contoso-admin', body(), query, type);
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(response.body.message).toEqual(expect.any(String));
    expect(await rows()).toBe(before);
  });

  it('refuses a file over 10 MB while it arrives (413), and stores nothing', async () => {
    const before = await rows();
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024, 0x20)]);
    const response = await upload(
      'contoso-admin',
      big,
      'name=big.pdf&purpose=answer',
      'application/pdf',
    );
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ code: 'attachment.too_large' });
    expect(await rows()).toBe(before);
  });

  it('refuses a JSON body, a missing name or purpose, and a foreign field in the query', async () => {
    const json = await ada.post(`/api/enrollments/${id}/attachments?name=a.pdf&purpose=answer`, {
      file: 'JVBERi0=',
    });
    expect(json.status).toBe(415);
    for (const query of ['purpose=answer', 'name=a.pdf', 'name=a.pdf&purpose=answer&tenantId=x']) {
      expect((await upload('contoso-admin', PDF, query)).status).toBe(400);
    }
  });

  it('lets only the partner’s global admin add an answer’s file, and hides the application from others', async () => {
    const before = await rows();
    const asUser = await upload('contoso-user', PDF, 'name=a.pdf&purpose=answer');
    expect(asUser.status).toBe(403);
    expect(asUser.body.code).toBe('attachment.actor_not_allowed');
    expect((await upload('reviewer', PDF, 'name=a.pdf&purpose=answer')).status).toBe(403);
    expect((await upload('fabrikam-admin', PDF, 'name=a.pdf&purpose=answer')).status).toBe(404);
    expect(await rows()).toBe(before);
    // An upload not yet sent is its uploader's alone.
    expect((await bo.get(`/api/enrollments/${id}/attachments`).expect(200)).body).toEqual([]);
    expect((await rita.get(`/api/enrollments/${id}/attachments`).expect(200)).body).toEqual([]);
    expect((await farid.get(`/api/enrollments/${id}/attachments`)).status).toBe(404);
  });

  it('attaches the files with the answer, in its audit row, for the partner and the reviewer', async () => {
    const answered = expectStatus(
      await ada.command(id, 'answer-information', {
        message: 'The extract and our org chart are attached.',
        attachmentIds: [pdfId, pngId],
      }),
      200,
    );
    expect(answered.body.state).toBe('submitted');
    const timeline = await rita.get(`/api/enrollments/${id}/timeline`).expect(200);
    const answer = (timeline.body as { command: string; details: Record<string, unknown> }[]).find(
      (entry) => entry.command === 'answer_information',
    );
    expect(answer?.details['attachments']).toEqual([
      {
        id: pdfId,
        fileName: 'Bolagsverket extract.pdf',
        mediaType: 'application/pdf',
        sizeBytes: PDF.length,
      },
      { id: pngId, fileName: 'org-chart', mediaType: 'image/png', sizeBytes: png.length },
    ]);
    for (const persona of [bo, rita]) {
      const list = await persona.get(`/api/enrollments/${id}/attachments`).expect(200);
      expect(
        (list.body as { id: string; attachedAt: string | null }[]).map((a) => [
          a.id,
          a.attachedAt !== null,
        ]),
      ).toEqual([
        [pdfId, true],
        [pngId, true],
      ]);
    }
  });

  it('serves a file’s bytes as a download to who may see it, and 404 to anyone else', async () => {
    const response = await bo
      .get(`/api/enrollments/${id}/attachments/${pdfId}/content`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(Buffer.compare(response.body as Buffer, PDF)).toBe(0);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Bolagsverket extract.pdf"; filename*=UTF-8''Bolagsverket%20extract.pdf`,
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toContain('no-store');
    expect((await farid.get(`/api/enrollments/${id}/attachments/${pdfId}/content`)).status).toBe(
      404,
    );
    expect((await bo.get(`/api/enrollments/${id}/attachments/not-a-uuid/content`)).status).toBe(
      404,
    );
  });

  it('refuses to attach a file twice, or another person’s upload, and changes nothing', async () => {
    expectStatus(await rita.command(id, 'start-review'), 200);
    const before = (await rita.get(`/api/enrollments/${id}`).expect(200)).body.version as number;
    // A reviewer cannot record a check with the partner's answer files as its evidence.
    const current = await rita.get(`/api/enrollments/${id}`).expect(200);
    const reused = await rita.post(
      `/api/enrollments/${id}/checks`,
      { check: 'business', status: 'passed', attachmentIds: [pdfId] },
      { 'if-match': String(current.headers['etag']) },
    );
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({ code: 'attachment.unusable', details: { id: pdfId } });
    const after = await rita.get(`/api/enrollments/${id}`).expect(200);
    expect(after.body.version).toBe(before);
    expect(
      (after.body.checks as { status: string }[]).every((check) => check.status === 'pending'),
    ).toBe(true);
  });

  it('keeps a reviewer’s evidence with its check, seen by staff and never by the partner', async () => {
    const evidence = expectStatus(
      await upload(
        'reviewer',
        jpeg,
        'name=Bolagsverket%20lookup.jpg&purpose=evidence&check=business',
      ),
      201,
    );
    expect(evidence.body).toMatchObject({
      purpose: 'evidence',
      check: 'business',
      mediaType: 'image/jpeg',
      uploadedBy: { side: 'microsoft' },
    });
    // Evidence for a check this program does not have, or with no check named, is refused.
    expect(
      (await upload('reviewer', jpeg, 'name=a.jpg&purpose=evidence&check=revenue')).status,
    ).toBe(409);
    expect((await upload('reviewer', jpeg, 'name=a.jpg&purpose=evidence')).body.code).toBe(
      'attachment.check_required',
    );
    const current = await rita.get(`/api/enrollments/${id}`).expect(200);
    const recorded = expectStatus(
      await rita.post(
        `/api/enrollments/${id}/checks`,
        {
          check: 'business',
          status: 'passed',
          note: 'Registered at Bolagsverket, 556036-0793.',
          attachmentIds: [evidence.body.id],
        },
        { 'if-match': String(current.headers['etag']) },
      ),
      200,
    );
    expect(recorded.body.checks).toContainEqual(
      expect.objectContaining({ check: 'business', status: 'passed' }),
    );
    const timeline = await rita.get(`/api/enrollments/${id}/timeline`).expect(200);
    const row = (timeline.body as { command: string; details: Record<string, unknown> }[]).at(-1);
    expect(row).toMatchObject({
      command: 'record_check',
      details: {
        check: 'business',
        attachments: [
          { id: evidence.body.id, fileName: 'Bolagsverket lookup.jpg', mediaType: 'image/jpeg' },
        ],
      },
    });
    const staffList = await rita.get(`/api/enrollments/${id}/attachments`).expect(200);
    expect((staffList.body as { id: string }[]).map((a) => a.id)).toEqual([
      pdfId,
      pngId,
      evidence.body.id,
    ]);
    const partnerList = await ada.get(`/api/enrollments/${id}/attachments`).expect(200);
    expect((partnerList.body as { id: string }[]).map((a) => a.id)).toEqual([pdfId, pngId]);
    expect(
      (await ada.get(`/api/enrollments/${id}/attachments/${evidence.body.id}/content`)).status,
    ).toBe(404);
    // The partner's timeline shows the check, not the names of its evidence.
    const partnerTimeline = await ada.get(`/api/enrollments/${id}/timeline`).expect(200);
    const seen = (
      partnerTimeline.body as { command: string; details: Record<string, unknown> }[]
    ).at(-1);
    expect(seen).toMatchObject({ command: 'record_check', details: { check: 'business' } });
    expect(seen?.details).not.toHaveProperty('attachments');
  });

  it('prunes uploads no answer or check took after a day, and keeps every attached file', async () => {
    const pending = expectStatus(
      await upload('reviewer', png, 'name=draft.png&purpose=evidence&check=employment'),
      201,
    );
    const service = t.app.get(EnrollmentAttachmentsService);
    expect(await service.prune(new Date())).toBe(0);
    expect(await service.prune(new Date(Date.now() + 25 * 3600_000))).toBe(1);
    const left = await rita.get(`/api/enrollments/${id}/attachments`).expect(200);
    expect((left.body as { id: string }[]).map((a) => a.id)).not.toContain(pending.body.id);
    expect(left.body).toHaveLength(3);
  });
});
