package dataset

import (
	"errors"
	"fmt"
	"io"

	"github.com/sitrep-project/sitrep/internal/event"
)

// ErrTooManyBad ends a Tolerant stream once more rows are bad than allowed.
var ErrTooManyBad = errors.New("too many bad rows")

// Tolerant skips up to a limit of bad rows, writing each to a reject file,
// so that no row is dropped silently: a row is either an event, a reject,
// or the error that stops the stream.
type Tolerant struct {
	r        Reader
	max      int
	w        io.Writer
	header   string
	rejected []*RowError
}

// Tolerate wraps r to skip up to max bad rows. Each is written to rejects
// (if not nil) verbatim, after the file's header line once, so that the
// reject file reads as the source format and can be fixed and ingested
// again. The (max+1)th bad row ends the stream with ErrTooManyBad.
func Tolerate(r Reader, max int, rejects io.Writer) *Tolerant {
	t := &Tolerant{r: r, max: max, w: rejects}
	if h, ok := r.(interface{ Header() string }); ok {
		t.header = h.Header()
	}
	return t
}

// Next returns the next good event, io.EOF, or the error that ends the
// stream.
func (t *Tolerant) Next() (event.Event, error) {
	for {
		e, err := t.r.Next()
		var re *RowError
		if !errors.As(err, &re) {
			return e, err
		}
		if len(t.rejected) >= t.max {
			return event.Event{}, fmt.Errorf("%w (more than %d): %w", ErrTooManyBad, t.max, re)
		}
		t.rejected = append(t.rejected, re)
		if t.w != nil {
			if len(t.rejected) == 1 && t.header != "" {
				if _, err := io.WriteString(t.w, t.header+"\n"); err != nil {
					return event.Event{}, fmt.Errorf("reject file: %w", err)
				}
			}
			if _, err := io.WriteString(t.w, re.Raw+"\n"); err != nil {
				return event.Event{}, fmt.Errorf("reject file: %w", err)
			}
		}
	}
}

// Rejected lists the bad rows skipped so far, in file order.
func (t *Tolerant) Rejected() []*RowError { return t.rejected }
