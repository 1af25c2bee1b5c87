import pino, { type Logger, type DestinationStream } from 'pino';

/**
 * Structured logs never carry what people wrote: message text, card data, names and
 * attachments are censored wherever they appear in a logged object.
 */
export const REDACT_PATHS = [
  'text',
  'value',
  'data',
  'attachments',
  'name',
  'body',
  'summary',
  'from.name',
  'recipient.name',
  '*.text',
  '*.value',
  '*.data',
  '*.attachments',
  '*.name',
  '*.body',
  '*.summary',
  '*.from.name',
  '*.recipient.name',
  '*.*.text',
  '*.*.value',
  '*.*.name',
  'req.headers.authorization',
  'headers.authorization',
] as const;

export type { Logger };

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'stodlotsen' },
      redact: { paths: [...REDACT_PATHS], censor: '[borttaget]' },
      serializers: { err: pino.stdSerializers.err },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
