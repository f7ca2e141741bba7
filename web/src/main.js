// The analyst's page. Routes (all in the URL fragment):
//   #/conflict/ID  an ingested article: infobox, reconciliation, and the
//                  conflict's own map, timeline and events (the front page)
//   #/events       every event in the store
//   #/change       change against a baseline, per country or admin1
//   #/doc/ID       a document's text with an event's sentence marked
// Filters, the timeline selection, the map view and the open event are
// query parameters of the fragment (see state.js).

import 'leaflet/dist/leaflet.css';
import './style.css';
import * as api from './api.js';
import { parse, format } from './state.js';
import { prepare, matches, failMask, facetCounts, histogram, span, autoUnit, sortRows, baseline, parseDay, TIME, BBOX } from './model.js';
import { createMap } from './map.js';
import { createTimeline } from './timeline.js';
import { facetsHTML, rowHTML, detailHTML, conflictHTML, docHTML, changeHTML, cssId } from './views.js';
import { $, esc } from './dom.js';

const PAGE = 200;

let S = parse(location.hash);
let conflicts = [];
let data = { key: '', rows: [], byId: new Map(), resp: null };
let bbox = null;
let listRows = [];
let listLimit = PAGE;
let active = -1;
let rendered = false;
let routing = false; // while a dataset is fitted, map moves are not renders
const facetOpen = {};

const mapView = createMap($('#map'), {
  countriesUrl: document.body.dataset.countries,
  admin1Url: document.body.dataset.admin1,
  onMove(b, view) {
    bbox = b;
    S.map = view;
    commit(false);
    if (S.vp === '1' && !routing) render({ map: false });
  },
  onSelect: (id) => openEvent(id, true),
});
const timeline = createTimeline($('#tl-chart'), {
  onBrush(from, to) {
    S.from = from;
    S.to = to;
    commit(false);
    render({});
  },
});

function commit(push) {
  const h = format(S);
  if (h === location.hash) return;
  if (push) history.pushState(null, '', h);
  else history.replaceState(null, '', h);
  lastHash = h;
}

let lastHash = '';
function onNavigate() {
  if (location.hash === lastHash) return;
  lastHash = location.hash;
  S = parse(location.hash);
  route();
}
window.addEventListener('hashchange', onNavigate);
window.addEventListener('popstate', onNavigate);

function status(msg) {
  $('#status').textContent = msg;
  $('#status').hidden = !msg;
}

async function boot() {
  status('Loading…');
  lastHash = location.hash;
  // A bookmarked view needs no conflict list to start loading its data.
  const known = ['events', 'change'].includes(S.route) || (['conflict', 'doc'].includes(S.route) && S.id);
  const listed = api.conflicts().then(
    (cs) => { conflicts = cs; },
    (err) => { conflicts = []; status(`Conflicts unavailable: ${err.message}`); },
  ).then(() => {
    $('#nav-conflicts').innerHTML = conflicts
      .map((c) => `<a href="#/conflict/${encodeURIComponent(c.doc_id)}" data-doc="${esc(c.doc_id)}">${esc(c.title || c.name || c.doc_id)}</a>`)
      .join('');
  });
  if (known) await Promise.all([listed, route()]);
  else {
    await listed;
    await route();
  }
  markNav();
  if (S.ev) renderDetail();
}

function datasetKey() {
  if ((S.route === 'conflict' || S.route === 'doc') && S.id) return 'c:' + S.id;
  return 'all';
}

