// Calls to the sitrep HTTP API (internal/server). Same origin only: the
// page's CSP forbids anything else.

async function getJSON(url) {
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!r.ok) {
    let msg = '';
    try { msg = (await r.text()).slice(0, 200); } catch { /* body unreadable */ }
    throw new Error(`GET ${url}: ${r.status} ${msg}`);
  }
  return r.json();
}

// allEvents pages through /api/events. The page filters on the client, so
// it fetches the whole set once, a page at a time.
// PAGE_SIZE is the server's largest page (internal/server MaxPage default).
const PAGE_SIZE = 1000;

export async function allEvents(onProgress) {
  const out = [];
  let cursor = '';
  for (let page = 0; page < 1000; page++) {
    const q = new URLSearchParams({ limit: String(PAGE_SIZE) });
    if (cursor) q.set('cursor', cursor);
    const r = await getJSON('api/events?' + q);
    out.push(...(r.events || []));
    if (onProgress) onProgress(out.length);
    cursor = r.next_cursor || '';
    if (!cursor || !(r.events || []).length) break;
  }
  return out;
}

export async function conflicts() {
  const r = await getJSON('api/conflicts');
  return Array.isArray(r) ? r : r.conflicts || [];
}

export function conflict(id) {
  return getJSON('api/conflicts/' + encodeURIComponent(id));
}
