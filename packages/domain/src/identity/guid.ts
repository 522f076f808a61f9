const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A GUID in its canonical form (8-4-4-4-12 hexadecimal digits, lower case, as Entra ID tokens carry
 * them), or undefined. Upper case and surrounding spaces are accepted; braces and the nil GUID
 * are not.
 */
export function toCanonicalGuid(input: unknown): string | undefined {
  if (typeof input !== 'string' || input.length > 64) {
    return undefined;
  }
  const value = input.trim().toLowerCase();
  if (!guidPattern.test(value) || value === '00000000-0000-0000-0000-000000000000') {
    return undefined;
  }
  return value;
}
