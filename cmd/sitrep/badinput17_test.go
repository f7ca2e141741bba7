package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Session 17's third adversarial pass over the commands.

// TestGeoparseRefusesNonText: geoparse read any file whole and parsed its
// bytes, so a text saved as UTF-16 found no place and exited 0 (a silent
// empty answer), and a 200 MB file took 635 MB and 20 s. Both are refused
// naming the file, alone and in --dir (listed, the rest parsed).
func TestGeoparseRefusesNonText(t *testing.T) {
	dir := t.TempDir()
	utf16 := []byte{0xff, 0xfe}
	for _, r := range "Fighting was reported in Niamey and Agadez.\n" {
		utf16 = append(utf16, byte(r), 0)
	}
	files := map[string][]byte{
		"utf16.txt": utf16,
		"huge.txt":  bytes.Repeat([]byte("a"), 17<<20),
		"good.txt":  []byte("Fighting was reported in Niamey.\n"),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct{ file, want string }{
		{"utf16.txt", "not UTF-8"},
		{"huge.txt", "too large"},
	} {
		path := filepath.Join(dir, tc.file)
		code, out, errs := sitrep(t, "geoparse", path)
		if code != 1 || !strings.Contains(errs, path) || !strings.Contains(errs, tc.want) || out != "" {
			t.Errorf("geoparse %s: exit %d, out %q, err %q: want 1 and %q naming the file", tc.file, code, out, errs, tc.want)
		}
	}
	out := filepath.Join(t.TempDir(), "out")
	code, _, errs := sitrep(t, "geoparse", "--json", "--dir", dir, out)
	if code != 1 || strings.Count(errs, "not parsed") != 2 || strings.Count(errs, "utf16.txt") != 1 || strings.Count(errs, "huge.txt") != 1 {
		t.Errorf("geoparse --dir: exit %d, %q: want 1 and both files listed, each named once", code, errs)
	}
	if _, err := os.Stat(filepath.Join(out, "good.json")); err != nil {
		t.Errorf("the good file was not parsed: %v", err)
	}
}

// TestGeoparseRefusesControlBytes: UTF-16 saved without a byte-order mark
// is valid UTF-8, a NUL after each ASCII letter, and geoparse found no
// place in it and exited 0 where read refuses it (session 17, third
// review). geoparse now refuses what read's check refuses, alone and in
// --dir, and still reads a text with tabs and CRLF line ends.
func TestGeoparseRefusesControlBytes(t *testing.T) {
	dir := t.TempDir()
	var utf16 []byte
	for _, r := range "Fighting was reported in Niamey and Agadez.\n" {
		utf16 = append(utf16, byte(r), 0)
	}
	for _, tc := range []struct {
		file string
		body []byte
		want string // in the error; "" when the file is parsed
	}{
		{"utf16le.txt", utf16, "control character U+0000"},
		{"nul.txt", []byte("Fighting was reported\x00 in Niamey.\n"), "control character U+0000"},
		{"bell.txt", []byte("Fighting was reported\x07 in Niamey.\n"), "control character U+0007"},
		{"crlf.txt", []byte("Fighting was\treported in Niamey.\r\n"), ""},
		{"pages.txt", []byte("Fighting was reported\fin Niamey.\f\n\fPage two.\v\n"), ""},
	} {
		path := filepath.Join(dir, tc.file)
		if err := os.WriteFile(path, tc.body, 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, errs := sitrep(t, "geoparse", "--json", path)
		if tc.want == "" {
			if code != 0 || !strings.Contains(out, "Niamey") {
				t.Errorf("%s: exit %d, out %q, err %q: want Niamey found", tc.file, code, out, errs)
			}
			continue
		}
		if code != 1 || out != "" || !strings.Contains(errs, path) || !strings.Contains(errs, tc.want) {
			t.Errorf("%s: exit %d, out %q, err %q: want 1 and %q naming the file", tc.file, code, out, errs, tc.want)
		}
	}
	out := filepath.Join(t.TempDir(), "out")
	code, _, errs := sitrep(t, "geoparse", "--json", "--dir", dir, out)
	if code != 1 || strings.Count(errs, "not parsed") != 3 || strings.Count(errs, "utf16le.txt") != 1 {
		t.Errorf("geoparse --dir: exit %d, %q: want 1 and three files listed, each named once", code, errs)
	}
	if _, err := os.Stat(filepath.Join(out, "crlf.json")); err != nil {
		t.Errorf("the text file was not parsed: %v", err)
	}
}

// TestDatesRefusesNonText: dates read any file whole (a 17 MiB one took
// 1.13 GB) and tagged bytes that are not UTF-8 (session 17, third
// review). It now reads through geoparse's readText, with read's limit
// and check, from a file or standard input.
func TestDatesRefusesNonText(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		file string
		body []byte
		want string // in the error; "" when dates answers
	}{
		{"huge.txt", bytes.Repeat([]byte("On 3 May 2020 we left. "), 17<<20/23+1), "too large"},
		{"latin1.txt", []byte("Le 3 mai 2020, d\xe9part de Niamey.\n"), "not UTF-8"},
		{"utf16le.txt", []byte("O\x00n\x00 \x003\x00 \x00M\x00a\x00y\x00 \x002\x000\x002\x000\x00"), "control character U+0000"},
		{"good.txt", []byte("On 3 May 2020 we left.\n"), ""},
		{"pages.txt", []byte("A first page.\f\nOn 3 May 2020 we left.\f"), ""},
	} {
		path := filepath.Join(dir, tc.file)
		if err := os.WriteFile(path, tc.body, 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, errs := sitrep(t, "dates", path)
		if tc.want == "" {
			if code != 0 || !strings.Contains(out, "2020-05-03") {
				t.Errorf("%s: exit %d, out %q, err %q: want the date", tc.file, code, out, errs)
			}
			continue
		}
		if code != 1 || out != "" || !strings.Contains(errs, path) || !strings.Contains(errs, tc.want) {
			t.Errorf("%s: exit %d, out %.100q, err %q: want 1 and %q naming the file", tc.file, code, out, errs, tc.want)
		}
		if _, err := readTextFrom(bytes.NewReader(tc.body), "stdin"); err == nil || !strings.Contains(err.Error(), "stdin") || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s on standard input: %v, want %q naming stdin", tc.file, err, tc.want)
		}
	}
}

// TestIngestFailedInterrupted: an interrupted ingest says which file and
// that nothing of it was stored, on one line; the store's own words follow
// only when they are more than the interruption echoed back (PostgreSQL's
// driver reports its closed connection; DuckDB's error was two lines,
// "context canceled" and its own "Interrupted!").
func TestIngestFailedInterrupted(t *testing.T) {
	stopped, cancel := context.WithCancel(context.Background())
	cancel()
	closed := errors.New("read unix @->/run/pg/.s.PGSQL.5432: use of closed network connection")
	for _, tc := range []struct {
		name   string
		ctx    context.Context
		err    error
		want   string
		absent string
	}{
		{"duckdb row by row", stopped, fmt.Errorf("insert: %w", context.Canceled),
			"big.csv: interrupted: nothing of this file was stored", "context canceled"},
		{"duckdb bulk", stopped, errors.Join(context.Canceled, errors.New("INTERRUPT Error: Interrupted!")),
			"big.csv: interrupted: nothing of this file was stored", "context canceled"},
		{"postgres", stopped, closed,
			"big.csv: interrupted: nothing of this file was stored; the store, as it stopped: read unix", "\n"},
		{"not interrupted", context.Background(), closed,
			"big.csv: read unix", "interrupted"},
	} {
		got := ingestFailed(tc.ctx, "big.csv", tc.err).Error()
		if !strings.HasPrefix(got, tc.want) || strings.Contains(got, tc.absent) || strings.Contains(got, "\n") {
			t.Errorf("%s: %q: want it to begin %q, on one line, without %q", tc.name, got, tc.want, tc.absent)
		}
	}
}

// TestReadPageBreaks: read refused pdftotext's output for the form feed
// ending each page (session 17, review of the third pass); it reads it as
// a space, as geoparse and dates now do.
func TestReadPageBreaks(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ file, body string }{
		{"pages.txt", "Shelling in the valley\n\nArtillery shelled the town of Herat on 5 March 1990.\f\nThe next day it was quiet.\f"},
		{"vtab.txt", "Shelling in the valley\n\nArtillery shelled\vthe town of Herat on 5 March 1990.\n"},
	} {
		path := filepath.Join(dir, tc.file)
		if err := os.WriteFile(path, []byte(tc.body), 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, errs := sitrep(t, "read", "--format", "json", path)
		if code != 0 || !strings.Contains(out, "\"1990-03-0") {
			t.Errorf("read %s: exit %d, out %.200q, err %q: want it read with its date", tc.file, code, out, errs)
		}
	}
}
