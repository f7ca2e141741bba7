package query

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/sitrep-project/sitrep/internal/event"
)

// Table writes events as an aligned text table for a terminal, flushing
// every block of rows so that a long listing streams.
type Table struct {
	tw *tabwriter.Writer
	n  int
}

// NewTable starts a table on w with its header.
func NewTable(w io.Writer) *Table {
	t := &Table{tw: tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)}
	fmt.Fprintln(t.tw, "DATE\tID\tCOUNTRY\tADMIN1\tTYPE\tDEATHS\tACTORS")
	return t
}

// Write adds one event.
func (t *Table) Write(e *event.Event) error {
	var names []string
	for _, a := range e.Actors {
		n := a.Name
		if a.Canonical != "" {
			n = a.Canonical
		}
		names = append(names, n)
	}
	fmt.Fprintf(t.tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.Date, e.ID, e.Place.Country, clip(e.Place.Admin1, 20),
		clip(e.SubType+orType(e), 32), e.Fatalities.String(), clip(strings.Join(names, "; "), 60))
	t.n++
	if t.n%500 == 0 {
		return t.tw.Flush()
	}
	return nil
}

func orType(e *event.Event) string {
	if e.SubType == "" {
		return e.Type
	}
	return ""
}

// Close flushes the table.
func (t *Table) Close() error { return t.tw.Flush() }

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// WriteBuckets prints an aggregate as a table.
func WriteBuckets(w io.Writer, bs []Bucket) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "PERIOD\tKEY\tEVENTS\tDEATHS (BEST)\tLOW\tHIGH\t")
	for _, b := range bs {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t\n", b.Period, clip(b.Key, 40), b.Events, b.Fatalities.Best, b.Fatalities.Low, b.Fatalities.High)
	}
	return tw.Flush()
}

// WriteActors prints top actors as a table.
func WriteActors(w io.Writer, as []Actor) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ACTOR\tEVENTS\tDEATHS (BEST)")
	for _, a := range as {
		fmt.Fprintf(tw, "%s\t%d\t%d\n", clip(a.Name, 60), a.Events, a.Fatalities.Best)
	}
	return tw.Flush()
}

// WriteChange prints a change report as a table.
func WriteChange(w io.Writer, r ChangeReport) error {
	fmt.Fprintf(w, "period %s against %s\n", r.Period, strings.Join(r.Baseline, ", "))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "COUNTRY\tADMIN1\tNOW\tBASELINE\tCHANGE\tCATEGORY")
	for _, c := range r.Places {
		pct := "new"
		if c.Percent != nil {
			pct = fmt.Sprintf("%+.0f%%", *c.Percent)
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.1f\t%s\t%s\n", c.Country, clip(c.Admin1, 30), c.Current, c.Baseline, pct, c.Category)
	}
	return tw.Flush()
}
