// HTML for the panels: facets, event list rows, event detail, the conflict
// infobox with its reconciliation, the document, and the change table.
// Every value from data goes through esc.

import { FACETS, colour, countText, highlight, CHANGE } from './model.js';
import { esc, eventTitle } from './dom.js';

const SIDE = { 1: 'Side 1', 2: 'Side 2', 3: 'Third party' };

export function facetsHTML(counts, f, open) {
  let out = '';
  for (const fc of FACETS) {
    const vals = counts[fc.key] || [];
    if (vals.length === 0) continue;
    const sel = f.facets[fc.key] || [];
    const limit = open[fc.key] ? vals.length : 8;
    out += `<fieldset class="facet" data-facet="${fc.key}"><legend>${esc(fc.label)}` +
      (sel.length ? ` <button type="button" class="link facet-clear" data-facet="${fc.key}">clear</button>` : '') + '</legend><ul>';
    for (const [v, n] of vals.slice(0, limit)) {
      const on = sel.includes(v);
      const sw = fc.key === 'type' ? `<i class="sw" style="background:${colour(v)}"></i>` : '';
      out += `<li><label class="${n ? '' : 'zero'}"><input type="checkbox" data-facet="${fc.key}" value="${esc(v)}"${on ? ' checked' : ''}>` +
        `${sw}<span class="fv">${esc(v)}</span><span class="fn">${n.toLocaleString('en')}</span></label></li>`;
    }
    out += '</ul>';
    if (vals.length > limit) out += `<button type="button" class="link facet-more" data-facet="${fc.key}">${vals.length - limit} more…</button>`;
    out += '</fieldset>';
  }
  return out;
}

export function rowHTML(r, selected) {
  const e = r.e;
  const place = [e.place && e.place.name, r.admin1, r.country].filter(Boolean);
  const uniq = place.filter((p, i) => place.indexOf(p) === i).join(', ');
  return `<li role="option" id="row-${cssId(r.id)}" data-id="${esc(r.id)}" aria-selected="${selected ? 'true' : 'false'}" class="row${selected ? ' sel' : ''}">` +
    `<i class="sw" style="background:${colour(r.type)}" title="${esc(r.type)}"></i>` +
    `<span class="rd">${esc((e.date && e.date.value) || 'undated')}</span>` +
    `<span class="rt">${esc(eventTitle(e))}</span>` +
    `<span class="rp">${esc(uniq)}${r.fat ? ` · <b>${r.fat}</b> killed` : ''}</span></li>`;
}

export function cssId(id) {
  return String(id).replace(/[^A-Za-z0-9_-]/g, (c) => '_' + c.charCodeAt(0).toString(16));
}

function countCell(c) {
  return c ? esc(countText(c)) + (c.qualifier ? ` <span class="q">${esc(c.qualifier)}</span>` : '') : '';
}

