/**
 * Writes examples/sandbox/: the Intercom workspace the sandbox migrates (the simulator's generator,
 * seed 42: long threads past the 500-part cap, attachments, invalid phones, unassigned and
 * agent-first conversations, nested and translated articles) and the Zendesk account it migrates
 * into (two of the three Intercom teammates exist there as agents; the third shows the default agent).
 * Run: npx tsx scripts/generate-sandbox-seed.ts
 */
import { writeFileSync } from 'node:fs';
import { generateIntercomWorkspace } from '../test/sim/intercom/generate.js';

const { workspace } = generateIntercomWorkspace({ seed: 42 });
writeFileSync('examples/sandbox/intercom-workspace.json', JSON.stringify(workspace, null, 1) + '\n');

const zendeskAccount = {
  users: [
    { name: 'Ana Admin', email: 'ana@sim.test', role: 'admin' },
    { name: 'Bo Agent', email: 'bo@sim.test', role: 'agent' },
  ],
  groups: [{ name: 'Tier 1' }],
  // The Help Center speaks the Intercom help center's languages, so translations have somewhere to go.
  locales: { enabled: ['en-us', 'fr', 'de'], default: 'en-us' },
};
writeFileSync('examples/sandbox/zendesk-account.json', JSON.stringify(zendeskAccount, null, 2) + '\n');
console.log('examples/sandbox/intercom-workspace.json, examples/sandbox/zendesk-account.json');
