// The timeline: counts or fatalities per week, month or year, stacked by
// event type, drawn as SVG. Dragging across it (or clicking a bar) selects
// whole buckets; the selection filters the map and the list.

import { colour, formatDay, binStart, binNext } from './model.js';
import { esc } from './dom.js';

const NS = 'http://www.w3.org/2000/svg';
const DAY = 86400000;
const M = { top: 10, right: 8, bottom: 22, left: 38 };

export function createTimeline(el, { onBrush }) {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('class', 'tl-svg');
  svg.setAttribute('role', 'img');
  el.appendChild(svg);
  let hist = null;
  let sel = null; // [fromMs, toMs] inclusive days
  let x0 = 0, x1 = 1, width = 600, height = 150;

  const tx = (t) => M.left + ((t - x0) / (x1 - x0)) * (width - M.left - M.right);
  const ti = (px) => x0 + ((px - M.left) / (width - M.left - M.right)) * (x1 - x0);

  function draw() {
    width = Math.max(260, el.clientWidth || 600);
    height = el.clientHeight > 60 ? el.clientHeight : 150;
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('width', width);
    svg.setAttribute('height', height);
    if (!hist || hist.starts.length === 0) {
      svg.innerHTML = `<text x="${width / 2}" y="${height / 2}" text-anchor="middle" class="tl-empty">No dated events</text>`;
      return;
    }
    const { starts, series, totals, types, unit } = hist;
    x0 = starts[0];
    x1 = binNext(unit, starts[starts.length - 1]);
    const max = Math.max(1, ...totals);
    const ih = height - M.top - M.bottom;
    const ty = (v) => M.top + ih - (v / max) * ih;
    let out = '';
    // y axis: zero and the maximum are enough to read a stacked bar chart.
    out += `<g class="tl-axis"><line x1="${M.left}" x2="${width - M.right}" y1="${M.top + ih}" y2="${M.top + ih}"/>`;
    out += `<text x="${M.left - 4}" y="${M.top + 8}" text-anchor="end">${fmtNum(max)}</text>`;
    out += `<text x="${M.left - 4}" y="${M.top + ih}" text-anchor="end">0</text></g>`;
    out += '<g class="tl-bars">';
    for (let i = 0; i < starts.length; i++) {
      if (!totals[i]) continue;
      const a = tx(starts[i]);
      const b = tx(binNext(unit, starts[i]));
      const w = Math.max(1, b - a - (b - a > 4 ? 1 : 0));
      const inSel = !sel || (starts[i] >= binStart(unit, sel[0]) && starts[i] <= sel[1]);
      let acc = 0;
      let title = `${label(unit, starts[i])}: ${fmtNum(totals[i])}`;
      out += `<g class="tl-bar${inSel ? '' : ' tl-out'}" data-start="${formatDay(starts[i])}">`;
      for (const k of types) {
        const v = series[k][i];
        if (!v) continue;
        const y1 = ty(acc), y2 = ty(acc + v);
        out += `<rect x="${a.toFixed(2)}" y="${y2.toFixed(2)}" width="${w.toFixed(2)}" height="${Math.max(0.5, y1 - y2).toFixed(2)}" fill="${colour(k)}"/>`;
        acc += v;
        title += `\n${k}: ${fmtNum(v)}`;
      }
      out += `<title>${esc(title)}</title></g>`;
    }
    out += '</g>';
    out += axis(unit);
    if (sel) {
      const a = tx(Math.max(x0, binStart(unit, sel[0])));
      const b = tx(Math.min(x1, sel[1] + DAY));
      out += `<rect class="tl-sel" x="${a}" y="${M.top}" width="${Math.max(0, b - a)}" height="${ih}"/>`;
    }
    out += `<rect class="tl-hit" x="${M.left}" y="0" width="${width - M.left - M.right}" height="${height}"/>`;
    svg.innerHTML = out;
    svg.setAttribute('aria-label', `Timeline of ${fmtNum(totals.reduce((s, v) => s + v, 0))} by ${unit}` +
      (sel ? `, selected ${formatDay(sel[0])} to ${formatDay(sel[1])}` : ''));
  }

  function axis(unit) {
    const years = (x1 - x0) / (365.25 * DAY);
    const step = years > 40 ? 10 : years > 16 ? 5 : years > 7 ? 2 : 1;
    let out = '<g class="tl-axis">';
    const y = height - 6;
    let last = -Infinity;
    for (let yr = new Date(x0).getUTCFullYear(); yr <= new Date(x1).getUTCFullYear(); yr++) {
      const t = Date.UTC(yr, 0, 1);
      if (t < x0 || yr % step) continue;
      const px = tx(t);
      out += `<line x1="${px}" x2="${px}" y1="${M.top}" y2="${height - M.bottom + 3}" class="tl-tick"/>`;
      if (px - last > 30 && px < width - M.right - 24) {
        out += `<text x="${px + 2}" y="${y}">${yr}</text>`;
        last = px;
      }
    }
    if (years < 2.5 && unit !== 'year') {
      for (let t = binStart('month', x0); t < x1; t = binNext('month', t)) {
        const px = tx(t);
        if (new Date(t).getUTCMonth() === 0 || px - last < 26) continue;
        out += `<text x="${px + 2}" y="${y}" class="tl-minor">${new Date(t).toLocaleString('en', { month: 'short', timeZone: 'UTC' })}</text>`;
        last = px;
      }
    }
    return out + '</g>';
  }

  // Brushing: a drag selects the buckets it touches; a click selects one.
  let dragFrom = null;
  svg.addEventListener('pointerdown', (ev) => {
    if (!hist || !hist.starts.length) return;
    svg.setPointerCapture(ev.pointerId);
    dragFrom = pointerTime(ev);
    setSel(snap(dragFrom, dragFrom));
  });
  svg.addEventListener('pointermove', (ev) => {
    if (dragFrom === null) return;
    setSel(snap(dragFrom, pointerTime(ev)));
  });
  const finish = (ev) => {
    if (dragFrom === null) return;
    const r = snap(dragFrom, pointerTime(ev));
    dragFrom = null;
    setSel(r);
    onBrush(formatDay(r[0]), formatDay(r[1]));
  };
  svg.addEventListener('pointerup', finish);
  svg.addEventListener('pointercancel', () => { dragFrom = null; });

  function pointerTime(ev) {
    const box = svg.getBoundingClientRect();
    const px = ((ev.clientX - box.left) / box.width) * width;
    return Math.min(x1 - DAY, Math.max(x0, ti(px)));
  }

  function snap(a, b) {
    const lo = Math.min(a, b), hi = Math.max(a, b);
    const u = hist.unit;
    return [binStart(u, lo), binNext(u, binStart(u, hi)) - DAY];
  }

  function setSel(r) {
    sel = r;
    draw();
  }

  return {
    update(h, selection) {
      hist = h;
      sel = selection;
      draw();
    },
    redraw: draw,
  };
}

function label(unit, t) {
  const d = new Date(t);
  if (unit === 'year') return String(d.getUTCFullYear());
  if (unit === 'month') return d.toLocaleString('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return 'week of ' + formatDay(t);
}

function fmtNum(v) {
  return Number.isInteger(v) ? v.toLocaleString('en') : v.toFixed(1);
}
