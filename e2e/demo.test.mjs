// End-to-end test of the page in headless Chromium against a running
// `sitrep demo` (e2e/run.sh starts one). It checks what an analyst would:
// the page loads cleanly and offline, the map shows the seed's events,
// brushing the timeline to 2017 leaves exactly the 2017 events, and the
// Tongo Tongo ambush opens with its casualties per side. It saves the
// screenshots shown in the README.
//
//   SITREP_URL=http://127.0.0.1:PORT/ node --test demo.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const base = process.env.SITREP_URL || 'http://127.0.0.1:8080/';
const shots = process.env.SITREP_SCREENSHOTS || new URL('../docs/screenshots/', import.meta.url).pathname;
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
  '--no-first-run', '--disable-component-update', '--disable-sync'];

let profile, context, page;
const consoleErrors = [];
const offsite = [];
let seed; // the front page's conflict, as the API gives it

const isLoopback = (u) => {
  const { protocol, hostname } = new URL(u);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
};

async function api(path) {
  const r = await fetch(new URL(path, base));
  assert.equal(r.status, 200, `GET ${path}`);
  return r.json();
}

before(async () => {
  mkdirSync(shots, { recursive: true });
  profile = mkdtempSync(join(tmpdir(), 'sitrep-e2e-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath, headless: true, args: FLAGS, viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1,
  });
  // Every request the browser makes is seen here; anything off the loopback
  // is recorded and refused, so a leak fails the test rather than hangs it.
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (isLoopback(u)) return route.continue();
    offsite.push(u);
    return route.abort();
  });
  context.on('request', (req) => { if (!isLoopback(req.url())) offsite.push(req.url()); });
  page = context.pages()[0] || (await context.newPage());
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));

  const list = await api('api/conflicts');
  const conflicts = Array.isArray(list) ? list : list.conflicts;
  assert.ok(conflicts.length > 0, 'the demo has ingested a conflict article');
  seed = await api(`api/conflicts/${encodeURIComponent(conflicts[0].doc_id)}`);
});

