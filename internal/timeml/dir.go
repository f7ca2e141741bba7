package timeml

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/internal/timex"
)

// Tagger finds temporal expressions in a document's text, given its DCT
// (zero when the document has none).
type Tagger func(text string, dct time.Time) []Tag

// files lists the .tml files under dir, sorted.
func files(dir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(d.Name(), ".tml") {
			out = append(out, path)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

func readFile(path string) (*Doc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Read(bytes.NewReader(b), path)
}

// inputs lists the regular files under dir (or symlinks to them), or dir
// itself when it is a file, skipping hidden ones. Every file counts,
// whatever its name: TempEval-3 hands its test input out as
// "NAME.tml.TE3input", and a file that is not TimeML is copied to the
// output (or left in place) rather than silently dropped. An entry that
// is not a file (a named pipe, a socket, a device, a symlink to nothing)
// cannot be tagged or copied: it is returned in skipped, with why, so
// that its output is not missing without a word.
func inputs(dir string) (out []string, skipped []error, err error) {
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		hidden := path != dir && strings.HasPrefix(d.Name(), ".")
		switch {
		case hidden && d.IsDir():
			return filepath.SkipDir
		case hidden, d.IsDir():
			return nil
		}
		// A symlink to a regular file is that file (tagged through the
		// link); one to a folder is not followed, so no loop is walked.
		mode := d.Type()
		if mode&fs.ModeSymlink != 0 {
			fi, err := os.Stat(path)
			if err != nil {
				if e := errors.Unwrap(err); e != nil {
					err = e // the path is said once
				}
				skipped = append(skipped, fmt.Errorf("%s: a symlink to nothing readable (%w); skipped", path, err))
				return nil
			}
			mode = fi.Mode()
		}
		switch {
		case mode.IsRegular():
			out = append(out, path)
		case !mode.IsDir():
			skipped = append(skipped, fmt.Errorf("%s: %s, not a file; skipped", path, kindOf(mode)))
		}
		return nil
	})
	sort.Strings(out)
	return out, skipped, err
}

// kindOf names a mode that is neither a regular file nor a folder.
func kindOf(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "mode " + m.String()
}

// MaxSize bounds the files TagDir reads as TimeML; TempEval-3's are a few
// kilobytes.
const MaxSize = 16 << 20

// copyFile streams src to a temporary file beside dst and renames it over
// dst, so that a symlink at dst is replaced rather than written through
// (os.Create would truncate the link's target, possibly an input).
func copyFile(src, dst string) error {
	r, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("read %s: %w", src, err)
	}
	defer r.Close()
	w, err := os.CreateTemp(filepath.Dir(dst), "."+filepath.Base(dst)+".*")
	if err != nil {
		return fmt.Errorf("write %s: %w", dst, err)
	}
	_, werr := io.Copy(w, r)
	if cerr := w.Close(); werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(w.Name(), 0o644)
	}
	if werr == nil {
		werr = os.Rename(w.Name(), dst)
	}
	if werr != nil {
		os.Remove(w.Name())
		return fmt.Errorf("copy %s to %s: %w", src, dst, werr)
	}
	return nil
}

// writeReplace writes b to a temporary file beside dst and renames it
// over dst with the given permissions.
func writeReplace(dst string, b []byte, perm os.FileMode) error {
	f, err := os.CreateTemp(filepath.Dir(dst), "."+filepath.Base(dst)+".*")
	if err != nil {
		return fmt.Errorf("write %s: %w", dst, err)
	}
	_, werr := f.Write(b)
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(f.Name(), perm)
	}
	if werr == nil {
		werr = os.Rename(f.Name(), dst)
	}
	if werr != nil {
		os.Remove(f.Name())
		return fmt.Errorf("write %s: %w", dst, werr)
	}
	return nil
}

// TagResult says what TagDir did with each input file.
type TagResult struct {
	Tagged int // files written with the tagger's TIMEX3 inserted
	// Copied holds, for each file that could not be read as TimeML, why;
	// such a file is written out unchanged so that no output goes missing,
	// or left in place when the output folder is the input's.
	Copied []error
	// Skipped holds, for each entry under in that is not a file (a named
	// pipe, a socket, a device, a symlink to nothing), why: nothing of it
	// is in the output.
	Skipped []error
}

