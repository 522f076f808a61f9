import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { FieldEncryption } from './field-encryption.js';

const key = () => randomBytes(32).toString('base64');

describe('FieldEncryption', () => {
  it('round-trips a value and never stores it in the clear', () => {
    const fields = new FieldEncryption(key());
    const envelope = fields.encrypt('SE4550000000058398257466');
    expect(envelope).not.toContain('58398257466');
    expect(envelope.startsWith('v1.')).toBe(true);
    expect(fields.decrypt(envelope)).toBe('SE4550000000058398257466');
  });

  it('encrypts the same value differently each time (a random data key and IV)', () => {
    const fields = new FieldEncryption(key());
    expect(fields.encrypt('x')).not.toBe(fields.encrypt('x'));
  });

  it('refuses to open a value sealed under another key, or tampered with', () => {
    const envelope = new FieldEncryption(key()).encrypt('secret');
    expect(() => new FieldEncryption(key()).decrypt(envelope)).toThrow();
    const fields = new FieldEncryption(key());
    const sealed = fields.encrypt('secret');
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
    expect(() => fields.decrypt(tampered)).toThrow();
  });

  it('gives equal values the same blind index under one key, and different ones under another', () => {
    const secret = key();
    expect(new FieldEncryption(secret).blindIndex('SE45')).toBe(
      new FieldEncryption(secret).blindIndex('SE45'),
    );
    expect(new FieldEncryption(secret).blindIndex('SE45')).not.toBe(
      new FieldEncryption(key()).blindIndex('SE45'),
    );
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => new FieldEncryption(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
  });
});
