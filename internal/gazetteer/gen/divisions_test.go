package main

import (
	"math"
	"testing"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
)

// square is a closed ring around (lat, lon) of half-side h degrees.
func square(lat, lon, h float64) polygon {
	return polygon{{{lon - h, lat - h}, {lon + h, lat - h}, {lon + h, lat + h}, {lon - h, lat + h}, {lon - h, lat - h}}}
}

func TestOutlineCentroid(t *testing.T) {
	for _, tc := range []struct {
		name     string
		polys    []polygon
		lat, lon float64
	}{
		{"one square", []polygon{square(10, 20, 1)}, 10, 20},
		// A large mainland and a far islet: the islet barely moves it, where
		// a box of both would sit halfway.
		{"mainland and islet", []polygon{square(-33, -71, 1), square(-27, -109, 0.05)}, -33, -71.1},
		// Fiji's Eastern Division: islands either side of the antimeridian.
		{"antimeridian", []polygon{square(-18, 179.5, 0.3), square(-18, -179.5, 0.3)}, -18, 180},
		{"hole", []polygon{append(square(0, 0, 2), square(0, 1, 0.5)[0])}, 0, -0.07},
	} {
		lat, lon, ok := outlineCentroid(tc.polys)
		if !ok {
			t.Errorf("%s: no centroid", tc.name)
			continue
		}
		if d := gazetteer.Distance(lat, lon, tc.lat, tc.lon); d > 15 {
			t.Errorf("%s: centroid (%.2f, %.2f), want (%.2f, %.2f): %.0f km off", tc.name, lat, lon, tc.lat, tc.lon, d)
		}
	}
	if _, _, ok := outlineCentroid(nil); ok {
		t.Error("centroid of no outline")
	}
}

func TestInsideAny(t *testing.T) {
	polys := []polygon{square(10, 20, 1), square(-18, 179.8, 0.5)}
	for _, tc := range []struct {
		lat, lon float64
		want     bool
	}{
		{10, 20, true}, {10.9, 20.9, true}, {11.1, 20, false}, {0, 0, false},
		{-18, -179.9, true}, // across the antimeridian from the ring's first vertex
		{-18, 179, false},
	} {
		if got := insideAny(polys, tc.lat, tc.lon); got != tc.want {
			t.Errorf("insideAny(%v, %v) = %v, want %v", tc.lat, tc.lon, got, tc.want)
		}
	}
}

func TestToward(t *testing.T) {
	// Canada: GeoNames' point and the Factbook's are 1,031 km apart; the
	// point moves 80 km toward the Factbook's.
	lat, lon := toward(60.10867, -113.64258, 60, -95, 80)
	if d := gazetteer.Distance(lat, lon, 60.10867, -113.64258); math.Abs(d-80) > 3 {
		t.Errorf("moved %.0f km, want 80", d)
	}
	// Close enough: the other point itself.
	if lat, lon := toward(35, 105, 35.2, 105.1, 80); lat != 35.2 || lon != 105.1 {
		t.Errorf("toward a near point = (%v, %v), want it", lat, lon)
	}
}
