package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/sitrep-project/sitrep/internal/timeml"
	"github.com/sitrep-project/sitrep/internal/timex"
)

func init() {
	register(&command{
		name:    "eval-timex",
		usage:   "eval-timex [--errors FILE] [--half 0|1] [--mode news|narrative] [DIR...]",
		summary: "score the date engine on annotated TimeML (default: TimeBank and AQUAINT under ../shared/data/timebank)",
		run:     runEvalTimex,
	})
}

func runEvalTimex(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c := commands["eval-timex"]
	fs := newFlags(c, stderr)
	errs := fs.String("errors", "", "write every mismatch (span or value) to this file")
	half := fs.Int("half", -1, "score and list only the documents of this half (0 or 1, split by file-name hash)")
	modeName := fs.String("mode", "news", "anchor relative dates on the DCT (news) or on the text's last full date (narrative, as read does for encyclopedic articles)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *half < -1 || *half > 1 {
		return fmt.Errorf("%w: --half must be 0 or 1", errUsage)
	}
	var mode timex.Mode
	switch *modeName {
	case "news":
		mode = timex.News
	case "narrative":
		mode = timex.Narrative
	default:
		return fmt.Errorf("%w: --mode %q: want news or narrative", errUsage, *modeName)
	}
	// TimeBank and AQUAINT only: testpipeline/ repeats a TimeBank file.
	dirs := []string{"../shared/data/timebank/TimeBank", "../shared/data/timebank/AQUAINT"}
	if fs.NArg() > 0 {
		dirs = fs.Args()
	}
	counts, res, err := timeml.Evaluate(ctx, timeml.Timex(mode), dirs...)
	if err != nil {
		return err
	}
	var halves [2]timeml.Counts
	var docs [2]int
	for _, r := range res {
		h := timeml.Half(r.Name)
		halves[h].Merge(r.Counts)
		docs[h]++
	}
	if *half >= 0 {
		counts = halves[*half]
		kept := res[:0]
		for _, r := range res {
			if timeml.Half(r.Name) == *half {
				kept = append(kept, r)
			}
		}
		res = kept
	}
	fmt.Fprintf(stdout, "%d documents in %s\n%s", len(res), strings.Join(dirs, ", "), counts)
	if *half < 0 {
		for h, hc := range halves {
			fmt.Fprintf(stdout, "half %d (%d docs): strict F1 %.2f  relaxed F1 %.2f  value F1 %.2f (accuracy %.2f)\n",
				h, docs[h], hc.StrictPRF().F, hc.RelaxedPRF().F, hc.ValueF1(), hc.ValueAccuracy())
		}
	}
	if *errs == "" {
		return nil
	}
	f, err := os.Create(*errs)
	if err != nil {
		return err
	}
	for _, r := range res {
		for _, p := range r.Pairs {
			s := p.Gold
			if !p.HasGold {
				s = p.Sys
			}
			around := strings.ReplaceAll(r.Text[max(0, s.Start-60):min(len(r.Text), s.End+40)], "\n", " ")
			switch {
			case !p.HasSys:
				io.WriteString(f, errorLine("MISS", r.Name, around, fmt.Sprintf("%q", p.Gold.Text), p.Gold.Type, p.Gold.Value))
			case !p.HasGold:
				io.WriteString(f, errorLine("FALSE", r.Name, around, fmt.Sprintf("%q", p.Sys.Text), p.Sys.Type, p.Sys.Value))
			case p.Gold.Start != p.Sys.Start || p.Gold.End != p.Sys.End:
				io.WriteString(f, errorLine("SPAN", r.Name, around, fmt.Sprintf("%q", p.Gold.Text), fmt.Sprintf("%q", p.Sys.Text), p.Gold.Value, p.Sys.Value))
			case p.Gold.Value != p.Sys.Value:
				io.WriteString(f, errorLine("VALUE", r.Name, around, fmt.Sprintf("%q", p.Gold.Text), p.Gold.Value, p.Sys.Value))
			}
		}
	}
	return f.Close()
}

// errorLine is one mismatch, with its context, for --errors.
func errorLine(kind, name, around string, fields ...string) string {
	return kind + "\t" + name + "\t" + strings.Join(fields, "\t") + "\t" + around + "\n"
}
