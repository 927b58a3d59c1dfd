/**
 * Reads a date filter strictly. `new Date('2023-02-30')` is 2 March and `new Date('2024-13-01')` is
 * Invalid Date only sometimes: a filter that silently moves by days is worse than one refused.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const NOT_A_DATE = 'is not a date; write it as YYYY-MM-DD or 2024-01-31T12:00:00Z';

/** `why` completes a sentence about the value: "… is not a date: February 2023 has 28 days". */
export type ParsedDate = { ok: true; date: Date } | { ok: false; why: string };

export function parseCalendarDate(text: string): ParsedDate {
  const match = DAY.exec(text) ?? INSTANT.exec(text);
  if (!match) return { ok: false, why: NOT_A_DATE };
  const [, y, m, d, hh = '0', mm = '0', ss = '0'] = match as unknown as string[];
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12) return { ok: false, why: `is not a date: there is no month ${month}` };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return { ok: false, why: `is not a date: ${MONTHS[month - 1] ?? ''} ${year} has ${days} days` };
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return { ok: false, why: 'is not a time of day: hours go to 23, minutes and seconds to 59' };
  const date = new Date(DAY.test(text) ? `${text}T00:00:00Z` : text.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? { ok: false, why: NOT_A_DATE } : { ok: true, date };
}
