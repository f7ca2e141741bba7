package match

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"
)

var columns = []string{"score", "days", "km",
	"a_source", "a_id", "a_date", "a_place", "a_type", "a_fatalities",
	"b_source", "b_id", "b_date", "b_place", "b_type", "b_fatalities"}

func (p Pair) fields() []string {
	km := ""
	if p.KM != nil {
		km = strconv.FormatFloat(*p.KM, 'f', 1, 64)
	}
	out := []string{strconv.FormatFloat(p.Score, 'f', 3, 64), strconv.Itoa(p.Days), km}
	for _, r := range []Ref{p.A, p.B} {
		fat := ""
		if r.Fatalities != nil {
			fat = strconv.Itoa(*r.Fatalities)
		}
		out = append(out, r.Source, r.ID, r.Date, r.Place, r.Type, fat)
	}
	return out
}

// WriteCSV writes the pairs as CSV, one pair a row, with a header.
func WriteCSV(w io.Writer, pairs []Pair) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(columns); err != nil {
		return err
	}
	for _, p := range pairs {
		if err := cw.Write(p.fields()); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteTable writes the pairs for a terminal.
func WriteTable(w io.Writer, pairs []Pair) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SCORE\tDAYS\tKM\tA\tB")
	for _, p := range pairs {
		f := p.fields()
		side := func(o int) string {
			s := fmt.Sprintf("%s %s %s %s", f[o], f[o+1], f[o+2], f[o+3])
			if f[o+5] != "" {
				s += " (" + f[o+5] + " dead)"
			}
			return s
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", f[0], f[1], f[2], side(3), side(9))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%d pairs\n", len(pairs))
	return err
}