export function detailHTML(e, docHref) {
  const d = e.date || {};
  const p = e.place || {};
  const prov = e.provenance || {};
  let out = `<header><h2 id="detail-title">${esc(eventTitle(e))}</h2>` +
    `<button type="button" class="close" aria-label="Close detail">×</button></header>`;
  out += '<dl class="kv">';
  const kv = (k, v) => { if (v !== '' && v != null) out += `<dt>${esc(k)}</dt><dd>${v}</dd>`; };
  kv('Date', `${esc(d.value || '')} <span class="q">${esc(d.precision || 'unknown')} precision</span>` +
    (d.start && d.end && d.start !== d.end ? `<br><span class="q">${esc(d.start)} – ${esc(d.end)}</span>` : ''));
  kv('Event type', e.event_type ? `<i class="sw" style="background:${colour(e.event_type)}"></i>${esc(e.event_type)}` : '');
  kv('Sub-event type', esc(e.sub_event_type || ''));
  const where = [p.name, p.admin2, p.admin1, p.country_name || p.country].filter(Boolean);
  kv('Place', esc(where.filter((x, i) => where.indexOf(x) === i).join(', ')) +
    (p.precision ? ` <span class="q">${esc(p.precision)} precision</span>` : ''));
  if (typeof p.lat === 'number') kv('Coordinates', `${p.lat.toFixed(4)}, ${p.lon.toFixed(4)}`);
  if (e.fatalities) kv('Fatalities', countCell(e.fatalities));
  kv('Source', `${esc(e.source || '')}${e.source_id ? ` <span class="q">${esc(e.source_id)}</span>` : ''}`);
  kv('Event id', `<code>${esc(e.id)}</code>`);
  out += '</dl>';

  if (e.actors && e.actors.length) {
    out += '<h3>Actors</h3><table class="tbl"><thead><tr><th>Actor</th><th>Side</th><th>Role</th></tr></thead><tbody>';
    for (const a of e.actors) {
      const canon = a.canonical && a.canonical !== a.name ? ` <span class="q">→ ${esc(a.canonical)}</span>` : '';
      out += `<tr><td>${esc(a.name)}${canon}</td><td>${esc(SIDE[a.side] || '')}</td><td>${esc(a.role || a.inter || '')}</td></tr>`;
    }
    out += '</tbody></table>';
  }
  if (e.casualties && e.casualties.length) {
    out += '<h3>Casualties</h3><table class="tbl cas"><thead><tr><th>Party</th><th>Side</th><th>Killed</th><th>Wounded</th><th>Captured</th><th>Note</th></tr></thead><tbody>';
    for (const c of e.casualties) {
      const note = [c.non_hostile ? 'non-hostile' : '', c.note || ''].filter(Boolean).join('; ');
      out += `<tr data-who="${esc(c.who)}"><td>${esc(c.who)}</td><td>${esc(SIDE[c.side] || '')}</td>` +
        `<td>${countCell(c.killed)}</td><td>${countCell(c.wounded)}</td><td>${countCell(c.captured)}</td><td>${esc(note)}</td></tr>`;
    }
    out += '</tbody></table>';
  }
  if (prov.text) {
    out += '<h3>Source sentence</h3><blockquote class="src">';
    for (const piece of highlight(prov)) {
      out += piece.kind
        ? `<mark class="mk mk-${esc(piece.kind)}" title="${esc(piece.kind)}${piece.value ? ': ' + esc(piece.value) : ''}">${esc(piece.text)}</mark>`
        : esc(piece.text);
    }
    out += '</blockquote><p class="legend"><mark class="mk mk-date">date</mark> <mark class="mk mk-place">place</mark> ' +
      '<mark class="mk mk-actor">actor</mark> <mark class="mk mk-number">number</mark></p>';
  }
  if (prov.doc_id) {
    const name = docHref ? `<a href="${esc(docHref)}" class="doc-link">${esc(prov.doc_id)}</a>` : esc(prov.doc_id);
    out += `<p>From ${name}` +
      (prov.line ? `, line ${prov.line}` : '') + (prov.version ? ` <span class="q">(${esc(prov.version)})</span>` : '') + '</p>';
  }
  if (e.extra && Object.keys(e.extra).length) {
    out += '<details><summary>All source fields</summary><table class="tbl"><tbody>';
    for (const [k, v] of Object.entries(e.extra)) out += `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`;
    out += '</tbody></table></details>';
  }
  return out;
}

