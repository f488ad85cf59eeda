import ipaddr from 'ipaddr.js';

/**
 * Only public unicast addresses may be fetched: no loopback, private (RFC 1918, ULA), link-local
 * (cloud metadata at 169.254.169.254), CGNAT, multicast, unspecified or reserved ranges.
 * IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === 'unicast';
}
