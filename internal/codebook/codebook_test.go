package codebook

import (
	"bytes"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/event"
)

func TestCountries(t *testing.T) {
	tests := []struct {
		by   string
		key  any
		want string
	}{
		{"num", 566, "NGA"}, {"num", 562, "NER"}, {"num", 140, "CAF"}, {"num", 729, "SDN"}, {"num", 728, "SSD"}, {"num", 0, "XKX"},
		{"fips", "NI", "NGA"}, {"fips", "NG", "NER"}, {"fips", "CT", "CAF"}, {"fips", "SU", "SDN"}, {"fips", "OD", "SSD"},
		{"fips", "IZ", "IRQ"}, {"fips", "UP", "UKR"}, {"fips", "RS", "RUS"}, {"fips", "RI", "SRB"}, {"fips", "UK", "GBR"},
		{"gw", 482, "CAF"}, {"gw", 475, "NGA"}, {"gw", 436, "NER"}, {"gw", 490, "COD"}, {"gw", 484, "COG"}, {"gw", 500, "UGA"},
		{"gw", 625, "SDN"}, {"gw", 626, "SSD"}, {"gw", 2, "USA"}, {"gw", 365, "RUS"}, {"gw", 678, "YEM"}, {"gw", 817, "VNM"},
	}
	for _, tt := range tests {
		var c Country
		var ok bool
		switch tt.by {
		case "num":
			c, ok = ByNum(tt.key.(int))
		case "fips":
			c, ok = ByFIPS(tt.key.(string))
		case "gw":
			c, ok = ByGW(tt.key.(int))
		}
		if !ok || c.ISO3 != tt.want {
			t.Errorf("%s %v = %q, %v; want %s", tt.by, tt.key, c.ISO3, ok, tt.want)
		}
	}
	if _, ok := ByFIPS("ZZ"); ok {
		t.Error("unknown FIPS code found")
	}
	// No two countries share a code.
	seen := map[string]string{}
	for _, c := range Countries() {
		for _, k := range []string{"iso3 " + c.ISO3, "fips " + c.FIPS} {
			if strings.HasSuffix(k, " ") {
				continue
			}
			if prev, dup := seen[k]; dup {
				t.Errorf("%s used by %s and %s", k, prev, c.Name)
			}
			seen[k] = c.Name
		}
	}
}

func TestPrecisions(t *testing.T) {
	acledTime := map[string]event.Precision{"1": event.PrecDay, "2": event.PrecWeek, "3": event.PrecMonth}
	for code, want := range acledTime {
		if got, ok := ACLEDTimePrec(code); !ok || got != want {
			t.Errorf("ACLED time_precision %s = %v", code, got)
		}
	}
	ucdpDate := map[string]event.Precision{"1": event.PrecDay, "2": event.PrecDays, "3": event.PrecWeek, "4": event.PrecMonth, "5": event.PrecMonths}
	for code, want := range ucdpDate {
		if got, ok := UCDPDatePrecision(code); !ok || got != want {
			t.Errorf("UCDP date_prec %s = %v", code, got)
		}
	}
	ucdpWhere := map[string]event.GeoPrecision{"1": event.GeoPoint, "2": event.GeoNear, "3": event.GeoAdmin2, "4": event.GeoAdmin1, "5": event.GeoRegion, "6": event.GeoCountry, "7": event.GeoWorld}
	for code, want := range ucdpWhere {
		if got, ok := UCDPGeoPrecision(code); !ok || got != want {
			t.Errorf("UCDP where_prec %s = %v", code, got)
		}
	}
	for _, bad := range []string{"", "0", "8", "point", " 1"} {
		if _, ok := UCDPGeoPrecision(bad); ok {
			t.Errorf("where_prec %q accepted", bad)
		}
		if _, ok := UCDPDatePrecision(bad); ok {
			t.Errorf("date_prec %q accepted", bad)
		}
	}
}

func TestCAMEOType(t *testing.T) {
	tests := []struct{ code, typ, sub string }{
		{"190", event.Battles, "Armed clash"},
		{"193", event.Battles, "Armed clash"},
		{"194", event.ExplosionsRemote, "Shelling/artillery/missile attack"},
		{"1951", event.ExplosionsRemote, "Air/drone strike"},
		{"1831", event.ExplosionsRemote, "Suicide bomb"},
		{"1833", event.ExplosionsRemote, "Remote explosive/landmine/IED"},
		{"1821", event.ViolenceCivilians, "Sexual violence"},
		{"181", event.ViolenceCivilians, "Abduction/forced disappearance"},
		{"202", event.ViolenceCivilians, "Attack"},
		{"141", event.Protests, "Peaceful protest"},
		{"145", event.Riots, "Violent demonstration"},
		{"173", event.Strategic, "Arrests"},
		{"0871", event.Strategic, "Agreement"},
		{"010", "", ""}, {"138", "", ""}, {"", "", ""}, {"1", "", ""},
	}
	for _, tt := range tests {
		typ, sub, ok := CAMEOType(tt.code)
		if typ != tt.typ || sub != tt.sub || ok != (tt.typ != "") {
			t.Errorf("CAMEOType(%q) = %q, %q, %v", tt.code, typ, sub, ok)
		}
		if ok && event.TypeOf(sub) != typ {
			t.Errorf("CAMEOType(%q): %q is not a sub-type of %q", tt.code, sub, typ)
		}
	}
	// Every crosswalk target is in the ACLED typology.
	for code, m := range cameoACLED {
		if !event.ValidType(m[0]) || event.TypeOf(m[1]) != m[0] {
			t.Errorf("cameo %s → %q/%q not in the typology", code, m[0], m[1])
		}
	}
}

func TestInter(t *testing.T) {
	for _, s := range []string{"1", "State forces", "state forces", "8", "External/Other forces"} {
		if _, ok := ACLEDInter.Find(s); !ok {
			t.Errorf("inter %q not found", s)
		}
	}
	a, _ := ACLEDInter.Find("2")
	b, _ := ACLEDInter.Find("Rebel groups")
	if a != b {
		t.Errorf("numeric and text inter codes differ: %v %v", a, b)
	}
	if _, ok := ACLEDInter.Find("9"); ok {
		t.Error("inter 9 found")
	}
}

func TestPrint(t *testing.T) {
	var b bytes.Buffer
	if err := Print(&b, ""); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"acled.event_type", "Air/drone strike", "acled.inter", "Identity militias", "ucdp.where_prec", "cameo.root", "Use unconventional mass violence", "CAF  Central African Republic"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("codebook output lacks %q", want)
		}
	}
	b.Reset()
	if err := Print(&b, "ucdp.date"); err != nil || strings.Contains(b.String(), "acled") || !strings.Contains(b.String(), "2–12 months") {
		t.Errorf("prefix: %v\n%s", err, b.String())
	}
	if err := Print(&b, "nosuch"); err == nil {
		t.Error("unknown list printed")
	}
}
