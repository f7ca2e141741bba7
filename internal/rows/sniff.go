package rows

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
)

// Delimiters are the delimiters SniffHeader tries, in order.
var Delimiters = []byte{',', ';', '\t', '|'}

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
