package codebook

import (
	"fmt"
	"io"
	"strings"

	"github.com/sitrep-project/sitrep/internal/event"
)

// Print writes the code lists whose name starts with prefix ("" for all,
// "acled", "ucdp.date_prec", "countries") as aligned text. The ACLED
// typology is printed as "acled.event_type".
func Print(w io.Writer, prefix string) error {
	var n int
	if strings.HasPrefix("acled.event_type", prefix) {
		n++
		fmt.Fprintf(w, "acled.event_type (event_type / sub_event_type)\n")
		for _, t := range event.Typology {
			fmt.Fprintf(w, "  %s\n", t.Type)
			for _, s := range t.SubTypes {
				fmt.Fprintf(w, "      %s\n", s)
			}
		}
		fmt.Fprintln(w)
	}
	all := append(Lists[:len(Lists):len(Lists)], CountryList())
	for _, l := range all {
		if !strings.HasPrefix(l.Name, prefix) {
			continue
		}
		n++
		fmt.Fprintf(w, "%s (%s)\n", l.Name, l.Column)
		for _, c := range l.Codes {
			line := fmt.Sprintf("  %-4s %s", c.Code, c.Label)
			if c.Note != "" {
				line = fmt.Sprintf("%-40s %s", line, c.Note)
			}
			fmt.Fprintln(w, strings.TrimRight(line, " "))
		}
		fmt.Fprintln(w)
	}
	if n == 0 {
		return fmt.Errorf("codebook: no code list named %q", prefix)
	}
	return nil
}
