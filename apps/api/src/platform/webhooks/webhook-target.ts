import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Addresses a webhook must never reach in production: loopback, private, link-local, CGNAT, multicast, reserved. */
const UNSAFE = new BlockList();
for (const [network, prefix] of [
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
  UNSAFE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['::ffff:0:0', 96],
  ['64:ff9b::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  UNSAFE.addSubnet(network, prefix, 'ipv6');
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

function bare(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

export function isUnsafeAddress(address: string): boolean {
  const family = isIP(address);
  return family !== 0 && UNSAFE.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

function isLoopbackHost(host: string): boolean {
  const name = bare(host).toLowerCase();
  const family = isIP(name);
  if (family !== 0) {
    return LOOPBACK.check(name, family === 6 ? 'ipv6' : 'ipv4');
  }
  return name === 'localhost' || name.endsWith('.localhost');
}

/**
 * Why a webhook address is refused, or null when it is fine: https, no credentials in it; in production never a
 * loopback, private or otherwise internal address (by its literal; names are resolved again at each delivery).
 * Outside production, plain http is allowed to loopback only, for local receivers and tests.
 */
export function refusedTarget(raw: string, production: boolean): 'webhookUrl' | 'webhookTarget' | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'webhookUrl';
  }
  if (url.username || url.password || url.hash || !url.hostname) {
    return 'webhookUrl';
  }
  if (url.protocol === 'http:') {
    return !production && isLoopbackHost(url.hostname) ? null : 'webhookUrl';
  }
  if (url.protocol !== 'https:') {
    return 'webhookUrl';
  }
  if (production && (isLoopbackHost(url.hostname) || isUnsafeAddress(bare(url.hostname)))) {
    return 'webhookTarget';
  }
  return null;
}

/**
 * At delivery, in production: the host's addresses as resolved now, refused when any is internal (a name that
 * pointed outside when registered may point inside later).
 */
export async function unsafeResolution(url: string): Promise<string | null> {
  const host = bare(new URL(url).hostname);
  const addresses = isIP(host) ? [{ address: host }] : await lookup(host, { all: true });
  const unsafe = addresses.find((a) => isUnsafeAddress(a.address));
  return unsafe ? `refused: ${host} resolves to the internal address ${unsafe.address}` : null;
}
