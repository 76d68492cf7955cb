// Which addresses an article's image may make Folio reach: never this machine or
// the reader's network, unless explicitly allowed.
import { describe, expect, it } from 'vitest';
import { addressRefusal, hostRefusal } from '../../../src/main/images/address-policy';

describe('address policy', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '0.0.0.0',
    '100.64.0.1',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    '::ffff:192.168.0.1',
    '::ffff:7f00:1',
  ])('refuses %s by default', (address) => {
    expect(addressRefusal(address, 'refuse')).toMatch(/is a local or private network address/);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '192.169.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])('lets %s through', (address) => {
    expect(addressRefusal(address, 'refuse')).toBeNull();
  });

  it('lets tests reach loopback only, and --allow-local-hosts anything', () => {
    expect(addressRefusal('127.0.0.1', 'loopback')).toBeNull();
    expect(addressRefusal('::1', 'loopback')).toBeNull();
    expect(addressRefusal('10.0.0.1', 'loopback')).not.toBeNull();
    expect(addressRefusal('192.168.1.1', 'allow')).toBeNull();
  });

  it('refuses literal hosts in URL form and names for this computer before any lookup', () => {
    expect(hostRefusal('[::1]', 'refuse')).not.toBeNull();
    expect(hostRefusal('localhost', 'refuse')).toMatch(/this computer/);
    expect(hostRefusal('printer.localhost', 'refuse')).not.toBeNull();
    expect(hostRefusal('cdn.example.com', 'refuse')).toBeNull();
  });
});
