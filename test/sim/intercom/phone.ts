/**
 * Phone validation for contacts.
 *
 * ASSUMPTION, not documented behaviour: the real contacts API's reaction to a malformed phone number is
 * not documented (the spec, the docs and the issue trackers are silent; its examples are all E.164;
 * shared research, intercom-api.md "Phone validation": "unverified how the contacts API reacts").
 * What the simulator does with a number that is not a valid E.164 number (`+` and digits, valid for
 * its country per libphonenumber) is the `invalidPhone` policy (see IntercomSimOptions.policies):
 *   - `reject` (default): 400 `parameter_invalid` on `phone`, the contact untouched, so that a
 *     connector proves it handles a per-record rejection and normalises numbers before sending them;
 *   - `accept`: stored and shown as given;
 *   - `drop`: the rest of the write applies, the answer is 200, and the contact keeps no phone (what a
 *     service that silently discards a value it cannot parse would do).
 */
import { isValidPhoneNumber } from 'libphonenumber-js';
import { invalid } from './errors.js';

/** What the simulator does with a value the real service's documentation says nothing about. */
export type SimPolicy = 'reject' | 'accept' | 'drop';

const E164 = /^\+[1-9]\d{6,14}$/;

export function isE164(phone: string): boolean {
  return E164.test(phone) && isValidPhoneNumber(phone);
}

/** The phone to store, under `policy`: the one given, or null (drop); throws 400 (reject). */
export function checkPhone<T extends string | null | undefined>(phone: T, policy: SimPolicy = 'reject'): T | null {
  if (phone === null || phone === undefined || phone === '') return phone;
  if (isE164(phone) || policy === 'accept') return phone;
  if (policy === 'drop') return null;
  throw invalid('Invalid phone number', 'phone');
}
