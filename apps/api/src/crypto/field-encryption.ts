import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/**
 * Envelope encryption of sensitive fields (bank details) with AES-256-GCM, from node:crypto: each
 * value gets its own random data key, which is stored wrapped by the key-encryption key from the
 * environment (DATA_ENCRYPTION_KEY, 32 bytes, base64). Rotating that key means re-wrapping the
 * data keys, not re-encrypting the data. `blindIndex` is a keyed HMAC (its key derived from the
 * same secret with HKDF) that finds equal values, e.g. the same IBAN on two partners, without
 * decrypting anything.
 */
export class FieldEncryption {
  private readonly keyEncryptionKey: Buffer;
  private readonly indexKey: Buffer;

  constructor(secretBase64: string) {
    const secret = Buffer.from(secretBase64, 'base64');
    if (secret.length !== 32) {
      throw new Error('DATA_ENCRYPTION_KEY must be 32 bytes, base64-encoded');
    }
    this.keyEncryptionKey = Buffer.from(hkdfSync('sha256', secret, '', 'hub:kek:v1', 32));
    this.indexKey = Buffer.from(hkdfSync('sha256', secret, '', 'hub:blind-index:v1', 32));
  }

  encrypt(plaintext: string): string {
    const dataKey = randomBytes(32);
    const wrapped = seal(this.keyEncryptionKey, dataKey);
    const sealed = seal(dataKey, Buffer.from(plaintext, 'utf8'));
    return [VERSION, wrapped, sealed].join('.');
  }

  decrypt(envelope: string): string {
    const [version, wrapped, sealed] = envelope.split('.');
    if (version !== VERSION || !wrapped || !sealed) {
      throw new Error('Not an encrypted field of a known version');
    }
    const dataKey = open(this.keyEncryptionKey, wrapped);
    return open(dataKey, sealed).toString('utf8');
  }

  blindIndex(value: string): string {
    return createHmac('sha256', this.indexKey).update(value).digest('hex');
  }
}

/** iv ~ tag ~ ciphertext, each base64url. */
function seal(key: Buffer, data: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(data), cipher.final()]);
  return [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url')).join('~');
}

function open(key: Buffer, sealed: string): Buffer {
  const [iv, tag, ciphertext] = sealed.split('~').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !ciphertext) {
    throw new Error('Damaged encrypted field');
  }
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
}
