/**
 * Phone numbers are the first thing help desks reject (Intercom validates E.164 when phone validation
 * is on). We read them with libphonenumber-js and write them as E.164.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export type PhoneCheck = { valid: true; e164: string } | { valid: false; reason: string };

export function checkPhone(raw: string, defaultCountry?: string): PhoneCheck {
  const text = raw.trim();
  if (text === '') return { valid: false, reason: 'the phone number is empty' };
  const parsed = parsePhoneNumberFromString(text, defaultCountry as CountryCode | undefined);
  if (!parsed) {
    const hint = defaultCountry || text.startsWith('+') ? '' : ' (no international prefix: set options.default_country to read national numbers)';
    return { valid: false, reason: `"${text}" is not a phone number${hint}` };
  }
  if (!parsed.isValid()) return { valid: false, reason: `"${text}" is not a valid number for ${parsed.country ?? `+${parsed.countryCallingCode}`}` };
  return { valid: true, e164: parsed.number };
}
