/**
 * The default category and folder that the engine creates for articles outside a folder have no
 * source record: a resumed run never reads them again. Killed after Freshdesk created them but
 * before their outcome rows reached the outcome log (at the next article's request), the resumed
 * run must still report them, so its totals are those of an uninterrupted run.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../support/workspace.js';
import { withChaosSims } from './chaos-sims.js';
import { chaosWorkspace } from './harness.js';
import { FD_CHAOS_ENV, normalizedFreshdesk, startFreshdesk } from './freshdesk-harness.js';
import { KillSwitch, type SeenRequest, type Verdict } from './kill-switch.js';

const ARTICLE_WRITE = /^\/api\/v2\/solutions\/folders\/\d+\/articles$/;
const FOLDER_IN_CATEGORY = /^\/api\/v2\/solutions\/categories\/\d+\/folders$/;

/**
 * Kills before an article written right after a folder was created in a category. In this
 * workspace that folder is the default one, written on the first article's need (the test checks
 * Freshdesk holds it), and its outcome row is still in the killed process's buffer.
 */
function afterDefaultContainers(): (r: SeenRequest) => Verdict {
  let lastWrite = '';
  return (r) => {
    if (r.side !== 'zendesk' || r.method !== 'POST' || !r.path.startsWith('/api/v2/solutions/')) return 'pass';
    const previous = lastWrite;
    lastWrite = r.path;
    return ARTICLE_WRITE.test(r.path) && FOLDER_IN_CATEGORY.test(previous) ? 'kill-before' : 'pass';
  };
}

describe('killed just after the default Solutions category and folder were created', () => {
  const generated = chaosWorkspace();
  const sims = withChaosSims(generated, { killed: startFreshdesk, clean: startFreshdesk });

  test('the resumed run reports them, and its totals are those of an uninterrupted run', async () => {
    const { intercom, killed, clean } = sims;
    const work = tempDir();
    const env = (name: string) => ({ ...FD_CHAOS_ENV, CHAOS_TARGET: 'freshdesk', CHAOS_WORK: join(work, name), CHAOS_BATCH_SIZE: '2' });

    const uninterrupted = await KillSwitch.uninterrupted({ intercom: { url: intercom.url }, zendesk: { url: clean.url } }, env('clean'));

    const proxies = await KillSwitch.start({ intercom: { url: intercom.url }, zendesk: { url: killed.url } });
    try {
      const attempt = await proxies.attempt({ env: env('killed'), decide: afterDefaultContainers() });
      expect(attempt.killed, `not killed: no container was written among the articles\n${attempt.stderr}`).toBe(true);
      expect(killed.store.categories.size, 'every category, the default one included, was created before the kill').toBe(clean.store.categories.size);
      const last = await proxies.attempt({ env: env('killed') });
      expect(last.code, last.stderr).toBe(0);
      const totals = JSON.parse(uninterrupted.stdout).totals;
      expect(JSON.parse(last.stdout)).toMatchObject({ complete: true, totals });
    } finally {
      await proxies.close();
    }
    expect(normalizedFreshdesk(killed.store)).toEqual(normalizedFreshdesk(clean.store));
  }, 60_000);
});
