package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress prints a row counter on stderr when it is a terminal.
type progress struct {
	w     io.Writer
	label string
	n     int64
	last  time.Time
	on    bool
}

func newProgress(w io.Writer, label string) *progress {
	p := &progress{w: w, label: label}
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.on = true
		}
	}
	return p
}

func (p *progress) tick() {
	p.n++
	if !p.on || p.n%4096 != 0 {
		return
	}
	if now := time.Now(); now.Sub(p.last) > 200*time.Millisecond {
		p.last = now
		fmt.Fprintf(p.w, "\r%s: %d rows", p.label, p.n)
	}
}

func (p *progress) done() {
	if p.on && p.n >= 4096 {
		fmt.Fprintf(p.w, "\r%s: %d rows\n", p.label, p.n)
	}
}
