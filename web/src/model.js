// The page's data model: events prepared once into flat rows, filtered
// crossfilter-style (each view ignores its own filter), bucketed for the
// timeline and compared against a baseline. No DOM here, so it is tested
// under node (web/test).

export const TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
];
export const OTHER = 'Not typed';

// Okabe–Ito: distinguishable under the common colour-vision deficiencies.
export const COLOURS = {
  Battles: '#D55E00',
  'Explosions/Remote violence': '#0072B2',
  'Violence against civilians': '#CC79A7',
  Protests: '#009E73',
  Riots: '#E69F00',
  'Strategic developments': '#56B4E9',
  [OTHER]: '#8C8C8C',
};

export const colour = (type) => COLOURS[type] || COLOURS[OTHER];

const DAY = 86400000;

// parseDay reads "YYYY-MM-DD" as a UTC day in milliseconds, NaN if absent.
export function parseDay(s) {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return NaN;
  return Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
}

export function formatDay(t) {
  return new Date(t).toISOString().slice(0, 10);
}

// fatalities is the event's total deaths: the source's own total when it
// gives one, else the sum of the killed over the parties.
export function fatalities(e) {
  if (e.fatalities) return e.fatalities.best || 0;
  let n = 0;
  for (const c of e.casualties || []) if (c.killed) n += c.killed.best || 0;
  return n;
}

function actorNames(e) {
  const s = new Set();
  for (const a of e.actors || []) s.add(a.canonical || a.name);
  return [...s];
}

// prepare flattens events into rows the filters read without allocating.
export function prepare(events) {
  return events.map((e, i) => {
    const d = e.date || {};
    const p = e.place || {};
    const type = TYPES.includes(e.event_type) ? e.event_type : OTHER;
    return {
      i,
      e,
      id: e.id,
      t: parseDay(d.start),
      tEnd: parseDay(d.end),
      type,
      sub: e.sub_event_type || '',
      country: p.country || p.country_name || '',
      admin1: p.admin1 || '',
      actors: actorNames(e),
      source: e.source || (e.provenance && e.provenance.source) || '',
      dprec: d.precision || 'unknown',
      gprec: p.precision || 'unknown',
      lat: typeof p.lat === 'number' ? p.lat : NaN,
      lon: typeof p.lon === 'number' ? p.lon : NaN,
      fat: fatalities(e),
      doc: (e.provenance && e.provenance.doc_id) || '',
    };
  });
}

// FACETS are the filterable dimensions, in the order the page shows them.
// Each value reads the row's values for the facet (actors are many).
export const FACETS = [
  { key: 'country', label: 'Country', values: (r) => [r.country] },
  { key: 'admin1', label: 'Admin 1', values: (r) => [r.admin1] },
  { key: 'type', label: 'Event type', values: (r) => [r.type] },
  { key: 'sub', label: 'Sub-event type', values: (r) => [r.sub] },
  { key: 'actor', label: 'Actor', values: (r) => r.actors },
  { key: 'source', label: 'Source', values: (r) => [r.source] },
  { key: 'dprec', label: 'Date precision', values: (r) => [r.dprec] },
  { key: 'gprec', label: 'Place precision', values: (r) => [r.gprec] },
];

// Bits of a row's failure mask: one per facet (in FACETS order), then time,
// viewport and text. A row passes a view that ignores dimension k when its
// mask without bit k is zero, so one pass over the rows serves every view.
export const TIME = 1 << FACETS.length;
export const BBOX = TIME << 1;
const TEXT = BBOX << 1;
export const bit = (except) => {
  if (except === 'time') return TIME;
  if (except === 'bbox') return BBOX;
  const i = FACETS.findIndex((fc) => fc.key === except);
  return i >= 0 ? 1 << i : 0;
};

