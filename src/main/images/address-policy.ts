// Which network addresses an image download may reach. An article is untrusted: its
// image URLs must not make Folio probe the reader's own machine or network (a router's
// admin page, a printer), so loopback, private and link-local addresses are refused
// unless explicitly allowed (tests, and the CLI's --allow-local-hosts). The check runs
// on every address a name resolves to, at connect time, so DNS rebinding cannot slip by.
import { lookup } from 'node:dns';
import type { LookupAddress, LookupAllOptions, LookupOneOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/** refuse: public addresses only; loopback: also this machine (tests' own servers); allow: anything. */
export type LocalHosts = 'refuse' | 'loopback' | 'allow';

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

const LOCAL = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  LOCAL.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  // NAT64 addresses carry an IPv4 address that could be any of the above. (IPv4-mapped ones are
  // checked as the IPv4 address they carry: a BlockList rule for ::ffff:0:0/96 would match every IPv4 address.)
  ['64:ff9b::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  LOCAL.addSubnet(net, bits, 'ipv6');
}

export class AddressRefusedError extends Error {
  readonly code = 'FOLIO_ADDRESS_REFUSED';
}

/** The IPv4 address inside an IPv4-mapped IPv6 one (::ffff:10.0.0.1, or ::ffff:a00:1 as URLs write it). */
function mappedIpv4(address: string): string | null {
  const match = /^(?:0{0,4}:){0,5}:?ffff:(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i.exec(address);
  if (!match) return null;
  if (match[1]) return match[1];
  const high = parseInt(match[2] as string, 16);
  const low = parseInt(match[3] as string, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** Why an IP address may not be reached under the policy, or null when it may. */
export function addressRefusal(address: string, policy: LocalHosts): string | null {
  const family = isIP(address);
  if (family === 0 || policy === 'allow') return null;
  const checked = family === 6 ? (mappedIpv4(address) ?? address) : address;
  const type = isIP(checked) === 4 ? 'ipv4' : 'ipv6';
  if (!LOCAL.check(checked, type)) return null;
  if (policy === 'loopback' && LOOPBACK.check(checked, type)) return null;
  return `refused: ${address} is a local or private network address`;
}

/** The refusal for a URL's host before anything is resolved: a literal local address, or a name for this machine. */
export function hostRefusal(hostname: string, policy: LocalHosts): string | null {
  const bare = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (isIP(bare) !== 0) return addressRefusal(bare, policy);
  if (policy === 'refuse' && (bare === 'localhost' || bare.endsWith('.localhost'))) return `refused: ${bare} is this computer`;
  return null;
}

/** The first refusal among resolved addresses: one local answer is enough to refuse the host. */
export function resolvedRefusal(hostname: string, addresses: readonly string[], policy: LocalHosts): string | null {
  for (const address of addresses) {
    const refusal = addressRefusal(address, policy);
    if (refusal) return `${refusal} (${hostname})`;
  }
  return null;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A dns.lookup for net.connect that refuses local addresses: the connection goes to exactly the address checked. */
export function guardedLookup(policy: LocalHosts) {
  return (hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback): void => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refusal = resolvedRefusal(
        hostname,
        addresses.map((a) => a.address),
        policy,
      );
      if (refusal) return callback(new AddressRefusedError(refusal), []);
      const first = addresses[0];
      if (options.all) return callback(null, addresses);
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
      callback(null, first.address, first.family);
    });
  };
}
