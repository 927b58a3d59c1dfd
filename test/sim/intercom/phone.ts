/**
 * Phone validation for contacts.
 *
 * ASSUMPTION, not documented behaviour: the real contacts API's reaction to a malformed phone number is
 * not documented (the spec, the docs and the issue trackers are silent; its examples are all E.164).
 * This simulator refuses anything that is not a valid E.164 number (`+` and digits, valid for its
 * country per libphonenumber) with 400 `parameter_invalid`, so that a connector proves it handles a
 * per-record rejection and normalises numbers before sending them.
 */
import { isValidPhoneNumber } from 'libphonenumber-js';
import { invalid } from './errors.js';

const E164 = /^\+[1-9]\d{6,14}$/;

export function isE164(phone: string): boolean {
  return E164.test(phone) && isValidPhoneNumber(phone);
}

export function checkPhone(phone: string | null | undefined): void {
  if (phone === null || phone === undefined || phone === '') return;
  if (!isE164(phone)) throw invalid('Invalid phone number', 'phone');
}
