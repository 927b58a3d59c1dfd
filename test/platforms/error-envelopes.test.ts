import { describe, expect, it } from 'vitest';
import { parseIntercomError } from '../../src/platforms/intercom/client.js';
import { parseZendeskError } from '../../src/platforms/zendesk/error-envelope.js';
import { parseFreshdeskError } from '../../src/platforms/freshdesk/error-envelope.js';

describe('each platform reads its own error envelope (the HttpClient parseError hook)', () => {
  it('Intercom error.list', () => {
    const body = { type: 'error.list', request_id: 'r1', errors: [{ code: 'conflict', message: 'A contact matching those details already exists with id=6762f0dd1bb69f9f2193bb83' }] };
    expect(parseIntercomError(409, body)).toEqual({ code: 'conflict', message: 'A contact matching those details already exists with id=6762f0dd1bb69f9f2193bb83' });
    expect(parseIntercomError(502, '<html><title>Bad gateway</title></html>')).toEqual({ message: 'Bad gateway' });
  });

  it('Zendesk RecordInvalid with details, {error:{title,message}}, errors[] and Help Center {title,message}', () => {
    const invalid = { error: 'RecordInvalid', description: 'Record validation errors', details: { email: [{ description: 'Email: x is already being used by another user', error: 'DuplicateValue' }] } };
    expect(parseZendeskError(422, invalid)).toEqual({ code: 'RecordInvalid', message: 'Record validation errors; Email: x is already being used by another user' });
    expect(parseZendeskError(422, { error: 'RecordInvalid', details: { name: [{ error: 'blank' }] } })).toEqual({ code: 'RecordInvalid', message: 'name: blank' });
    expect(parseZendeskError(403, { error: { title: 'Forbidden', message: 'You do not have access' } })).toEqual({ code: 'Forbidden', message: 'You do not have access' });
    expect(parseZendeskError(400, { errors: [{ code: 'InvalidPaginationParameter', title: 'Invalid', detail: 'page[size] must be ≤ 100', source: { pointer: 'page[size]' } }] })).toEqual({
      code: 'InvalidPaginationParameter',
      message: 'page[size]: page[size] must be ≤ 100',
    });
    expect(parseZendeskError(404, { title: 'Not found', message: 'No such article' })).toEqual({ message: 'No such article' });
    expect(parseZendeskError(500, { foo: 1 })).toBeUndefined();
  });

  it('Freshdesk validation errors', () => {
    const body = { description: 'Validation failed', errors: [{ field: 'email', message: 'It should be a unique value', code: 'duplicate_value' }] };
    expect(parseFreshdeskError(409, body)).toEqual({ code: 'duplicate_value', message: 'Validation failed; email: It should be a unique value' });
    expect(parseFreshdeskError(401, { code: 'invalid_credentials', message: 'You have to be logged in to perform this action.' })).toEqual({ code: 'invalid_credentials', message: 'You have to be logged in to perform this action.' });
  });
});
