#!/usr/bin/env node
// Renders docs/job-summary.png from a real run: runs the end-to-end test's demo scenario (the bundle
// against the Actions runtime simulator, planted HTML in the data), takes the job summary it wrote,
// and screenshots it with headless Chromium inside a page styled like GitHub's job summary.
//
//   node scripts/render-summary.mjs [out.png]      (default docs/job-summary.png)
//
// Needs `npm run build` first and Debian's chromium (apt-get install chromium fonts-noto-color-emoji).
// The styling approximates GitHub's; the HTML inside the frame is exactly what the Action wrote.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const out = resolve(process.argv[2] ?? 'docs/job-summary.png');
const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find((bin) => spawnSync('which', [bin]).status === 0);
if (!chromium) {
  process.stderr.write('Chromium is not installed: apt-get install -y chromium fonts-noto-color-emoji\n');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'render-summary-'));
try {
  const summaryFile = join(work, 'summary.html');
  const test = spawnSync('npx', ['vitest', 'run', 'test/action/bundle.e2e.test.ts', '-t', 'demo on a pull request'], {
    env: { ...process.env, E2E_SUMMARY_HTML: summaryFile },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (test.status !== 0 || !existsSync(summaryFile)) throw new Error('the end-to-end demo run failed or wrote no summary');

  // Open the first collapsed section so the picture shows a failed record (with its escaped HTML).
  const summary = readFileSync(summaryFile, 'utf8').replace('<details>', '<details open>');
  const page = join(work, 'page.html');
  writeFileSync(page, frame(summary));

  // First pass: let the page report its height in the title; second pass: screenshot at that size.
  const dom = execFileSync(chromium, [...flags(), '--window-size=1000,800', '--dump-dom', `file://${page}`], { encoding: 'utf8' });
  const height = Math.min(Number(/<title>(\d+)<\/title>/.exec(dom)?.[1] ?? 1400), 4000);
  execFileSync(chromium, [...flags(), `--window-size=1000,${height}`, `--screenshot=${out}`, `file://${page}`], { stdio: 'ignore' });
  process.stdout.write(`${out} (1000×${height})\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

function flags() {
  return ['--headless=new', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--force-device-scale-factor=1', '--virtual-time-budget=2000'];
}

function frame(summary) {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>0</title>
<style>
  body { margin: 0; padding: 24px; background: #f6f8fa; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; color: #1f2328; }
  .card { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; max-width: 950px; }
  .card > header { padding: 12px 16px; border-bottom: 1px solid #d0d7de; font-weight: 600; }
  .card > header span { color: #59636e; font-weight: 400; }
  .markdown-body { padding: 16px 24px 8px; }
  h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0b3; padding-bottom: .3em; margin: 0 0 16px; font-weight: 600; }
  h3 { font-size: 1.25em; margin: 24px 0 16px; font-weight: 600; }
  p { margin: 0 0 16px; }
  table { border-collapse: collapse; margin: 0 0 16px; display: block; width: max-content; max-width: 100%; overflow: auto; }
  th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
  th { font-weight: 600; }
  tr:nth-child(2n) { background: #f6f8fa; }
  code { font: 85% ui-monospace, SFMono-Regular, "DejaVu Sans Mono", monospace; background: #818b981f; padding: .2em .4em; border-radius: 6px; }
  details { margin: 0 0 16px; }
  summary { cursor: pointer; }
  a { color: #0969da; text-decoration: none; }
</style>
<script>addEventListener('load', () => { document.title = String(document.documentElement.scrollHeight); });</script>
</head><body>
<div class="card"><header>migrate summary <span>· desk-migrate demo on pull request #12</span></header>
<div class="markdown-body">
${summary}
</div></div>
</body></html>
`;
}
