package narrative

import "testing"

func TestValueDate(t *testing.T) {
	for _, tc := range []struct{ v, start, end, prec string }{
		{"2017-10-04", "2017-10-04", "2017-10-04", "day"},
		{"2013-02", "2013-02-01", "2013-02-28", "month"},
		{"2024", "2024-01-01", "2024-12-31", "year"},
		{"2017-Q4", "2017-10-01", "2017-12-31", "months"},
		{"2019-SU", "2019-06-01", "2019-08-31", "months"},
		{"199X", "1990-01-01", "1999-12-31", "decade"},
		{"2021-W01", "2021-01-04", "2021-01-10", "week"},
		{"2024-02-29T10:00", "2024-02-29", "2024-02-29", "day"},
	} {
		d, ok := ValueDate("DATE", tc.v)
		if !ok || d.Start.Format("2006-01-02") != tc.start || d.End.Format("2006-01-02") != tc.end || d.Precision.String() != tc.prec {
			t.Errorf("%s: %v %v", tc.v, d, ok)
		}
	}
	for _, v := range []string{"XXXX-04-19", "PRESENT_REF", "P2Y", "2023-02-30", "2023-13", ""} {
		if d, ok := ValueDate("DATE", v); ok {
			t.Errorf("%s: got %v", v, d)
		}
	}
}
