package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress reports rows read on stderr: a counter redrawn in place on a
// terminal, and otherwise a line now and then, so that a log of a long
// ingest shows it moving without flooding.
type progress struct {
	w        io.Writer
	label    string
	n        int64
	start    time.Time
	last     time.Time
	every    time.Duration
	on       bool // w is a terminal: redraw in place
	shown    bool
	finished bool
}

func newProgress(w io.Writer, label string) *progress {
	now := time.Now()
	p := &progress{w: w, label: label, start: now, last: now, every: 5 * time.Second}
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.on, p.every = true, 200*time.Millisecond
		}
	}
	return p
}

func (p *progress) tick() {
	p.n++
	if p.n%4096 != 0 {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < p.every {
		return
	}
	p.last, p.shown = now, true
	if p.on {
		fmt.Fprintf(p.w, "\r%s: %d rows", p.label, p.n)
		return
	}
	fmt.Fprintf(p.w, "%s: %d rows, %.0f rows/s\n", p.label, p.n, p.rate(now))
}

func (p *progress) rate(now time.Time) float64 {
	if s := now.Sub(p.start).Seconds(); s > 0 {
		return float64(p.n) / s
	}
	return 0
}

// done ends the report; it may be called more than once.
func (p *progress) done() {
	if p.finished {
		return
	}
	p.finished = true
	if !p.shown {
		return
	}
	if p.on {
		fmt.Fprintf(p.w, "\r%s: %d rows, %.0f rows/s\n", p.label, p.n, p.rate(time.Now()))
		return
	}
	fmt.Fprintf(p.w, "%s: %d rows read, %.0f rows/s\n", p.label, p.n, p.rate(time.Now()))
}
