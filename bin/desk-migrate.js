#!/usr/bin/env node
// The CLI as bundled in dist/ (kept in sync with src/ by `npm run build`). `sandbox` is its own
// bundle: it carries the Intercom and Zendesk simulators, which the CLI itself has no use for.
if (process.argv[2] === 'sandbox') await import('../dist/sandbox/index.js');
else await import('../dist/cli/index.js');
