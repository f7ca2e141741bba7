// Measures the page in headless Chromium: time to first render (the app's
// "sitrep-first-render" mark: events fetched, map points, timeline, facets
// and list drawn), time until the boundaries are drawn too
// ("sitrep-basemap"), first contentful paint, and bytes transferred.
//
//   node bench.mjs URL [runs]
// e.g. against the dev server with 10k synthetic events:
//   (cd ../web && node dev/serve.mjs --port 8099 --events 10000) &
//   node bench.mjs 'http://127.0.0.1:8099/#/events' 5
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const url = process.argv[2] || 'http://127.0.0.1:8099/#/events';
const runs = +(process.argv[3] || 5);
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
  '--no-first-run', '--disable-component-update', '--disable-sync'];

const results = [];
for (let i = 0; i < runs; i++) {
  // A new profile each run: a cold cache, as on a first visit.
  const profile = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: FLAGS, viewport: { width: 1440, height: 900 },
  });
  const page = ctx.pages()[0] || (await ctx.newPage());
  let bytes = 0;
  page.on('response', async (r) => {
    const size = await r.request().sizes().catch(() => null);
    if (size) bytes += size.responseBodySize + size.responseHeadersSize;
  });
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('sitrep-basemap').length > 0, null, { timeout: 120000 });
  const m = await page.evaluate(() => ({
    render: performance.getEntriesByName('sitrep-first-render')[0].startTime,
    basemap: performance.getEntriesByName('sitrep-basemap')[0].startTime,
    fcp: (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime,
    events: +document.querySelector('#list').dataset.count,
  }));
  // Main-thread busy time is less at the mercy of a loaded machine than
  // wall time is.
  const pm = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
  m.task = pm.TaskDuration * 1000;
  m.script = pm.ScriptDuration * 1000;
  await page.waitForLoadState('networkidle');
  m.bytes = bytes;
  results.push(m);
  await ctx.close();
  rmSync(profile, { recursive: true, force: true });
}
const med = (k) => results.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
console.log(JSON.stringify({ url, runs, events: results[0].events, first_render_ms_median: Math.round(med('render')),
  first_render_ms_all: results.map((r) => Math.round(r.render)), boundaries_drawn_ms_median: Math.round(med('basemap')), fcp_ms_median: Math.round(med('fcp')),
  main_thread_busy_ms_median: Math.round(med('task')), script_ms_median: Math.round(med('script')), transferred_bytes: med('bytes') }, null, 1));