function markNav() {
  for (const a of document.querySelectorAll('#nav a')) {
    const cur = (a.dataset.doc && S.route === 'conflict' && a.dataset.doc === S.id) || a.dataset.route === S.route;
    if (cur) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

async function route() {
  if (!['conflict', 'events', 'change', 'doc'].includes(S.route)) {
    S.route = conflicts.length ? 'conflict' : 'events';
    S.id = conflicts.length ? conflicts[0].doc_id : '';
    commit(false);
  }
  document.body.dataset.route = S.route;
  markNav();
  const key = datasetKey();
  if (key !== data.key) {
    const fresh = !S.map;
    try {
      await load(key);
    } catch (err) {
      status(`Could not load: ${err.message}`);
      return;
    }
    status('');
    if (S.route !== 'doc' && S.route !== 'change') {
      // The map must be visible to be fitted: a hidden one has no size.
      sections();
      routing = true;
      mapView.invalidate();
      mapView.fit(data.rows, fresh ? '' : S.map);
      routing = false;
      bbox = mapView.bounds();
    }
  }
  show();
}

async function load(key) {
  status('Loading events…');
  let events, resp = null;
  if (key.startsWith('c:')) {
    resp = await api.conflict(key.slice(2));
    events = resp.events || [];
  } else {
    events = await api.allEvents((n) => status(`Loading events… ${n.toLocaleString('en')}`));
  }
  const rows = prepare(events);
  data = { key, rows, byId: new Map(rows.map((r) => [r.id, r])), resp };
  listLimit = PAGE;
  if (resp) {
    const { info, rec } = conflictHTML(resp);
    $('#infobox').innerHTML = info;
    $('#reconciliation').innerHTML = rec;
  }
}

function sections() {
  const r = S.route;
  $('#conflict').hidden = r !== 'conflict';
  $('#explorer').hidden = !(r === 'conflict' || r === 'events');
  $('#change').hidden = r !== 'change';
  $('#doc').hidden = r !== 'doc';
}

function show() {
  const r = S.route;
  sections();
  syncControls();
  if (r === 'doc') return showDoc();
  if (r === 'change') return showChange();
  mapView.invalidate();
  render({});
}

function syncControls() {
  $('#q').value = S.q;
  $('#tl-unit').value = S.unit;
  for (const el of document.querySelectorAll('input[name="measure"]')) el.checked = el.value === S.measure;
  $('#tl-from').value = S.from;
  $('#tl-to').value = S.to;
  $('#vp').checked = S.vp === '1';
  $('#sort').value = S.sort;
  $('#ch-by').value = S.by;
  $('#ch-weeks').value = S.base;
}

function filter(useBbox = true) {
  return { facets: S.facets, from: S.from, to: S.to, q: S.q, bbox: useBbox && S.vp === '1' ? bbox : null };
}

// render redraws the views. The map says when it caused the change, so its
// markers are not rebuilt under the user's hand while panning.
function render({ map = true }) {
  const f = filter();
  const rows = data.rows;
  const masks = rows.map((r) => failMask(r, f));
  const pass = (except) => rows.filter((_, j) => (masks[j] & ~except) === 0);
  if (map) mapView.setRows(pass(BBOX));
  const sp = span(rows);
  const sel = S.from || S.to ? [S.from ? parseDay(S.from) : sp ? sp[0] : 0, S.to ? parseDay(S.to) : sp ? sp[1] : 0] : null;
  if (sp) {
    const unit = S.unit === 'auto' ? autoUnit(sp[0], sp[1]) : S.unit;
    timeline.update(histogram(pass(TIME), unit, sp[0], sp[1], S.measure), sel);
  } else timeline.update(null, null);
  if (!rows.length) mapView.basemap();
  $('#tl-from').value = S.from;
  $('#tl-to').value = S.to;
  $('#facets').innerHTML = facetsHTML(facetCounts(rows, f, masks), f, facetOpen);
  listRows = sortRows(pass(0), S.sort);
  renderList();
  renderDetail();
  if (!rendered && rows.length) {
    rendered = true;
    // Read by e2e/bench.mjs: time to the first full render with data.
    performance.mark('sitrep-first-render');
    requestAnimationFrame(() => setTimeout(() => {
      mapView.basemap().then(() => performance.mark('sitrep-basemap'));
    }, 0));
  }
}

function renderList() {
  const n = listRows.length;
  const undated = listRows.filter((r) => Number.isNaN(r.t)).length;
  $('#list-count').textContent = `${n.toLocaleString('en')} event${n === 1 ? '' : 's'}` +
    (n < data.rows.length ? ` of ${data.rows.length.toLocaleString('en')}` : '') + (undated ? ` (${undated} undated)` : '');
  $('#list').innerHTML = listRows.slice(0, listLimit).map((r) => rowHTML(r, r.id === S.ev)).join('');
  $('#list').dataset.count = String(n);
  const more = $('#list-more');
  more.hidden = n <= listLimit;
  more.textContent = `Show ${Math.min(PAGE, n - listLimit).toLocaleString('en')} more`;
  active = listRows.findIndex((r) => r.id === S.ev);
  markActive(false);
}

function markActive(scroll) {
  const list = $('#list');
  for (const el of list.querySelectorAll('.active')) el.classList.remove('active');
  if (active < 0 || active >= listRows.length) {
    list.removeAttribute('aria-activedescendant');
    return;
  }
  if (active >= listLimit) {
    listLimit = Math.ceil((active + 1) / PAGE) * PAGE;
    renderList();
    return;
  }
  const el = document.getElementById('row-' + cssId(listRows[active].id));
  if (!el) return;
  el.classList.add('active');
  list.setAttribute('aria-activedescendant', el.id);
  if (scroll) el.scrollIntoView({ block: 'nearest' });
}

function openEvent(id, focusPanel) {
  if (!data.byId.has(id)) return;
  const push = !S.ev;
  S.ev = id;
  commit(push);
  active = listRows.findIndex((r) => r.id === id);
  for (const el of document.querySelectorAll('#list .sel')) {
    el.classList.remove('sel');
    el.setAttribute('aria-selected', 'false');
  }
  const row = document.getElementById('row-' + cssId(id));
  if (row) {
    row.classList.add('sel');
    row.setAttribute('aria-selected', 'true');
  }
  markActive(true);
  mapView.select(id);
  renderDetail();
  if (focusPanel) $('#detail').focus();
}

function closeEvent() {
  if (!S.ev) return;
  S.ev = '';
  commit(false);
  mapView.select('');
  renderDetail();
  for (const el of document.querySelectorAll('#list .sel')) el.classList.remove('sel');
  $('#list').focus();
}

function docHref(e) {
  const p = e.provenance || {};
  if (!p.doc_id || !conflicts.some((c) => c.doc_id === p.doc_id)) return '';
  return `#/doc/${encodeURIComponent(p.doc_id)}` + (p.span ? `?span=${p.span.start}-${p.span.end}` : '');
}

function renderDetail() {
  const panel = $('#detail');
  const r = S.ev && data.byId.get(S.ev);
  if (!r) {
    panel.hidden = true;
    document.body.classList.remove('detail-open');
    return;
  }
  panel.innerHTML = detailHTML(r.e, docHref(r.e));
  panel.dataset.id = r.id;
  panel.hidden = false;
  document.body.classList.add('detail-open');
}

function showDoc() {
  const resp = data.resp || {};
  const doc = resp.document || {};
  $('#doc').innerHTML = `<p><a href="#/conflict/${encodeURIComponent(S.id)}">← back to the conflict</a></p>` +
    docHTML(doc.title || S.id, resp.text || '', S.span);
  const m = $('#doc-mark');
  if (m) m.scrollIntoView({ block: 'center' });
}

function showChange() {
  const f = { facets: S.facets, q: S.q };
  const rows = data.rows.filter((r) => matches(r, f));
  const b = baseline(rows, { by: S.by, weeks: +S.base, now: S.to ? parseDay(S.to) : undefined });
  $('#change-table').innerHTML = changeHTML(b, S.by === 'admin1');
}

// Controls.

$('#facets').addEventListener('change', (ev) => {
  const t = ev.target;
  if (!t.dataset.facet) return;
  const k = t.dataset.facet;
  const cur = new Set(S.facets[k] || []);
  if (t.checked) cur.add(t.value);
  else cur.delete(t.value);
  if (cur.size) S.facets[k] = [...cur];
  else delete S.facets[k];
  commit(false);
  listLimit = PAGE;
  render({});
});
$('#facets').addEventListener('click', (ev) => {
  const t = ev.target;
  if (t.classList.contains('facet-more')) {
    facetOpen[t.dataset.facet] = true;
    render({ map: false });
  } else if (t.classList.contains('facet-clear')) {
    delete S.facets[t.dataset.facet];
    commit(false);
    render({});
  }
});

let qTimer = 0;
$('#q').addEventListener('input', (ev) => {
  clearTimeout(qTimer);
  qTimer = setTimeout(() => {
    S.q = ev.target.value.trim();
    commit(false);
    if (S.route === 'change') showChange();
    else render({});
  }, 200);
});

$('#tl-unit').addEventListener('change', (ev) => { S.unit = ev.target.value; commit(false); render({ map: false }); });
for (const el of document.querySelectorAll('input[name="measure"]')) {
  el.addEventListener('change', () => { S.measure = el.value; commit(false); render({ map: false }); });
}
for (const id of ['tl-from', 'tl-to']) {
  $('#' + id).addEventListener('change', () => {
    S.from = $('#tl-from').value;
    S.to = $('#tl-to').value;
    commit(false);
    render({});
  });
}
$('#tl-clear').addEventListener('click', () => { S.from = ''; S.to = ''; commit(false); render({}); });
$('#vp').addEventListener('change', (ev) => { S.vp = ev.target.checked ? '1' : '0'; commit(false); render({ map: false }); });
$('#sort').addEventListener('change', (ev) => { S.sort = ev.target.value; commit(false); render({ map: false }); });
$('#ch-by').addEventListener('change', (ev) => { S.by = ev.target.value; commit(false); showChange(); });
$('#ch-weeks').addEventListener('change', (ev) => { S.base = ev.target.value; commit(false); showChange(); });
$('#list-more').addEventListener('click', () => { listLimit += PAGE; renderList(); });

$('#list').addEventListener('click', (ev) => {
  const li = ev.target.closest('li[data-id]');
  if (li) openEvent(li.dataset.id, false);
});
$('#list').addEventListener('keydown', (ev) => {
  const n = listRows.length;
  if (!n) return;
  let next = active;
  switch (ev.key) {
    case 'ArrowDown': case 'j': next = Math.min(n - 1, active + 1); break;
    case 'ArrowUp': case 'k': next = Math.max(0, active - 1); break;
    case 'Home': next = 0; break;
    case 'End': next = n - 1; break;
    case 'PageDown': next = Math.min(n - 1, active + 10); break;
    case 'PageUp': next = Math.max(0, active - 10); break;
    case 'Enter': case ' ':
      if (active >= 0) openEvent(listRows[active].id, false);
      ev.preventDefault();
      return;
    default: return;
  }
  ev.preventDefault();
  active = next;
  markActive(true);
  // With the detail open, it follows the cursor, so a reader can step
  // through events with the arrow keys.
  if (S.ev) openEvent(listRows[active].id, false);
});
$('#list').addEventListener('focus', () => {
  if (active < 0 && listRows.length) { active = 0; markActive(true); }
});

$('#detail').addEventListener('click', (ev) => {
  if (ev.target.closest('.close')) closeEvent();
});
document.addEventListener('keydown', (ev) => {
  if (ev.key === 'Escape' && S.ev) closeEvent();
});
$('#reconciliation').addEventListener('click', (ev) => {
  const a = ev.target.closest('a[data-ev]');
  if (!a) return;
  ev.preventDefault();
  openEvent(a.dataset.ev, true);
});

let resizeTimer = 0;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => { timeline.redraw(); mapView.invalidate(); }, 150);
});

boot();
