/**
 * A record a source could read but not make sense of (a field of the wrong type, a missing one):
 * the source hands it on marked, with what is wrong, and the engine fails it `invalid_record`
 * instead of letting the mistake surface as a crash further down. The mark is a symbol, so it is
 * never hashed, written or compared.
 */
const PROBLEM = Symbol('desk-migrate.invalid-record');

export function markInvalid<R extends object>(record: R, problem: string): R {
  Object.defineProperty(record, PROBLEM, { value: problem, enumerable: false });
  return record;
}

export function invalidityOf(record: object): string | undefined {
  return (record as { [PROBLEM]?: string })[PROBLEM];
}
