// The map: an offline basemap of Natural Earth boundaries drawn from
// embedded TopoJSON (no tile server), events as points coloured by type and
// sized by fatalities, clustered with supercluster when zoomed out.

import L from 'leaflet';
import Supercluster from 'supercluster';
import { feature, mesh } from 'topojson-client';
import { colour } from './model.js';
import { esc, eventTitle } from './dom.js';

export function radius(fat) {
  return 5 + 2.2 * Math.sqrt(Math.min(fat, 2000));
}

export function createMap(el, { countriesUrl, admin1Url, onMove, onSelect }) {
  const map = L.map(el, {
    zoomSnap: 0.5,
    minZoom: 1,
    maxZoom: 13,
    worldCopyJump: true,
    attributionControl: true,
    keyboard: true,
  });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Boundaries: Natural Earth');
  map.createPane('basemap').style.zIndex = 200;
  map.createPane('admin1').style.zIndex = 250;
  const boundaries = L.canvas({ pane: 'basemap', padding: 0.5 });
  const admin1Renderer = L.canvas({ pane: 'admin1', padding: 0.5 });
  const points = L.layerGroup().addTo(map);
  const svg = L.svg({ padding: 0.2 });
  let admin1Layer = null;
  let index = null;
  let rowsById = new Map();
  let selected = '';
  let shown = 0;

  // The boundaries are drawn after the first events are: parsing and
  // drawing 1.4 MB of TopoJSON would otherwise hold up the first render.
  let basemapStarted = false;
  function basemap() {
    if (basemapStarted) return;
    basemapStarted = true;
    const countries = fetch(countriesUrl)
      .then((r) => r.json())
      .then((topo) => {
        L.geoJSON(feature(topo, topo.objects.countries), {
          renderer: boundaries,
          interactive: false,
          style: { color: '#8a8f96', weight: 0.8, fillColor: '#f3f1ec', fillOpacity: 1 },
        }).addTo(map);
      });
    const admin1 = fetch(admin1Url)
      .then((r) => r.json())
      .then((topo) => {
        admin1Layer = L.geoJSON(mesh(topo, topo.objects.admin1, (a, b) => a !== b), {
          renderer: admin1Renderer,
          interactive: false,
          style: { color: '#a9aeb5', weight: 0.6, dashArray: '3 3' },
        });
        syncAdmin1();
      });
    return Promise.all([countries, admin1]);
  }

  function syncAdmin1() {
    if (!admin1Layer) return;
    const want = map.getZoom() >= 4;
    if (want && !map.hasLayer(admin1Layer)) admin1Layer.addTo(map);
    if (!want && map.hasLayer(admin1Layer)) map.removeLayer(admin1Layer);
  }

  function setRows(rows) {
    rowsById = new Map();
    const feats = [];
    for (const r of rows) {
      if (Number.isNaN(r.lat) || Number.isNaN(r.lon)) continue;
      rowsById.set(r.id, r);
      feats.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [r.lon, r.lat] }, properties: { id: r.id, type: r.type, fat: r.fat } });
    }
    index = new Supercluster({
      radius: 60,
      maxZoom: 9,
      map: (p) => ({ fat: p.fat, types: { [p.type]: 1 } }),
      reduce: (acc, p) => {
        acc.fat += p.fat;
        for (const k in p.types) acc.types[k] = (acc.types[k] || 0) + p.types[k];
      },
    }).load(feats);
    draw();
  }

  function draw() {
    points.clearLayers();
    shown = 0;
    if (!index) return;
    const b = map.getBounds();
    const w = Math.max(-180, b.getWest()), e = Math.min(180, b.getEast());
    const bbox = b.getEast() - b.getWest() >= 360 ? [-180, -85, 180, 85] : [w, Math.max(-85, b.getSouth()), e, Math.min(85, b.getNorth())];
    const items = index.getClusters(bbox, Math.round(map.getZoom()));
    for (const it of items) {
      const [lon, lat] = it.geometry.coordinates;
      const p = it.properties;
      if (p.cluster) {
        shown += p.point_count;
        const dom = Object.entries(p.types).sort((a, b) => b[1] - a[1])[0][0];
        const size = Math.round(26 + 6 * Math.log10(p.point_count));
        const m = L.marker([lat, lon], {
          icon: L.divIcon({
            className: 'ev-cluster',
            html: `<span style="border-color:${colour(dom)};width:${size}px;height:${size}px;line-height:${size - 6}px">${p.point_count}</span>`,
            iconSize: [size, size],
          }),
          keyboard: true,
          title: `${p.point_count} events, ${p.fat} killed`,
          alt: `${p.point_count} events`,
        });
        m.on('click', () => {
          const z = Math.min(index.getClusterExpansionZoom(p.cluster_id), 13);
          map.flyTo([lat, lon], z, { duration: 0.4 });
        });
        points.addLayer(m);
        continue;
      }
      shown++;
      const r = rowsById.get(p.id);
      const sel = p.id === selected;
      const c = L.circleMarker([lat, lon], {
        renderer: svg,
        radius: radius(r.fat),
        color: sel ? '#000' : '#1f2328',
        weight: sel ? 3 : 1,
        fillColor: colour(r.type),
        fillOpacity: 0.85,
        className: 'ev-point',
      });
      c.bindTooltip(tooltip(r), { direction: 'top', offset: [0, -4], className: 'ev-tip' });
      c.on('click', () => onSelect(r.id));
      c.on('add', () => {
        const path = c.getElement();
        if (path) path.setAttribute('data-id', r.id);
      });
      points.addLayer(c);
    }
    el.dataset.shown = String(shown);
  }

  function tooltip(r) {
    const e = r.e;
    const place = [e.place && e.place.name, r.admin1, r.country].filter(Boolean).join(', ');
    return `<strong>${esc(eventTitle(e))}</strong><br>${esc((e.date && e.date.value) || '')} · ${esc(r.type)}` +
      (place ? `<br>${esc(place)}` : '') + (r.fat ? `<br>${r.fat} killed` : '');
  }

  map.on('moveend', () => {
    syncAdmin1();
    draw();
    onMove(bounds(), view());
  });

  function bounds() {
    const b = map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  }

  function view() {
    const c = map.getCenter();
    return `${map.getZoom()}/${c.lat.toFixed(3)}/${c.lng.toFixed(3)}`;
  }

  return {
    map,
    basemap,
    setRows,
    bounds,
    view,
    select(id) {
      selected = id;
      draw();
    },
    // fit frames the rows' points, or the given "z/lat/lon" view.
    fit(rows, v) {
      const m = /^([\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)$/.exec(v || '');
      if (m) {
        map.setView([+m[2], +m[3]], +m[1], { animate: false });
        return;
      }
      const pts = rows.filter((r) => !Number.isNaN(r.lat) && !Number.isNaN(r.lon)).map((r) => [r.lat, r.lon]);
      if (pts.length === 0) map.setView([12, 15], 3, { animate: false });
      else map.fitBounds(L.latLngBounds(pts).pad(0.25), { maxZoom: 7, animate: false });
    },
    invalidate() {
      map.invalidateSize(false);
    },
  };
}