// TagDir reads every file under in (or in itself, when it is a file),
// inserts the tagger's TIMEX3 tags and writes it under out with the same
// relative path and name. A file that is not a readable TimeML document
// is copied unchanged and reported in the result; only I/O failures stop
// the run.
func TagDir(ctx context.Context, in, out string, tag Tagger) (TagResult, error) {
	var res TagResult
	paths, skipped, err := inputs(in)
	res.Skipped = skipped
	if err != nil {
		return res, fmt.Errorf("list %s: %w", in, err)
	}
	if len(paths) == 0 {
		if len(skipped) > 0 {
			return res, fmt.Errorf("%s: no input files (%d skipped, not files: %v)", in, len(skipped), skipped[0])
		}
		return res, fmt.Errorf("%s: no input files", in)
	}
	base := in
	if len(paths) == 1 && paths[0] == in {
		base = filepath.Dir(in)
	}
	for _, path := range paths {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		rel, err := filepath.Rel(base, path)
		if err != nil {
			return res, err
		}
		dst := filepath.Join(out, rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return res, fmt.Errorf("write %s: %w", dst, err)
		}
		fi, err := os.Stat(path)
		if err != nil {
			return res, fmt.Errorf("read %s: %w", path, err)
		}
		// With the output folder the input's (timeml tm tm), dst is path:
		// creating it would empty the input before it is read. In place
		// means the output entry is the input entry itself; a symlink in
		// another output folder that points at the input is not, and is
		// replaced by a regular file rather than written through.
		inPlace := filepath.Clean(dst) == filepath.Clean(path)
		if !inPlace {
			pi, perr := os.Lstat(path)
			di, derr := os.Lstat(dst)
			inPlace = perr == nil && derr == nil && os.SameFile(pi, di)
		}
		if fi.Size() > MaxSize {
			// Read whole and parsed, a 200 MB file took 1.2 GB: copy it
			// through unread, as any file that is not TimeML is.
			if inPlace {
				res.Copied = append(res.Copied, fmt.Errorf("%s: larger than %d MiB, not read as TimeML; left in place", path, MaxSize>>20))
				continue
			}
			if err := copyFile(path, dst); err != nil {
				return res, err
			}
			res.Copied = append(res.Copied, fmt.Errorf("%s: larger than %d MiB, not read as TimeML", path, MaxSize>>20))
			continue
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return res, fmt.Errorf("read %s: %w", path, err)
		}
		d, err := Read(bytes.NewReader(raw), path)
		if err != nil {
			if inPlace {
				err = fmt.Errorf("%w; left in place", err)
			} else if err := writeReplace(dst, raw, 0o644); err != nil {
				return res, err
			}
			res.Copied = append(res.Copied, err)
			continue
		}
		b, _ := d.Annotate(tag(d.Text, d.DCT))
		// Written beside and renamed, so that a failed write over the
		// input itself leaves the input whole. Over the input, the file
		// keeps its mode (a private file stays private) and a symlink is
		// written through to its target, as a plain write would, rather
		// than replaced by a regular file.
		perm := os.FileMode(0o644)
		if inPlace {
			perm = fi.Mode().Perm()
			if real, err := filepath.EvalSymlinks(dst); err == nil {
				dst = real
			}
		}
		if err := writeReplace(dst, b, perm); err != nil {
			return res, err
		}
		res.Tagged++
	}
	return res, nil
}

// DocResult is one document's matched and unmatched spans.
type DocResult struct {
	Name   string
	Text   string
	Pairs  []Pair
	Counts Counts // this document's share of the totals
}

// Half puts a document in one of two fixed halves (0 or 1) by a hash of
// its file name, so that rules can be developed on one half and checked on
// the other; the split does not depend on the directory or file order.
func Half(name string) int {
	h := fnv.New32a()
	h.Write([]byte(filepath.Base(name)))
	return int(h.Sum32() & 1)
}

// Merge adds another tally to c.
func (c *Counts) Merge(o Counts) {
	c.Gold += o.Gold
	c.System += o.System
	c.Strict += o.Strict
	c.Relaxed += o.Relaxed
	c.ValueOK += o.ValueOK
	c.TypeOK += o.TypeOK
}

