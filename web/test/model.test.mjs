// Tests of the page's data model (web/src/model.js and state.js), run with
// `node --test test/` from web/. No browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepare, matches, facetCounts, histogram, binStart, autoUnit, baseline, highlight, countText, sortRows, parseDay } from '../src/model.js';
import { parse, format } from '../src/state.js';

const ev = (id, day, extra = {}) => ({
  id, source: 'test', date: { start: day, end: day, precision: 'day', value: day },
  place: { name: 'P', country: 'NER', admin1: 'Tillabéri', lat: 14, lon: 1, precision: 'point' }, event_type: 'Battles', ...extra,
});
const noFilter = { facets: {} };

test('time filter keeps events starting inside the inclusive range', () => {
  const rows = prepare([ev('a', '2016-12-31'), ev('b', '2017-01-01'), ev('c', '2017-12-31'), ev('d', '2018-01-01'), { id: 'u', date: {} }]);
  const f = { facets: {}, from: '2017-01-01', to: '2017-12-31' };
  assert.deepEqual(rows.filter((r) => matches(r, f)).map((r) => r.id), ['b', 'c']);
  // The timeline is not filtered by its own selection.
  assert.equal(rows.filter((r) => matches(r, f, 'time')).length, 5);
});

test('viewport filter passes events without coordinates', () => {
  const rows = prepare([ev('in', '2017-01-01'), ev('out', '2017-01-01', { place: { lat: 50, lon: 50 } }), ev('nowhere', '2017-01-01', { place: {} })]);
  const f = { facets: {}, bbox: [0, 10, 5, 20] };
  assert.deepEqual(rows.filter((r) => matches(r, f)).map((r) => r.id), ['in', 'nowhere']);
});

test('facets: OR within a facet, AND across, counts ignore the own facet', () => {
  const rows = prepare([
    ev('a', '2017-01-01', { actors: [{ name: 'X' }] }),
    ev('b', '2017-01-01', { event_type: 'Riots', actors: [{ name: 'Y', canonical: 'Z' }] }),
    ev('c', '2017-01-01', { event_type: 'Protests', place: { country: 'MLI' } }),
  ]);
  const f = { facets: { type: ['Battles', 'Riots'], country: ['NER'] } };
  assert.deepEqual(rows.filter((r) => matches(r, f)).map((r) => r.id), ['a', 'b']);
  const counts = facetCounts(rows, f);
  assert.deepEqual(Object.fromEntries(counts.type), { Battles: 1, Riots: 1 });
  assert.deepEqual(Object.fromEntries(counts.country), { NER: 2 });
  assert.deepEqual(Object.fromEntries(counts.actor), { X: 1, Z: 1 });
});

test('histogram stacks by type and measures fatalities', () => {
  const rows = prepare([
    ev('a', '2017-01-15', { fatalities: { low: 3, best: 3 } }),
    ev('b', '2017-01-20', { event_type: 'Riots', casualties: [{ who: 'x', killed: { low: 2, best: 2 } }, { who: 'y', killed: { low: 1, best: 1 } }] }),
    ev('c', '2017-03-02'),
  ]);
  const h = histogram(rows, 'month', parseDay('2017-01-15'), parseDay('2017-03-02'), 'count');
  assert.equal(h.starts.length, 3);
  assert.deepEqual(h.totals, [2, 0, 1]);
  const f = histogram(rows, 'month', parseDay('2017-01-15'), parseDay('2017-03-02'), 'fatalities');
  assert.deepEqual([...f.series.Battles], [3, 0, 0]);
  assert.deepEqual([...f.series.Riots], [3, 0, 0]);
});

