/** Citations and small values the level model data files share. */
import { cite } from '../sources';
import type { OtherContactRule } from './types';

export const S003_TABLE = cite('003', 'Bedömningsstöd för stödnivåer');
export const S000_LAGENHET = cite('000', 'Bedömningsstöd för stödnivåer i lägenhet (kort- och långsiktigt boende)');
export const S000_KOLLEKTIV = cite('000', 'Bedömningsstöd för stödnivåer i kollektiv (kort- och långsiktigt boende)');

export const NO_OTHER_CONTACT: OtherContactRule = { frequency: null, channelsSv: [], unlessAgreedOtherwise: false };
export const PHONE_SMS_FACETIME = ['telefon', 'sms', 'facetime'] as const;

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) deepFreeze(child);
  }
  return value;
}
