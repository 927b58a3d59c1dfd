#!/usr/bin/env node
// The CLI as bundled in dist/ (kept in sync with src/ by `npm run build`).
import '../dist/cli/index.js';
