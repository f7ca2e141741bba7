package gazetteer

import "testing"

func TestCapital(t *testing.T) {
	g := Default()
	for _, tc := range []struct{ country, want string }{
		{"Nepal", "Kathmandu"},
		{"NE", "Niamey"},
		{"Nigerien", "Niamey"},
		{"NGA", "Abuja"},
		{"Narnia", ""},
	} {
		p, ok := g.Capital(tc.country)
		if got := p.Name; !ok && tc.want != "" || ok && got != tc.want {
			t.Errorf("Capital(%q) = %q, %v; want %q", tc.country, got, ok, tc.want)
		}
	}
}
