import { describe, expect, it } from 'vitest';
import { clause, errorText } from '../../src/runtime/error-text.js';

describe('error text inside our sentences', () => {
  it('drops the closing full stop a toolkit or HTTP message brings, so ours is not doubled', () => {
    expect(`The checkpoint could not be saved: ${errorText(new Error('Cache service responded with 503.'))}. Next…`).toBe('The checkpoint could not be saved: Cache service responded with 503. Next…');
    expect(clause('read-only token. \n')).toBe('read-only token');
    expect(errorText('plain')).toBe('plain');
  });
});
