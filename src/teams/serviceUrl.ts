import { isLoopback, type Config } from '../config';

/**
 * Whether the bot may send to `url` (a reply, or a proactive message from a stored reference).
 * The connector client sends the bot's access token to this address, so only Microsoft's
 * https endpoints on the allowlist qualify; local mode also accepts http(s) on loopback
 * (Playground, fake connector in tests).
 */
export function isAllowedServiceUrl(url: unknown, config: Pick<Config, 'mode' | 'serviceUrlAllowlist'>): boolean {
  if (typeof url !== 'string' || url.length > 2048) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  const host = parsed.hostname.toLowerCase();
  if (config.mode === 'local' && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && isLoopback(unbracket(host))) return true;
  if (parsed.protocol !== 'https:' || parsed.port !== '') return false;
  return config.serviceUrlAllowlist.some((pattern) => hostMatches(host, pattern));
}

/** `*.domain` matches any subdomain of domain (not domain itself); anything else matches exactly. */
export function hostMatches(host: string, pattern: string): boolean {
  const p = pattern.toLowerCase();
  if (p.startsWith('*.')) {
    const suffix = p.slice(1);
    return host.length > suffix.length && host.endsWith(suffix);
  }
  return host === p;
}

function unbracket(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}
