import { z } from 'zod';

/**
 * Whether `text` is a real calendar date written YYYY-MM-DD: 2024-02-29 is,
 * 2023-02-29 and 2024-02-30 are not (JavaScript's Date would roll them into March).
 * @example isCalendarDate('2024-02-30') // false
 */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const FORMAT = "write a real date as 'YYYY-MM-DD', e.g. '2026-11-02'";

/**
 * A day written YYYY-MM-DD, checked against the calendar, as a UTC midnight Date.
 * Numbers (seconds? days?) and free text are refused rather than guessed.
 */
export const calendarDateSchema = z
  .string({ error: (issue) => (issue.input instanceof Date ? undefined : `must be a date in quotes; ${FORMAT}`) })
  .refine(isCalendarDate, { message: `is not a real calendar date; ${FORMAT}` })
  .transform((text) => new Date(`${text}T00:00:00Z`));