// Evaluate tags the text of every annotated .tml file under the dirs and
// scores the result against the TIMEX3 already there.
func Evaluate(ctx context.Context, tag Tagger, dirs ...string) (Counts, []DocResult, error) {
	var c Counts
	var paths []string
	for _, dir := range dirs {
		p, err := files(dir)
		if err != nil {
			return c, nil, fmt.Errorf("list %s: %w", dir, err)
		}
		if len(p) == 0 {
			return c, nil, fmt.Errorf("%s: no .tml files", dir)
		}
		paths = append(paths, p...)
	}
	var res []DocResult
	for _, path := range paths {
		if err := ctx.Err(); err != nil {
			return c, res, err
		}
		d, err := readFile(path)
		if err != nil {
			return c, res, err
		}
		var sys []Span
		for _, t := range tag(d.Text, d.DCT) {
			if t.Start < 0 || t.End > len(d.Text) || t.Start >= t.End {
				continue
			}
			sys = append(sys, Span{Start: t.Start, End: t.End, Text: d.Text[t.Start:t.End], Type: t.Type, Value: t.Value, Mod: t.Mod})
		}
		var dc Counts
		pairs := dc.Add(d.Gold, sys)
		c.Merge(dc)
		res = append(res, DocResult{Name: path, Text: d.Text, Pairs: pairs, Counts: dc})
	}
	return c, res, nil
}

// Timex is the tagger of sitrep's date engine in mode: a span's ends
// become TIMEX3s of their own, as TimeML annotates "from 1990 to 1992".
// In narrative mode a run of years written as one word ("1997-98",
// "1862–1935") is one length instead, as the narrative probes annotate
// a period, a term or a life given that way.
func Timex(mode timex.Mode) Tagger {
	return func(text string, dct time.Time) []Tag {
		var out []Tag
		for _, t := range timex.Parse(text, timex.Options{DCT: dct, Mode: mode}) {
			parts := t.Parts
			if v, ok := yearRun(text, t); ok && mode == timex.Narrative {
				out = append(out, Tag{Start: t.Start, End: t.End, Type: string(timex.DURATION), Value: v})
				continue
			}
			if l, ok := lengthBefore(text, t); ok && mode == timex.Narrative {
				out = append(out, l)
				continue
			}
			if len(parts) == 0 {
				parts = []timex.Timex{t}
			}
			for _, p := range parts {
				out = append(out, Tag{Start: p.Start, End: p.End, Type: string(p.Type), Value: p.Value, Mod: p.Mod})
			}
		}
		return out
	}
}

// yearRun reports the length of a range of whole years whose ends are
// joined by a hyphen or a dash alone ("1997-98", "1875–77"), counting
// both ends (P2Y); "from 1990 to 1992" and "1990 - 1992" stay two dates.
func yearRun(text string, t timex.Timex) (string, bool) {
	if len(t.Parts) != 2 {
		return "", false
	}
	a, b := t.Parts[0], t.Parts[1]
	if a.Type != timex.DATE || b.Type != timex.DATE || !isYear(a.Value) || !isYear(b.Value) || a.Mod != "" || b.Mod != "" {
		return "", false
	}
	if mid := text[a.End:b.Start]; mid != "-" && mid != "–" && mid != "—" {
		return "", false
	}
	if !isYear(text[a.Start:a.End]) {
		return "", false
	}
	var y0, y1 int
	fmt.Sscan(a.Value, &y0)
	fmt.Sscan(b.Value, &y1)
	if y1 <= y0 {
		return "", false
	}
	return fmt.Sprintf("P%dY", y1-y0+1), true
}

// isYear reports whether s is four digits.
func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// lengthBefore reports the length a date counted from the story's last
// one is written with ("Two days later", "three years earlier"): the
// engine reads the day or year it points to, which the narrative reader
// places events by; TimeML tags the length alone, "later" left out, as
// the narrative probes annotate it.
func lengthBefore(text string, t timex.Timex) (Tag, bool) {
	if len(t.Parts) != 0 || (t.Type != timex.DATE && t.Type != timex.TIME) {
		return Tag{}, false
	}
	span := text[t.Start:t.End]
	k := strings.LastIndexByte(span, ' ')
	if k <= 0 {
		return Tag{}, false
	}
	if w := strings.ToLower(span[k+1:]); w != "later" && w != "earlier" {
		return Tag{}, false
	}
	head := strings.TrimRight(span[:k], " ")
	l := timex.Parse(head, timex.Options{Mode: timex.Narrative})
	if len(l) != 1 || l[0].Type != timex.DURATION || l[0].Start != 0 || l[0].End != len(head) {
		return Tag{}, false
	}
	return Tag{Start: t.Start, End: t.Start + len(head), Type: string(timex.DURATION), Value: l[0].Value, Mod: l[0].Mod}, true
}
