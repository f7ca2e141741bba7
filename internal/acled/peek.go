package acled

import (
	"bufio"
	"bytes"
	"errors"
	"io"
)

// peeker lets NewReader look at the header line before the scanner reads
// it, without consuming it.
type peeker struct{ *bufio.Reader }

func newPeeker(r io.Reader) peeker { return peeker{bufio.NewReaderSize(r, 64<<10)} }

// firstLine returns the first line without consuming it (up to the buffer
// size, which no real header exceeds).
func (p peeker) firstLine() ([]byte, error) {
	b, err := p.Peek(p.Size())
	if len(b) == 0 {
		if err == nil || errors.Is(err, io.EOF) {
			return nil, errors.New("empty file")
		}
		return nil, err
	}
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		b = b[:i]
	}
	return bytes.TrimSuffix(b, []byte{'\r'}), nil
}
