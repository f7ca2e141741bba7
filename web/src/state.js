// The view's state lives in the URL fragment, so a view can be bookmarked
// or shared: "#/events?country=NER&from=2017-01-01&to=2017-12-31&ev=…".
// The fragment never reaches the server, so the page needs no routes there.

import { FACETS } from './model.js';

const DEFAULTS = { unit: 'auto', measure: 'count', sort: 'desc', vp: '1', base: '52', by: 'country' };

export function parse(hash) {
  const h = (hash || '').replace(/^#\/?/, '');
  const [path, query = ''] = splitOnce(h, '?');
  const parts = path.split('/').map(decodeURIComponent);
  const p = new URLSearchParams(query);
  const s = {
    route: parts[0] || '',
    id: parts.slice(1).join('/'),
    facets: {},
    from: p.get('from') || '',
    to: p.get('to') || '',
    q: p.get('q') || '',
    ev: p.get('ev') || '',
    map: p.get('map') || '',
    span: p.get('span') || '',
  };
  for (const k of Object.keys(DEFAULTS)) s[k] = p.get(k) || DEFAULTS[k];
  for (const f of FACETS) {
    const v = p.getAll(f.key);
    if (v.length) s.facets[f.key] = v;
  }
  return s;
}

export function format(s) {
  const p = new URLSearchParams();
  for (const f of FACETS) for (const v of s.facets[f.key] || []) p.append(f.key, v);
  for (const k of ['from', 'to', 'q']) if (s[k]) p.set(k, s[k]);
  for (const k of Object.keys(DEFAULTS)) if (s[k] && s[k] !== DEFAULTS[k]) p.set(k, s[k]);
  for (const k of ['map', 'ev', 'span']) if (s[k]) p.set(k, s[k]);
  const path = '#/' + [s.route, ...(s.id ? [s.id] : [])].map(encodeURIComponent).join('/');
  const q = p.toString();
  return q ? `${path}?${q}` : path;
}

function splitOnce(s, sep) {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
}
