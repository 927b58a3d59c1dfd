import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { modeWords } from '../../src/engine/mode-words.js';
import { ActionProgress, actionLogger, derivedForms, SecretRegistry } from '../../src/runtime/action-log.js';
import { parseWorkflowCommands } from '../sim/actions-runtime/index.js';

let out = '';
const write = process.stdout.write;
beforeEach(() => {
  out = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  }) as typeof process.stdout.write;
});
afterEach(() => {
  process.stdout.write = write;
});

describe('secrets in the Action log', () => {
  it('masks each secret with the forms it travels in, once', () => {
    const secrets = new SecretRegistry();
    secrets.add(['p@ss word/123', 'p@ss word/123', '']);
    const masks = parseWorkflowCommands(out).filter((c) => c.command === 'add-mask').map((c) => c.message);
    expect(masks).toEqual(derivedForms('p@ss word/123'));
    expect(masks).toEqual([
      'p@ss word/123',
      'p%40ss%20word%2F123',
      Buffer.from('p@ss word/123').toString('base64'),
      Buffer.from('p@ss word/123').toString('base64url'),
      Buffer.from('x-access-token:p@ss word/123').toString('base64'),
    ]);
  });

  it('redacts secrets from messages itself, since not everything it writes goes through the runner', () => {
    const secrets = new SecretRegistry();
    const log = actionLogger(secrets);
    log.warn('token zd_abcdef123 rejected');
    secrets.add(['zd_abcdef123']);
    log.warn('token zd_abcdef123 rejected');
    const warnings = parseWorkflowCommands(out).filter((c) => c.command === 'warning').map((c) => c.message);
    expect(warnings).toEqual(['token zd_abcdef123 rejected', 'token [REDACTED] rejected']);
  });
});

describe('progress in the Action log', () => {
  it('opens one group per entity, prints a progress line at most every interval, and closes the group', () => {
    let now = 0;
    const progress = new ActionProgress(10_000, () => now);
    progress.entityStarted('contacts', 300);
    now = 4_000;
    progress.recordsSettled('contacts', { read: 100, migrated: 90, failed: 5, skipped: 5 });
    now = 12_000;
    progress.recordsSettled('contacts', { read: 200, migrated: 190, failed: 5, skipped: 5 });
    progress.entityStarted('tags', undefined); // the previous entity stopped without finishing
    now = 13_000;
    progress.entityFinished('tags', { read: 3, migrated: 3, failed: 0, skipped: 0 });
    progress.close();
    expect(out.trim().split('\n')).toEqual([
      '::group::contacts (300 in the source)',
      'contacts: 200/300 read (190 migrated, 5 failed, 5 skipped), 16.7/s, about 6s left',
      '::endgroup::',
      '::group::tags',
      'tags: 3 read, 3 migrated, 0 failed, 0 skipped in 1.0s',
      '::endgroup::',
    ]);
  });

  it('speaks the mode’s words: a check will migrate, a verify matches', () => {
    for (const [mode, line] of [
      ['check', 'tags: 4 read, 3 will migrate, 1 will fail, 0 will be skipped in 0.0s'],
      ['verify', 'tags: 4 read, 3 match, 1 differ, 0 not compared in 0.0s'],
    ] as const) {
      out = '';
      const progress = new ActionProgress(10_000, () => 0, modeWords(mode));
      progress.entityStarted('tags', undefined);
      progress.entityFinished('tags', { read: 4, migrated: 3, failed: 1, skipped: 0 });
      expect(out.split('\n')).toContain(line);
    }
  });
});