// failMask says which of filter f's dimensions row r fails. Rows without a
// date fail a time filter; rows without coordinates pass a viewport filter,
// as no viewport can exclude them.
export function failMask(r, f) {
  let m = 0;
  for (let i = 0; i < FACETS.length; i++) {
    const want = f.facets[FACETS[i].key];
    if (!want || want.length === 0) continue;
    let hit = false;
    for (const v of FACETS[i].values(r)) if (want.includes(v)) { hit = true; break; }
    if (!hit) m |= 1 << i;
  }
  if (f.from || f.to) {
    if (Number.isNaN(r.t) || (f.from && r.t < parseDay(f.from)) || (f.to && r.t > parseDay(f.to))) m |= TIME;
  }
  if (f.bbox && !Number.isNaN(r.lat) && !Number.isNaN(r.lon)) {
    const [w, s, e, n] = f.bbox;
    if (r.lat < s || r.lat > n || r.lon < w || r.lon > e) m |= BBOX;
  }
  if (f.q) {
    if (r.hay === undefined) {
      const e = r.e;
      r.hay = [e.summary, e.place && e.place.name, e.provenance && e.provenance.text, ...r.actors].join(' ').toLowerCase();
    }
    if (!r.hay.includes(f.q.toLowerCase())) m |= TEXT;
  }
  return m;
}

// matches applies filter f to row r, skipping the dimension named by except
// ("time", "bbox" or a facet key) so a view is not filtered by its own
// selection.
export function matches(r, f, except) {
  return (failMask(r, f) & ~bit(except)) === 0;
}

// facetCounts counts each facet's values among rows that pass every other
// filter, biggest first, keeping selected values even at zero. masks, when
// given, are the rows' failMasks for f.
export function facetCounts(rows, f, masks) {
  const ms = masks || rows.map((r) => failMask(r, f));
  const out = {};
  FACETS.forEach((fc, i) => {
    const m = new Map();
    const keep = ~(1 << i);
    for (let j = 0; j < rows.length; j++) {
      if ((ms[j] & keep) !== 0) continue;
      for (const v of fc.values(rows[j])) if (v) m.set(v, (m.get(v) || 0) + 1);
    }
    for (const v of f.facets[fc.key] || []) if (!m.has(v)) m.set(v, 0);
    out[fc.key] = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  });
  return out;
}

// binStart returns the start of the bucket holding day t: weeks start on
// Monday, as ISO weeks do.
export function binStart(unit, t) {
  const d = new Date(t);
  switch (unit) {
    case 'year':
      return Date.UTC(d.getUTCFullYear(), 0, 1);
    case 'month':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    default: {
      const dow = (d.getUTCDay() + 6) % 7;
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - dow);
    }
  }
}

export function binNext(unit, t) {
  const d = new Date(t);
  switch (unit) {
    case 'year':
      return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
    case 'month':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    default:
      return t + 7 * DAY;
  }
}

// autoUnit picks the finest bucket that keeps the timeline under ~160 bars.
export function autoUnit(t0, t1) {
  const days = (t1 - t0) / DAY;
  if (days / 7 <= 160) return 'week';
  if (days / 30.4 <= 160) return 'month';
  return 'year';
}

// span returns the first and last event day among rows, or null.
export function span(rows) {
  let lo = Infinity, hi = -Infinity;
  for (const r of rows) {
    if (Number.isNaN(r.t)) continue;
    if (r.t < lo) lo = r.t;
    if (r.t > hi) hi = r.t;
  }
  return lo === Infinity ? null : [lo, hi];
}

// histogram stacks the rows' counts (or fatalities) by event type in
// buckets covering [t0, t1]. Each row falls in the bucket of its first day.
export function histogram(rows, unit, t0, t1, measure) {
  const starts = [];
  for (let t = binStart(unit, t0); t <= t1; t = binNext(unit, t)) starts.push(t);
  const index = new Map(starts.map((t, i) => [t, i]));
  const memo = new Map(); // day -> bucket index: many events share a day
  const types = [...TYPES, OTHER];
  const series = Object.fromEntries(types.map((k) => [k, new Float64Array(starts.length)]));
  for (const r of rows) {
    if (Number.isNaN(r.t)) continue;
    let i = memo.get(r.t);
    if (i === undefined) memo.set(r.t, (i = index.get(binStart(unit, r.t))));
    if (i === undefined) continue;
    series[r.type][i] += measure === 'fatalities' ? r.fat : 1;
  }
  const totals = starts.map((_, i) => types.reduce((s, k) => s + series[k][i], 0));
  return { unit, starts, series, totals, types };
}

