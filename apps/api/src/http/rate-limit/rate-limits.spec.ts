import { describe, expect, it } from '@jest/globals';
import { addressKey } from './rate-limits.js';

describe('addressKey', () => {
  it('keeps an IPv4 address, the IPv4-mapped IPv6 form included', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('keys an IPv6 address by its /64, however it is written', () => {
    expect(addressKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('::1')).toBe('::/64');
  });

  it('passes anything else through as it is', () => {
    expect(addressKey('unknown')).toBe('unknown');
  });
});
