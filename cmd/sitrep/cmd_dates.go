package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/timex"
)

func init() {
	register(&command{
		name:    "dates",
		usage:   "dates [--dct YYYY-MM-DD] [--news] [FILE]",
		summary: "print the temporal expressions of plain text as JSON; spans count code points (Unicode scalar values) of the text as read, a byte-order mark included, as geoparse --json does",
		run:     runDates,
	})
}

func runDates(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c := commands["dates"]
	fs := newFlags(c, stderr)
	dct := fs.String("dct", "", "document creation time (YYYY-MM-DD); relative dates anchor on it")
	news := fs.Bool("news", false, "anchor on the DCT throughout (news) instead of on the story's last date (narrative)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return fmt.Errorf("%w: at most one FILE", errUsage)
	}
	opt := timex.Options{Mode: timex.Narrative}
	if *news {
		opt.Mode = timex.News
	}
	if *dct != "" {
		t, err := time.Parse("2006-01-02", *dct)
		if err != nil {
			return fmt.Errorf("%w: --dct %q: want YYYY-MM-DD", errUsage, *dct)
		}
		opt.DCT = t
	}
	// The size limit and text check of read and geoparse: a 17 MiB file
	// took 1.13 GB, and a Latin-1 file gave spans.
	var b []byte
	var err error
	if fs.NArg() == 1 {
		b, err = readText(fs.Arg(0))
	} else {
		b, err = readTextFrom(os.Stdin, "stdin")
	}
	if err != nil {
		return err
	}
	type span struct {
		Span     [2]int `json:"span"`
		Text     string `json:"text"`
		Type     string `json:"type"`
		Value    string `json:"value"`
		Mod      string `json:"mod,omitempty"`
		EndValue string `json:"end_value,omitempty"`
	}
	// The engine's offsets are bytes; spans count code points of the
	// text as given, as geoparse --json and Python's string indices do,
	// so that they agree on a text that is not ASCII. A byte-order mark
	// is code point 0 here; the event model's provenance counts the
	// stored body, which drops the mark, so there each offset is one less.
	text := string(b)
	cp := event.CodePoints(text)
	out := []span{}
	for _, t := range timex.Parse(text, opt) {
		out = append(out, span{[2]int{cp(t.Start), cp(t.End)}, t.Text, string(t.Type), t.Value, t.Mod, t.EndValue})
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
