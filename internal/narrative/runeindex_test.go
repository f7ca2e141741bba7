package narrative

import "testing"

// TestRuneIndexByteAt: byteAt inverts at, on text mixing one- to four-byte
// characters, and gives -1 at and past the end and before the start.
func TestRuneIndexByteAt(t *testing.T) {
	for _, text := range []string{"", "abc", "Ségou, Mali — 12 March", "日本 attack 🙂 on 3 May", "é"} {
		ro := newRuneIndex(text)
		n := 0
		for b := range text {
			if got := ro.byteAt(n); got != b {
				t.Errorf("%q: byteAt(%d) = %d, want %d", text, n, got, b)
			}
			if ro.at(b) != n {
				t.Errorf("%q: at(%d) = %d, want %d", text, b, ro.at(b), n)
			}
			n++
		}
		for _, past := range []int{-1, n, n + 1} {
			if got := ro.byteAt(past); got != -1 {
				t.Errorf("%q: byteAt(%d) = %d, want -1", text, past, got)
			}
		}
	}
}
