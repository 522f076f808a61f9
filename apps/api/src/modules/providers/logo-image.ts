import { createHash } from 'node:crypto';
import sharp, { type OutputInfo } from 'sharp';
import { DomainError } from '../../http/domain-error.js';
import { LOGO_MAX_BYTES, LOGO_MAX_INPUT_PIXELS } from '../../http/binary-body.js';

/** A logo is shown in a box of at most this many pixels a side. */
export const LOGO_BOX = 256;

/** What every stored logo is: re-encoded, so no uploaded byte (script, metadata) is ever served. */
export const LOGO_CONTENT_TYPE = 'image/webp';

export type LogoImage = {
  /** The hex SHA-256 of `bytes`. */
  readonly id: string;
  readonly bytes: Buffer;
  readonly width: number;
  readonly height: number;
};

type ImageKind = 'png' | 'jpeg' | 'webp';

/**
 * The kind of image these bytes are, read from their magic numbers (never from a name or a
 * header): PNG, JPEG or WebP; anything else (SVG, GIF, TIFF, HEIF, PDF, text) is undefined. Only
 * these reach the decoder, so none of libvips' other loaders ever sees an upload.
 */
export function sniffImageKind(bytes: Uint8Array): ImageKind | undefined {
  const starts = (offset: number, signature: readonly number[]) =>
    signature.every((byte, index) => bytes[offset + index] === byte);
  if (starts(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return 'png';
  }
  if (starts(0, [0xff, 0xd8, 0xff])) {
    return 'jpeg';
  }
  // RIFF....WEBP
  if (starts(0, [0x52, 0x49, 0x46, 0x46]) && starts(8, [0x57, 0x45, 0x42, 0x50])) {
    return 'webp';
  }
  return undefined;
}

/**
 * An uploaded logo as it is stored: sniffed (`provider.logo_not_image`, 415), at most
 * LOGO_MAX_BYTES (413; the body parser stops reading past it) and LOGO_MAX_INPUT_PIXELS,
 * decoded in full (a damaged or truncated file: `provider.logo_corrupt`, 400), turned upright
 * by its EXIF orientation, shrunk into a LOGO_BOX square (never enlarged) and re-encoded as
 * WebP without metadata (camera data, location, colour profiles are dropped).
 */
export async function toLogoImage(body: unknown): Promise<LogoImage> {
  if (!Buffer.isBuffer(body) || sniffImageKind(body) === undefined) {
    throw new DomainError('provider.logo_not_image');
  }
  if (body.length > LOGO_MAX_BYTES) {
    throw tooLarge();
  }
  let output: { data: Buffer; info: OutputInfo };
  try {
    output = await sharp(body, { limitInputPixels: LOGO_MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ width: LOGO_BOX, height: LOGO_BOX, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 90 })
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw /pixel limit/i.test(String(error))
      ? tooLarge()
      : new DomainError('provider.logo_corrupt');
  }
  return {
    id: createHash('sha256').update(output.data).digest('hex'),
    bytes: output.data,
    width: output.info.width,
    height: output.info.height,
  };
}

const tooLarge = () =>
  new DomainError('provider.logo_too_large', {
    maxBytes: LOGO_MAX_BYTES,
    maxPixels: LOGO_MAX_INPUT_PIXELS,
  });
