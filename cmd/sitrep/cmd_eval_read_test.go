package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalRead scores the seed through the command: its figures must be
// the ones TestSeed reaches, an article without an expected file is not
// scored, and --errors lists the misses.
func TestEvalRead(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"niger_seed.txt", "niger_seed.expected.json", "field_note.txt"} {
		b, err := os.ReadFile(filepath.Join("../../testdata/articles", n))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	errs := filepath.Join(dir, "errors.tsv")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"eval-read", "--errors", errs, dir}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{"total (1 articles)", "55/56", "66/67", "4/4"} {
		if !strings.Contains(out, want) {
			t.Errorf("want %q in\n%s", want, out)
		}
	}
	if strings.Contains(out, "field_note") {
		t.Errorf("an article without an expected file was scored:\n%s", out)
	}
	b, err := os.ReadFile(errs)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), "\n"); n != 2 {
		t.Errorf("errors file has %d lines, want the 2 misses:\n%s", n, b)
	}
	for _, args := range [][]string{{"eval-read", "--half", "2", dir}, {"eval-read"}} {
		if code := run(args, &stdout, &stderr); code != 2 {
			t.Errorf("%v: exit %d, want 2 (usage)", args, code)
		}
	}
}

// TestEvalReadNews: a news story's gold gives its date and no conflict
// record; the summary says nothing was checked there, not 0 %.
func TestEvalReadNews(t *testing.T) {
	dir := t.TempDir()
	story := "Gunmen kill four in Niger\n\nGunmen killed four soldiers near Ouallam on Monday, the army said.\n"
	gold := `{"dct": "2023-06-14", "events": [{"date": "2023-06-12", "place": "Ouallam", "casualties": [{"who": "soldiers", "killed": 4}]}]}`
	for n, b := range map[string]string{"story.txt": story, "story.expected.json": gold} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(b), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"eval-read", dir}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if out := stdout.String(); !strings.Contains(out, "conflict –  events") || strings.Contains(out, "conflict 0.0%") {
		t.Errorf("summary line:\n%s", out)
	}
}