export function conflictHTML(resp) {
  const c = resp.conflict || {};
  const doc = resp.document || {};
  const d = c.date || {};
  let info = `<h2>${esc(c.name || doc.title || doc.id || 'Conflict')}</h2><dl class="kv">`;
  const kv = (k, v) => { if (v) info += `<dt>${esc(k)}</dt><dd>${v}</dd>`; };
  kv('Part of', esc((c.part_of || []).join('; ')));
  kv('Date', esc([d.start, c.ongoing ? 'present' : d.end].filter(Boolean).join(' – ')));
  kv('Location', esc((c.places || []).map((p) => p.name).join(', ')));
  kv('Result', esc((c.result || []).join('; ')));
  info += '</dl><div class="sides">';
  for (const s of c.sides || []) {
    info += `<section class="side"><h3>Side ${s.number}</h3><p class="parties">${(s.parties || []).map(esc).join('<br>')}</p>`;
    if (s.commanders && s.commanders.length) {
      info += `<details><summary><h4>Commanders (${s.commanders.length})</h4></summary><ul>` + s.commanders.map((m) => `<li>${esc(m.name)}` +
        (m.from || m.to ? ` <span class="q">${esc([m.from, m.to].filter(Boolean).join('–'))}</span>` : '') +
        (m.killed_in_action ? ' <span class="q">†</span>' : '') + '</li>').join('') + '</ul></details>';
    }
    if (s.strength && s.strength.length) {
      info += '<h4>Strength</h4><ul>' + s.strength.map((x) => `<li>${x.approx ? '~' : ''}${x.count.toLocaleString('en')} ${esc(x.unit || '')}` +
        (x.who ? ` <span class="q">${esc(x.who)}</span>` : '') + '</li>').join('') + '</ul>';
    }
    if (s.casualties && s.casualties.length) {
      info += '<h4>Casualties and losses</h4><ul>' + s.casualties.map((x) => `<li>${esc(x.raw)}</li>`).join('') + '</ul>';
    }
    info += '</section>';
  }
  info += '</div>';

  let rec = '<h2>Reconciliation</h2>';
  const vs = resp.reconciliation || [];
  if (vs.length === 0) rec += '<p class="q">No casualty claims to check.</p>';
  else {
    rec += '<table class="tbl rec"><thead><tr><th>Claim</th><th>Evidence in the narrative</th><th>Verdict</th></tr></thead><tbody>';
    for (const v of vs) {
      const cls = v.status === 'consistent' ? 'ok' : v.status === 'differs' ? 'bad' : 'none';
      const evs = (v.events || []).map((id) => `<a href="#" data-ev="${esc(id)}">${esc(shortId(id))}</a>`).join(' ');
      rec += `<tr><td>${esc(v.claim)}</td><td>${esc(v.evidence)}${evs ? `<br><span class="q">events: ${evs}</span>` : ''}</td>` +
        `<td><span class="verdict ${cls}">${esc(v.verdict || v.status)}</span></td></tr>`;
    }
    rec += '</tbody></table>';
  }
  return { info, rec };
}

function shortId(id) {
  const i = id.lastIndexOf('#');
  return i >= 0 ? id.slice(i) : id;
}

// docHTML shows the document text with the selected span marked, so a
// reader can see an event's sentence in its context.
export function docHTML(title, text, spanStr) {
  const cps = [...(text || '')];
  const m = /^(\d+)-(\d+)$/.exec(spanStr || '');
  let body;
  if (m && +m[2] <= cps.length && +m[1] < +m[2]) {
    body = esc(cps.slice(0, +m[1]).join('')) + `<mark id="doc-mark" class="mk-sentence">${esc(cps.slice(+m[1], +m[2]).join(''))}</mark>` + esc(cps.slice(+m[2]).join(''));
  } else body = esc(text || '');
  return `<h2>${esc(title)}</h2><div class="doc-text">${body}</div>`;
}

export function changeHTML(b, byAdmin1) {
  if (!b) return '<p>Not enough history for a baseline: the data must reach back a full baseline window before its latest week.</p>';
  let out = `<p>Events in the week ${esc(b.from)} – ${esc(b.to)} against the weekly average of the ${b.weeks} weeks from ${esc(b.baseFrom)}. ` +
    'Levels follow ACLED\'s change thresholds: above +25% large increase, +10% to +25% moderate increase, −25% to +10% limited change, ' +
    'below −25% large decrease; an average of two or fewer a week with five or fewer in the latest week counts as limited change.</p>';
  out += '<ul class="legend-row">' + CHANGE.map((c) => `<li><i class="lvl lvl-${lvlClass(c.level)}"></i>${esc(c.level)}</li>`).join('') + '</ul>';
  out += `<table class="tbl change"><thead><tr><th>Country</th>${byAdmin1 ? '<th>Admin 1</th>' : ''}<th>Latest week</th><th>Weekly average</th><th>Change</th><th>Level</th></tr></thead><tbody>`;
  for (const a of b.areas) {
    const pct = Number.isFinite(a.change) ? `${a.change >= 0 ? '+' : ''}${Math.round(a.change * 100)}%` : 'new';
    out += `<tr><td>${esc(a.country)}</td>${byAdmin1 ? `<td>${esc(a.admin1)}</td>` : ''}<td>${a.current}</td><td>${a.average.toFixed(2)}</td>` +
      `<td>${pct}</td><td><i class="lvl lvl-${lvlClass(a.level)}"></i>${esc(a.level)}</td></tr>`;
  }
  return out + '</tbody></table>';
}

function lvlClass(level) {
  return level.toLowerCase().replace(/\s+/g, '-');
}
