package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
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

// watchRead reports how far a bulk load has read a file of size bytes,
// named label. DuckDB reads it with no row passing through Go, so the
// measure is the bytes this process has read since the load began
// (/proc/self/io on Linux; elsewhere only the time goes by). The first
// report comes after a second. stop ends the report with the rows loaded.
func watchRead(w io.Writer, label string, size int64) (stop func(ok bool, rows int64)) {
	p := newProgress(w, label)
	base := bytesRead()
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		wait := min(p.every, time.Second)
		for {
			select {
			case <-done:
				return
			case <-time.After(wait):
			}
			wait = p.every
			mb := float64(min(max(bytesRead()-base, 0), size)) / 1e6
			rate := mb / time.Since(p.start).Seconds()
			p.shown = true
			if p.on {
				fmt.Fprintf(p.w, "\r%s: %.0f of %.0f MB read, %.1f MB/s", p.label, mb, float64(size)/1e6, rate)
			} else {
				fmt.Fprintf(p.w, "%s: %.0f of %.0f MB read, %.1f MB/s\n", p.label, mb, float64(size)/1e6, rate)
			}
		}
	}()
	return func(ok bool, rows int64) {
		close(done)
		<-finished
		if !ok {
			// The reader takes over, with a report of its own.
			if p.shown && p.on {
				fmt.Fprint(p.w, "\r\033[K")
			}
			p.finished = true
			return
		}
		p.n = rows
		p.done()
	}
}

// bytesRead is what this process has read so far (rchar in
// /proc/self/io), 0 when it cannot tell.
func bytesRead() int64 {
	b, err := os.ReadFile("/proc/self/io")
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(b)) {
		if v, ok := strings.CutPrefix(line, "rchar:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
			return n
		}
	}
	return 0
}
