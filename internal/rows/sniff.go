package rows

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Delimiters are the delimiters SniffHeader tries, in order.
var Delimiters = []byte{',', ';', '\t', '|'}

// ErrBareCR means the lines of a file end with a carriage return alone,
// as on the classic Mac OS: the scanner splits lines at line feeds, and
// would read the whole file as one header with no rows.
var ErrBareCR = errors.New("lines end with a carriage return alone (classic Mac OS): convert them to line feeds")

// ErrNoHeader means no delimiter splits the first line into the columns
// a format needs.
var ErrNoHeader = errors.New("header lacks the format's columns")

// SniffHeader looks at the first line of r without consuming it and picks
// the delimiter under which it holds every one of want (compared without
// case, quotes or spaces). It returns a reader that still starts with the
// header. Spreadsheets saved in some locales write ';' or tabs: such files
// read like commas.
func SniffHeader(r io.Reader, want ...string) (io.Reader, byte, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	b, err := br.Peek(br.Size())
	if len(b) == 0 {
		if err == nil || errors.Is(err, io.EOF) {
			return nil, 0, errors.New("empty file")
		}
		return nil, 0, err
	}
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		b = b[:i]
	}
	b = bytes.TrimPrefix(bytes.TrimSuffix(b, []byte{'\r'}), []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(b, '\r') >= 0 {
		return nil, 0, ErrBareCR
	}
	for _, c := range Delimiters {
		found := 0
		for _, w := range want {
			for col := range bytes.SplitSeq(b, []byte{c}) {
				if bytes.EqualFold(bytes.Trim(bytes.TrimSpace(col), `"`), []byte(w)) {
					found++
					break
				}
			}
		}
		if found == len(want) {
			return br, c, nil
		}
	}
	return nil, 0, fmt.Errorf("%w %q", ErrNoHeader, want)
}

// NameBlank names each blank column of header by its place ("column
// 32"), unless the header already uses that name: spreadsheets leave
// trailing columns with no name, and the readers keep an unmapped column
// under its name, so two blank ones would be one name twice.
func NameBlank(header []string) {
	used := make(map[string]bool, len(header))
	for _, h := range header {
		used[h] = true
	}
	for i, h := range header {
		if strings.TrimSpace(h) != "" {
			continue
		}
		if n := fmt.Sprintf("column %d", i+1); !used[n] {
			header[i], used[n] = n, true
		}
	}
}

// ErrDuplicate means a header names one column twice. The readers keep a
// column the model has no field for under its header name, so of two
// columns of one name they could give back only one.
var ErrDuplicate = errors.New("column named twice")

// Duplicate reports the first name header holds twice (compared exactly),
// with both columns counted from 1, or nil.
func Duplicate(header []string) error {
	first := make(map[string]int, len(header))
	for i, h := range header {
		if j, ok := first[h]; ok {
			return fmt.Errorf("%w: %q is column %d and column %d; rename one", ErrDuplicate, h, j+1, i+1)
		}
		first[h] = i
	}
	return nil
}
