// Named log events with ids and counts only: never names, e-mail addresses or phone numbers.
import * as logger from 'firebase-functions/logger';

type Field = string | number | boolean | null | readonly string[];

export function logEvent(event: string, fields: Record<string, Field> = {}): void {
  logger.info(event, { event, ...fields });
}

export function logWarning(event: string, fields: Record<string, Field> = {}): void {
  logger.warn(event, { event, ...fields });
}

export function logError(event: string, fields: Record<string, Field> = {}): void {
  logger.error(event, { event, ...fields });
}
