package rows

import "testing"

// Session 15's adversarial pass: a Latin-1 file ingested row by row was
// stored with its bad fields empty. BadUTF8 finds the field to refuse.
func TestBadUTF8(t *testing.T) {
	for _, tc := range []struct {
		name   string
		fields []string
		want   int
		near   string
	}{
		{"ascii", []string{"a", "b"}, -1, ""},
		{"accents in UTF-8", []string{"Niamey", "Agadèz", "Ségou"}, -1, ""},
		{"Latin-1 e acute", []string{"Niamey", "Ag\xe9dez"}, 1, "Ag\uFFFDdez"},
		{"Windows-1252 quote", []string{"\x93quoted\x94", "b"}, 0, "\uFFFDquoted\uFFFD"},
		{"lone continuation byte", []string{"a", "b", "x\x80"}, 2, "x\uFFFD"},
		{"cut three-byte rune", []string{"price \xe2\x82"}, 0, "price \uFFFD"},
		{"excerpt bounded", []string{"0123456789012345678901234567890123456789\xe9tail"}, 0, "01234567890123456789\uFFFDtail"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			i, near := BadUTF8(tc.fields)
			if i != tc.want || near != tc.near {
				t.Errorf("BadUTF8(%q) = %d, %q; want %d, %q", tc.fields, i, near, tc.want, tc.near)
			}
		})
	}
}
