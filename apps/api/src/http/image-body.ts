import type { FastifyInstance } from 'fastify';
import { DomainError } from './domain-error.js';

/** A logo upload is at most 2 MiB: more is refused while it arrives, before it is all read. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;

/**
 * The routes that take an image as their body (the distributor's logo upload). Anywhere else an
 * image body is refused as an unsupported media type, like any body that is not JSON.
 */
const IMAGE_BODY_ROUTES: ReadonlySet<string> = new Set(['/api/providers/mine/logos']);

/**
 * Reads an `image/*` (or untyped `application/octet-stream`) body as bytes, counting them as they come: a declared or actual size over
 * LOGO_MAX_BYTES is `provider.logo_too_large` (413) without reading the rest. Every image
 * content type is taken (SVG too), so that what the body really is gets decided by sniffing its
 * bytes (./modules/providers/logo-image.ts), never by the header, and the refusal says why.
 */
export function addImageBodyParser(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(
    /^(image\/[\w.+-]+|application\/octet-stream)$/i,
    (request, payload, done) => {
      if (!IMAGE_BODY_ROUTES.has(request.routeOptions.url ?? '')) {
        payload.resume();
        done(new DomainError('http.unsupported_media_type'), undefined);
        return;
      }
      const tooLarge = () =>
        new DomainError('provider.logo_too_large', {
          maxBytes: LOGO_MAX_BYTES,
          maxPixels: LOGO_MAX_INPUT_PIXELS,
        });
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared > LOGO_MAX_BYTES) {
        payload.resume();
        done(tooLarge(), undefined);
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
        if (size > LOGO_MAX_BYTES) {
          chunks.length = 0;
          finish(tooLarge());
        } else if (!finished) {
          chunks.push(chunk);
        }
      });
      payload.on('end', () => finish(null, Buffer.concat(chunks)));
      payload.on('error', (error) => finish(error));
    },
  );
}

/** A decoded logo has at most 40 megapixels (a decompression bomb is refused before decoding). */
export const LOGO_MAX_INPUT_PIXELS = 40_000_000;
