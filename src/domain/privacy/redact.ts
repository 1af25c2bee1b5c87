import { findPersonalIdentityNumbers } from './personnummer';

export const REDACTED_PERSONAL_IDENTITY_NUMBER = '[personnummer borttaget]';

/**
 * Last line of defence for logs and error reports: replaces every personnummer and
 * samordningsnummer found by `findPersonalIdentityNumbers` with a fixed marker.
 */
export function redactPersonalIdentityNumbers(text: string): string {
  const matches = findPersonalIdentityNumbers(text);
  if (matches.length === 0) return text;
  let out = '';
  let cursor = 0;
  for (const { start, end } of matches) {
    out += text.slice(cursor, start) + REDACTED_PERSONAL_IDENTITY_NUMBER;
    cursor = end;
  }
  return out + text.slice(cursor);
}