after(async () => {
  if (context) await context.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function allListIds() {
  for (let i = 0; i < 200; i++) {
    const more = page.locator('#list-more');
    if (!(await more.isVisible())) break;
    await more.click();
  }
  return page.locator('#list li[data-id]').evaluateAll((els) => els.map((e) => e.dataset.id));
}

test('front page loads with the conflict, its map and its events', async () => {
  await page.goto(base, { waitUntil: 'networkidle' });
  await page.waitForSelector('#conflict:not([hidden]) #infobox h2');
  await page.waitForSelector('#list li[data-id]');
  const located = seed.events.filter((e) => e.place && typeof e.place.lat === 'number');
  assert.ok(located.length > 0, 'the seed has events with coordinates');
  await page.waitForFunction((n) => +document.querySelector('#map').dataset.shown === n, located.length, { timeout: 10000 });
  // Points are SVG paths; clusters carry their count. Together they are the seed's located events.
  const drawn = await page.evaluate(() => {
    let n = document.querySelectorAll('#map path.ev-point').length;
    for (const c of document.querySelectorAll('#map .ev-cluster')) n += +c.textContent;
    return n;
  });
  assert.equal(drawn, located.length, 'the map draws every located event of the seed');
  // Framed on the events, not left at the whole world.
  const hash = await page.evaluate(() => location.hash);
  const zoom = parseFloat(new URLSearchParams(hash.slice(hash.indexOf('?') + 1)).get('map'));
  assert.ok(zoom >= 3, `map zoomed to the events (zoom ${zoom})`);
  assert.equal(await page.locator('#list').getAttribute('data-count'), String(seed.events.length));
  const title = await page.locator('#infobox h2').textContent();
  assert.ok(title.includes('Niger'), `infobox title: ${title}`);
  assert.ok(await page.locator('#reconciliation .verdict').count() >= 1, 'the reconciliation shows verdicts');
  await page.waitForFunction(() => performance.getEntriesByName('sitrep-basemap').length > 0);
  await page.screenshot({ path: join(shots, 'front.png') });
});

test('brushing the timeline to 2017 leaves exactly the 2017 events', async () => {
  await page.selectOption('#tl-unit', 'year');
  const bar = page.locator('#tl-chart g.tl-bar[data-start="2017-01-01"]');
  await bar.waitFor();
  await page.locator('#tl-chart').scrollIntoViewIfNeeded();
  const box = await bar.boundingBox();
  const y = box.y + box.height - 2;
  await page.mouse.move(box.x + 2, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, y, { steps: 4 });
  await page.mouse.move(box.x + box.width - 2, y, { steps: 4 });
  await page.mouse.up();
  await page.waitForFunction(() => location.hash.includes('from=2017-01-01') && location.hash.includes('to=2017-12-31'));
  const want = seed.events.filter((e) => e.date && e.date.start >= '2017-01-01' && e.date.start <= '2017-12-31').map((e) => e.id).sort();
  assert.ok(want.length > 0, 'the seed has 2017 events');
  const got = (await allListIds()).sort();
  assert.deepEqual(got, want);
  assert.equal(await page.locator('#list').getAttribute('data-count'), String(want.length));
});

test('clicking the Tongo Tongo ambush opens its casualties per side', async () => {
  const ambush = seed.events.find((e) => e.date && e.date.start === '2017-10-04' &&
    /tongo/i.test([e.summary, e.place && e.place.name, e.provenance && e.provenance.text].join(' ')));
  assert.ok(ambush, 'the seed has the Tongo Tongo ambush on 2017-10-04');
  await page.locator(`#list li[data-id="${ambush.id}"]`).click();
  const detail = page.locator('#detail');
  await detail.waitFor({ state: 'visible' });
  assert.equal(await detail.getAttribute('data-id'), ambush.id);
  assert.ok(new URL(page.url()).hash.includes('ev='), 'the open event is in the URL');
  const rows = await detail.locator('table.cas tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));
  assert.ok(ambush.casualties && ambush.casualties.length >= 2, 'the ambush has casualties on more than one side');
  assert.equal(rows.length, ambush.casualties.length, 'one casualty row per party');
  const sides = new Set(rows.map((r) => r[1]).filter(Boolean));
  assert.ok(sides.size >= 2, `casualties on both sides: ${JSON.stringify(rows)}`);
  for (const c of ambush.casualties) {
    const row = rows.find((r) => r[0] === c.who);
    assert.ok(row, `row for ${c.who}`);
    if (c.killed) assert.ok(row[2].includes(String(c.killed.best)), `${c.who} killed ${c.killed.best}: ${row[2]}`);
    if (c.wounded) assert.ok(row[3].includes(String(c.wounded.best)), `${c.who} wounded ${c.wounded.best}: ${row[3]}`);
  }
  if (ambush.provenance && ambush.provenance.text) {
    assert.ok(await detail.locator('blockquote.src').count() === 1, 'the source sentence is shown');
  }
  await page.screenshot({ path: join(shots, 'event-detail.png') });
});

test('the list is usable from the keyboard', async () => {
  await page.keyboard.press('Escape');
  await page.locator('#detail').waitFor({ state: 'hidden' });
  await page.locator('#list').focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.locator('#detail').waitFor({ state: 'visible' });
  const ids = await page.locator('#list li[data-id]').evaluateAll((els) => els.map((e) => e.dataset.id));
  assert.equal(await page.locator('#detail').getAttribute('data-id'), ids[1]);
  await page.keyboard.press('Escape');
});

test('the page reads on a phone', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(base, { waitUntil: 'networkidle' });
  await page.waitForSelector('#list li[data-id]');
  await page.waitForFunction(() => performance.getEntriesByName('sitrep-basemap').length > 0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no sideways scrolling on a phone (${overflow}px too wide)`);
  await page.screenshot({ path: join(shots, 'front-phone.png') });
  await page.setViewportSize({ width: 1440, height: 900 });
});

test('zero console errors and zero requests off 127.0.0.1', () => {
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(offsite, []);
});
