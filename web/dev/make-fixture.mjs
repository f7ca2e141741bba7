// Writes fixture.json: a hand-made stand-in for the API's answers about the
// seed article, for developing the page before (or without) the server.
// Usage: node dev/make-fixture.mjs /path/to/seed.txt /path/to/expected.json
import { readFileSync, writeFileSync } from 'node:fs';
const [text, exp] = [readFileSync(process.argv[2], 'utf8'), JSON.parse(readFileSync(process.argv[3], 'utf8'))];
const cps = [...text];
const places = { Niger: [17.6, 8.08, 'country'], Niamey: [13.51, 2.11, 'point'], Agadez: [16.97, 7.99, 'point'], 'Tongo Tongo': [14.79, 1.37, 'point'], Arlit: [18.74, 7.39, 'point'], 'Lake Chad basin': [13.4, 13.9, 'region'] };
const admin1 = { Niamey: 'Niamey', Agadez: 'Agadez', 'Tongo Tongo': 'Tillabéri', Arlit: 'Agadez' };
const cpIndex = (s) => { const i = text.indexOf(s); return i < 0 ? -1 : [...text.slice(0, i)].length; };
const events = exp.events.map((x, n) => {
  const [y, m, d] = x.date.split('-');
  const prec = d ? 'day' : m ? 'month' : 'year';
  const start = `${y}-${m || '01'}-${d || '01'}`;
  const end = d ? start : m ? new Date(Date.UTC(+y, +m, 0)).toISOString().slice(0, 10) : `${y}-12-31`;
  const pl = places[x.place];
  const e = {
    id: `000_0889d550786835f5#${n + 1}`, source: 'article', source_id: String(n + 1),
    date: { start, end, precision: prec, value: x.date },
    place: x.place ? { name: x.place, admin1: admin1[x.place], country: x.place === 'Lake Chad basin' ? '' : 'NER', lat: pl[0], lon: pl[1], precision: pl[2] } : {},
    actors: (x.actors || []).map((a, i) => ({ name: a, canonical: a, side: i < 2 ? 1 : 2 })),
    casualties: (x.casualties || []).map((c, i) => ({ who: c.who, side: i < 2 ? 1 : 2, killed: c.killed != null ? { low: c.killed, best: c.killed, qualifier: c.min ? 'min' : undefined } : undefined, wounded: c.wounded != null ? { low: c.wounded, best: c.wounded, high: c.wounded } : undefined, non_hostile: c.non_hostile })),
    event_type: x.type, summary: x.summary, provenance: { source: 'article', doc_id: '000_0889d550786835f5' },
  };
  if (x.summary === 'Tongo Tongo ambush') {
    const s = 'On October 4, 2017 a joint American';
    const st = cpIndex(s);
    const sent = text.slice(text.indexOf(s)).split(/(?<=\.) /)[0];
    e.provenance.span = { start: st, end: st + [...sent].length };
    e.provenance.text = sent;
    const mark = (kind, str) => { const o = [...sent.slice(0, sent.indexOf(str))].length + st; return { kind, start: o, end: o + [...str].length, value: str }; };
    e.provenance.marks = [mark('date', 'October 4, 2017'), mark('place', 'Tongo Tongo'), mark('actor', 'Islamic State in the Greater Sahara'), mark('number', '46')];
  }
  return e;
});
const c = exp.conflict;
const conflict = { name: c.name, part_of: c.part_of, date: { start: c.start, end: c.end, precision: 'day' }, places: c.places,
  sides: c.sides.map((s, i) => ({ number: i + 1, parties: s.parties, commanders: s.commanders, strength: s.strength.map((x) => ({ ...x, raw: '' })),
    casualties: s.casualties.map((x) => ({ raw: JSON.stringify(x).replace(/[{}"]/g, '').replace(/,/g, ', '), ...x })) })) };
const reconciliation = exp.reconciliation.map((r, i) => ({ side: i < 3 ? 1 : 2, claim: r.claim, evidence: r.evidence, verdict: r.verdict, status: r.verdict === 'consistent' ? 'consistent' : 'differs', events: [] }));
const doc = { id: '000_0889d550786835f5', doc_id: '000_0889d550786835f5', title: c.name };
writeFileSync(new URL('fixture.json', import.meta.url), JSON.stringify({ conflicts: [doc], conflict: { document: doc, conflict, reconciliation, events, text } }, null, 1));