test('buckets: ISO weeks start on Monday; unit follows span', () => {
  assert.equal(new Date(binStart('week', parseDay('2017-10-04'))).toISOString().slice(0, 10), '2017-10-02');
  assert.equal(new Date(binStart('week', parseDay('2017-10-02'))).toISOString().slice(0, 10), '2017-10-02');
  assert.equal(new Date(binStart('week', parseDay('2017-10-08'))).toISOString().slice(0, 10), '2017-10-02');
  assert.equal(autoUnit(parseDay('2017-01-01'), parseDay('2017-12-31')), 'week');
  assert.equal(autoUnit(parseDay('2013-01-01'), parseDay('2024-08-05')), 'month');
  assert.equal(autoUnit(parseDay('1989-01-01'), parseDay('2024-08-05')), 'year');
});

test('baseline uses ACLED thresholds and needs history', () => {
  const evs = [];
  // 52 weeks with one event a week in NER and three a week in MLI.
  for (let w = 0; w < 52; w++) {
    const d = new Date(Date.UTC(2020, 0, 1) + w * 7 * 86400000).toISOString().slice(0, 10);
    evs.push(ev(`n${w}`, d));
    for (let k = 0; k < 3; k++) evs.push(ev(`m${w}.${k}`, d, { place: { country: 'MLI' } }));
  }
  const now = Date.UTC(2020, 0, 1) + 52 * 7 * 86400000 + 6 * 86400000;
  const last = new Date(now).toISOString().slice(0, 10);
  for (let k = 0; k < 4; k++) evs.push(ev(`ml${k}`, last, { place: { country: 'MLI' } }));
  for (let k = 0; k < 3; k++) evs.push(ev(`nl${k}`, last));
  const b = baseline(prepare(evs), { weeks: 52, now });
  const by = Object.fromEntries(b.areas.map((a) => [a.country, a]));
  assert.equal(by.MLI.current, 4);
  assert.ok(Math.abs(by.MLI.average - 3) < 1e-9);
  assert.equal(by.MLI.level, 'Large increase'); // +33%
  assert.equal(by.NER.level, 'Limited change'); // low baseline: avg 1, 3 this week
  assert.equal(baseline(prepare(evs.slice(-20)), { weeks: 52 }), null);
});

test('highlight places marks relative to the sentence in code points', () => {
  const prov = { text: 'Él vio 4 muertos en Tongo', span: { start: 100, end: 125 }, marks: [{ kind: 'number', start: 107, end: 108 }, { kind: 'place', start: 120, end: 125 }, { kind: 'bad', start: 90, end: 95 }] };
  assert.deepEqual(highlight(prov).map((p) => [p.text, p.kind || '']), [['Él vio ', ''], ['4', 'number'], [' muertos en ', ''], ['Tongo', 'place']]);
});

test('countText reads qualifiers like the Go side', () => {
  assert.equal(countText({ low: 21, best: 21, qualifier: 'min' }), 'at least 21');
  assert.equal(countText({ low: 4, best: 4, high: 4 }), '4');
  assert.equal(countText({ low: 10, best: 20, high: 30, qualifier: 'vague' }), '10–30');
  assert.equal(countText({ low: 3, best: 5, high: 9 }), '5 (3–9)');
});

test('sort puts undated events last', () => {
  const rows = prepare([ev('a', '2017-01-01'), { id: 'u', date: {} }, ev('b', '2018-01-01')]);
  assert.deepEqual(sortRows(rows, 'desc').map((r) => r.id), ['b', 'a', 'u']);
  assert.deepEqual(sortRows(rows, 'asc').map((r) => r.id), ['a', 'b', 'u']);
});

test('URL state round-trips', () => {
  const h = '#/conflict/doc%231?country=NER&country=MLI&type=Battles&from=2017-01-01&to=2017-12-31&measure=fatalities&ev=doc%231%236';
  const s = parse(h);
  assert.equal(s.route, 'conflict');
  assert.equal(s.id, 'doc#1');
  assert.deepEqual(s.facets.country, ['NER', 'MLI']);
  assert.equal(s.ev, 'doc#1#6');
  assert.deepEqual(parse(format(s)), s);
  assert.equal(parse('').route, '');
});
