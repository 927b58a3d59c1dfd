import { describe, expect, test } from 'vitest';
import type { Contact, Ticket } from '../../src/model/records.js';
import { applyMapping } from '../../src/transform/apply-mapping.js';
import { checkPhone } from '../../src/transform/phone-number.js';
import { archiveMapping } from '../support/workspace.js';

const contact = (phone: string): Contact => ({ id: 'c1', role: 'user', phone, companyIds: [], createdAt: '', updatedAt: '', custom: { plan: 'pro', secret: 'x' }, tags: [] });
const ticket: Ticket = {
  id: 't1', kind: 'conversation', status: 'pending', priority: 'urgent', type: 'problem', requesterId: 'c1', tags: [], custom: { order_number: 'A1' },
  createdAt: '', updatedAt: '',
  comments: [{ id: 'm1', authorType: 'contact', body: '', public: true, createdAt: '', attachments: [
    { id: 'f1', fileName: 'setup.EXE', contentType: 'application/octet-stream', url: 'x' },
    { id: 'f2', fileName: 'big.pdf', contentType: 'application/pdf', size: 30 * 1024 * 1024, url: 'y' },
    { id: 'f3', fileName: 'ok.png', contentType: 'image/png', size: 100, url: 'z' },
  ] }],
};

describe('phones', () => {
  test('valid numbers become E.164; national ones need a default country', () => {
    expect(checkPhone('+33 6 12 34 56 78')).toEqual({ valid: true, e164: '+33612345678' });
    expect(checkPhone('06 12 34 56 78', 'FR')).toEqual({ valid: true, e164: '+33612345678' });
    expect(checkPhone('06 12 34 56 78')).toEqual({ valid: false, reason: '"06 12 34 56 78" is not a phone number (no international prefix: set options.default_country to read national numbers)' });
    expect(checkPhone('+1 555 0100')).toEqual({ valid: false, reason: '"+1 555 0100" is not a valid number for +1' });
  });

  test.each([
    ['drop', { status: 'ok', phone: undefined, warnings: [{ code: 'phone_dropped', message: 'phone dropped: "12345" is not a phone number (no international prefix: set options.default_country to read national numbers)', fields: ['phone'] }] }],
    ['keep', { status: 'ok', phone: '12345', warnings: [] }],
    ['fail', { status: 'failed' }],
  ] as const)('invalid_phone: %s', (policy, expected) => {
    const result = applyMapping('contacts', contact('12345'), archiveMapping('a', 'b', `options:\n  invalid_phone: ${policy}\n`));
    if (expected.status === 'failed') {
      expect(result).toEqual({ failure: { status: 'failed', reason: 'invalid_phone', message: '"12345" is not a phone number (no international prefix: set options.default_country to read national numbers); fix it in the source or set options.invalid_phone: drop' } });
      return;
    }
    expect('record' in result ? (result.record as Contact).phone : 'no record').toBe(expected.phone);
    expect('warnings' in result && result.warnings).toEqual(expected.warnings);
  });
});

describe('tickets', () => {
  const mapping = archiveMapping('a', 'b', [
    'values:\n  status:\n    pending: open\n  priority:\n    urgent: high\n  type:\n    problem: incident',
    'fields:\n  tickets:\n    order_number: order_id',
    'options:\n  max_attachment_mb: 20\n  tag: migrated\n  merge_conversations_into_tickets: true',
  ].join('\n') + '\n');

  test('value maps, field renames, tag, merge, and attachments the target refuses are skipped with a warning', () => {
    const result = applyMapping('tickets', ticket, mapping);
    if (!('record' in result)) throw new Error('expected a record');
    const t = result.record as Ticket;
    expect([t.status, t.priority, t.type, t.kind]).toEqual(['open', 'high', 'incident', 'ticket']);
    expect(t.custom).toEqual({ order_id: 'A1' });
    expect(t.tags).toEqual(['migrated']);
    expect(t.comments[0]?.attachments.map((a) => a.id)).toEqual(['f3']);
    expect(result.warnings).toEqual([
      { code: 'attachment_blocked_type', message: 'comment m1: attachment setup.EXE has a blocked type (.exe), not migrated' },
      { code: 'attachment_too_large', message: 'comment m1: attachment big.pdf is 30.0 MB, over the 20.0 MB limit, not migrated' },
    ]);
    expect(ticket.status).toBe('pending'); // the source record is not mutated
  });

  test('unsupported_attachments: fail fails the ticket with the first reason', () => {
    const strict = archiveMapping('a', 'b', 'options:\n  unsupported_attachments: fail\n');
    expect(applyMapping('tickets', ticket, strict)).toEqual({
      failure: { status: 'failed', reason: 'unsupported_attachment', message: 'comment m1: attachment setup.EXE has a blocked type (.exe); remove it or set options.unsupported_attachments: skip' },
    });
  });
});
