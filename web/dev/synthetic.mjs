// synthetic makes n plausible events (Sahel and Central Africa, 2015–2024)
// from a fixed seed, for measuring the page at scale.
const TYPES = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments'];
const AREAS = [['NER', 'Tillabéri', 14.2, 1.5], ['MLI', 'Mopti', 14.5, -4.2], ['BFA', 'Sahel', 14.0, -0.5], ['NGA', 'Borno', 11.8, 13.1], ['CAF', 'Ouaka', 6.3, 20.7], ['TCD', 'Lac', 13.6, 14.6]];
export function synthetic(n) {
  let s = 42;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const t0 = Date.UTC(2015, 0, 1), span = 10 * 365 * 86400000;
  const out = [];
  for (let i = 0; i < n; i++) {
    const a = AREAS[Math.floor(rnd() * AREAS.length)];
    const day = new Date(t0 + Math.floor(rnd() * span / 86400000) * 86400000).toISOString().slice(0, 10);
    const k = Math.floor(rnd() * 4);
    out.push({ id: `synthetic:${i}`, source: 'synthetic', source_id: String(i), date: { start: day, end: day, precision: 'day', value: day },
      place: { name: `Place ${i % 300}`, admin1: a[1], country: a[0], lat: a[2] + (rnd() - 0.5) * 3, lon: a[3] + (rnd() - 0.5) * 3, precision: 'point' },
      actors: [{ name: `Group ${i % 17}`, side: 1 }, { name: `Group ${(i * 7) % 23}`, side: 2 }],
      casualties: k ? [{ who: `Group ${i % 17}`, side: 1, killed: { low: k, best: k, high: k } }] : [],
      event_type: TYPES[Math.floor(rnd() * TYPES.length)], summary: `Synthetic event ${i}`, fatalities: { low: k, best: k, high: k },
      provenance: { source: 'synthetic' } });
  }
  return out;
}