// CHANGE holds ACLED's change-level thresholds (Trendfinder's country
// change map): the latest week against the weekly average of a baseline.
export const CHANGE = [
  { level: 'Large increase', min: 0.25 },
  { level: 'Moderate increase', min: 0.10 },
  { level: 'Limited change', min: -0.25 },
  { level: 'Large decrease', min: -Infinity },
];

// baseline compares, per country or admin1, the events of the latest week
// of data (the week ending on `now`) with the weekly average of the
// `weeks` weeks before it. It returns null when the data does not reach
// back far enough for a baseline. Areas with a low baseline (≤ 2 a week on
// average and ≤ 5 in the latest week) are "Limited change", as ACLED does.
export function baseline(rows, { by = 'country', weeks = 52, now } = {}) {
  const sp = span(rows);
  if (!sp) return null;
  const end = now ?? sp[1];
  const curStart = end - 6 * DAY;
  const baseStart = curStart - weeks * 7 * DAY;
  if (sp[0] > baseStart) return null;
  const m = new Map();
  for (const r of rows) {
    if (Number.isNaN(r.t) || r.t > end || r.t < baseStart) continue;
    const key = by === 'admin1' ? `${r.country}\u0000${r.admin1}` : r.country;
    let a = m.get(key);
    if (!a) m.set(key, (a = { country: r.country, admin1: by === 'admin1' ? r.admin1 : '', current: 0, base: 0 }));
    if (r.t >= curStart) a.current++;
    else a.base++;
  }
  const out = [];
  for (const a of m.values()) {
    const avg = a.base / weeks;
    const change = avg > 0 ? (a.current - avg) / avg : a.current > 0 ? Infinity : 0;
    let level;
    if (avg <= 2 && a.current <= 5) level = 'Limited change';
    else level = CHANGE.find((c) => change > c.min || (c.min === -Infinity)).level;
    out.push({ ...a, average: avg, change, level });
  }
  out.sort((x, y) => y.change - x.change || y.current - x.current);
  return { from: formatDay(curStart), to: formatDay(end), baseFrom: formatDay(baseStart), weeks, by, areas: out };
}

// sortRows orders rows by date (undated last), then id for stability.
export function sortRows(rows, dir) {
  const s = dir === 'asc' ? 1 : -1;
  return rows.slice().sort((a, b) => {
    const an = Number.isNaN(a.t), bn = Number.isNaN(b.t);
    if (an !== bn) return an ? 1 : -1;
    if (!an && a.t !== b.t) return (a.t - b.t) * s;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

// highlight splits a provenance sentence into plain and marked pieces.
// Mark offsets are code points into the document; the sentence starts at
// provenance.span.start. Overlapping or out-of-range marks are dropped.
export function highlight(prov) {
  const text = [...(prov.text || '')];
  const base = prov.span ? prov.span.start : 0;
  const marks = (prov.marks || [])
    .map((m) => ({ kind: m.kind, value: m.value, s: m.start - base, e: m.end - base }))
    .filter((m) => m.s >= 0 && m.e <= text.length && m.e > m.s)
    .sort((a, b) => a.s - b.s || b.e - a.e);
  const pieces = [];
  let at = 0;
  for (const m of marks) {
    if (m.s < at) continue;
    if (m.s > at) pieces.push({ text: text.slice(at, m.s).join('') });
    pieces.push({ text: text.slice(m.s, m.e).join(''), kind: m.kind, value: m.value });
    at = m.e;
  }
  if (at < text.length) pieces.push({ text: text.slice(at).join('') });
  return pieces;
}

// countText renders a count as the Go side's Count.String does.
export function countText(c) {
  if (!c) return '';
  const hi = c.high;
  switch (c.qualifier) {
    case 'min': return `at least ${c.best}`;
    case 'max': return `up to ${c.best}`;
    case 'approx': return `about ${c.best}`;
    case 'unknown': return 'unknown';
    case 'vague': return hi != null ? `${c.low}–${hi}` : `${c.low}+`;
  }
  if (hi != null && (c.low !== c.best || hi !== c.best)) return `${c.best} (${c.low}–${hi})`;
  return String(c.best);
}
