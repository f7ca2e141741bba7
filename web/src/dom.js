// Small DOM helpers shared by the views.

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// esc makes text safe inside HTML: everything shown comes from documents
// and datasets, which are outside input.
export function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ESC[c]);
}

export function $(sel, root = document) {
  return root.querySelector(sel);
}

// eventTitle is the one line that names an event in lists and tooltips.
export function eventTitle(e) {
  if (e.summary) return e.summary;
  const what = e.sub_event_type || e.event_type || 'Event';
  const where = e.place && (e.place.name || e.place.admin1 || e.place.country);
  return where ? `${what}, ${where}` : what;
}
