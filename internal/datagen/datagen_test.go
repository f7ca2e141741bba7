package datagen

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/sitrep-project/sitrep/internal/acled"
	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/gdelt"
	"github.com/sitrep-project/sitrep/internal/ucdp"
)

type nexter interface{ Next() (event.Event, error) }

// readBack generates n rows and reads them with the source's reader; a
// generated file must read without a single bad row.
func readBack(t *testing.T, o Options) []event.Event {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, o); err != nil {
		t.Fatal(err)
	}
	var r nexter
	var err error
	switch o.Source {
	case "acled":
		r, err = acled.NewReader(&b, "gen.csv")
	case "ucdp":
		r, err = ucdp.NewReader(&b, "gen.csv")
	case "gdelt":
		r, err = gdelt.NewReader(&b, "gen.CSV")
	}
	if err != nil {
		t.Fatal(err)
	}
	var evs []event.Event
	for {
		e, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("generated row does not read: %v", err)
		}
		evs = append(evs, e)
	}
	if len(evs) != o.Rows {
		t.Fatalf("%d events, want %d", len(evs), o.Rows)
	}
	return evs
}

func TestACLED(t *testing.T) {
	for _, o := range []Options{{Source: "acled", Rows: 5000, Seed: 1}, {Source: "acled", Rows: 500, Seed: 2, TextDates: true, TextInter: true}} {
		evs := readBack(t, o)
		types, subs, prec, geo, countries := map[string]int{}, map[string]bool{}, map[event.Precision]int{}, map[event.GeoPrecision]int{}, map[string]int{}
		zero, big := 0, 0
		for _, e := range evs {
			types[e.Type]++
			subs[e.SubType] = true
			prec[e.Date.Precision]++
			geo[e.Place.Precision]++
			countries[e.Place.Country]++
			if event.TypeOf(e.SubType) != e.Type {
				t.Fatalf("%s: sub-type %q not of %q", e.ID, e.SubType, e.Type)
			}
			switch n := e.Fatalities.Best; {
			case n == 0:
				zero++
			case n >= 20:
				big++
			}
		}
		if o.Rows < 5000 {
			if evs[0].Extra.Get("event_date") == "" || evs[0].Actors[0].Inter == "" || evs[0].Actors[0].Inter[0] <= '9' {
				t.Errorf("text dates and inter: %+v", evs[0])
			}
			continue
		}
		n := float64(len(evs))
		if len(types) != 6 || len(subs) < 20 || len(prec) != 3 || len(geo) != 3 || len(countries) < 15 {
			t.Errorf("coverage: %d types, %d sub-types, precisions %v, geo %v, %d countries", len(types), len(subs), prec, geo, len(countries))
		}
		if s := float64(types[event.Protests]) / n; s < 0.2 || s > 0.4 {
			t.Errorf("protest share %.2f", s)
		}
		if s := float64(zero) / n; s < 0.5 || s > 0.8 {
			t.Errorf("share of events with no fatality %.2f", s)
		}
		if big == 0 || countries["SYR"] < countries["EGY"] {
			t.Errorf("tail: %d events with 20+ deaths; SYR %d EGY %d", big, countries["SYR"], countries["EGY"])
		}
	}
}

func TestUCDP(t *testing.T) {
	evs := readBack(t, Options{Source: "ucdp", Rows: 3000, Seed: 3})
	prec, geo := map[event.Precision]bool{}, map[event.GeoPrecision]bool{}
	for _, e := range evs {
		prec[e.Date.Precision] = true
		geo[e.Place.Precision] = true
		f := e.Fatalities
		var sum int
		for _, c := range e.Casualties {
			sum += c.Killed.Best
		}
		if f.Low > f.Best || *f.High < f.Best || sum != f.Best || e.Date.End.Before(e.Date.Start) {
			t.Fatalf("%s: inconsistent %v, casualties sum %d, %v", e.ID, f, sum, e.Date)
		}
	}
	if len(prec) != 5 || len(geo) < 6 {
		t.Errorf("precisions %v, geo %v", prec, geo)
	}
}

func TestGDELT(t *testing.T) {
	evs := readBack(t, Options{Source: "gdelt", Rows: 3000, Seed: 4})
	typed := 0
	for _, e := range evs {
		if e.Type != "" {
			typed++
		}
		if e.Place.Country == "" {
			t.Fatalf("%s: FIPS %q not mapped", e.ID, e.Extra.Get("ActionGeo_CountryCode"))
		}
	}
	if s := float64(typed) / 3000; s < 0.1 || s > 0.4 {
		t.Errorf("share of GDELT events with an ACLED type %.2f", s)
	}
}

func TestDeterministic(t *testing.T) {
	for _, src := range []string{"acled", "ucdp", "gdelt"} {
		var a, b, c bytes.Buffer
		Write(&a, Options{Source: src, Rows: 200, Seed: 7})
		Write(&b, Options{Source: src, Rows: 200, Seed: 7})
		Write(&c, Options{Source: src, Rows: 200, Seed: 8})
		if !bytes.Equal(a.Bytes(), b.Bytes()) || bytes.Equal(a.Bytes(), c.Bytes()) {
			t.Errorf("%s: same seed differs, or different seeds agree", src)
		}
	}
	if err := Write(io.Discard, Options{Source: "acled2"}); err == nil {
		t.Error("unknown source accepted")
	}
}
