import { MAX_ATTACHMENT_BYTES } from '@hub/domain';
import type { FastifyInstance } from 'fastify';
import { DomainError } from './domain-error.js';

/** A logo upload is at most 2 MiB: more is refused while it arrives, before it is all read. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;

/** A decoded logo has at most 40 megapixels (a decompression bomb is refused before decoding). */
export const LOGO_MAX_INPUT_PIXELS = 40_000_000;

type BinaryRoute = { readonly maxBytes: number; readonly tooLarge: () => DomainError };

/**
 * The routes that take a file as their body, and how large it may be: the distributor's logo
 * upload, and an application's attachment (issue 8: PDF, PNG or JPEG up to 10 MB). Anywhere
 * else such a body is refused as an unsupported media type, like any body that is not JSON.
 */
const BINARY_BODY_ROUTES: ReadonlyMap<string, BinaryRoute> = new Map([
  [
    '/api/providers/mine/logos',
    {
      maxBytes: LOGO_MAX_BYTES,
      tooLarge: () =>
        new DomainError('provider.logo_too_large', {
          maxBytes: LOGO_MAX_BYTES,
          maxPixels: LOGO_MAX_INPUT_PIXELS,
        }),
    },
  ],
  [
    '/api/enrollments/:id/attachments',
    {
      maxBytes: MAX_ATTACHMENT_BYTES,
      tooLarge: () =>
        new DomainError('attachment.too_large', { maxMegabytes: MAX_ATTACHMENT_BYTES / 1048576 }),
    },
  ],
]);

/**
 * Reads an `image/*`, `application/pdf` or untyped `application/octet-stream` body as bytes,
 * counting them as they come: a declared or actual size over the route's limit is refused
 * (413) without reading the rest. Every such content type is taken, so that what the body
 * really is gets decided by sniffing its bytes, never by the header, and the refusal says why.
 */
export function addBinaryBodyParser(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(
    /^(image\/[\w.+-]+|application\/pdf|application\/octet-stream)$/i,
    (request, payload, done) => {
      const route = BINARY_BODY_ROUTES.get(request.routeOptions.url ?? '');
      if (route === undefined) {
        payload.resume();
        done(new DomainError('http.unsupported_media_type'), undefined);
        return;
      }
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared > route.maxBytes) {
        payload.resume();
        done(route.tooLarge(), undefined);
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      let finished = false;
      const finish = (error: Error | null, body?: Buffer) => {
        if (!finished) {
          finished = true;
          done(error, body);
        }
      };
      payload.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > route.maxBytes) {
          chunks.length = 0;
          finish(route.tooLarge());
        } else if (!finished) {
          chunks.push(chunk);
        }
      });
      payload.on('end', () => finish(null, Buffer.concat(chunks)));
      payload.on('error', (error) => finish(error));
    },
  );
}
