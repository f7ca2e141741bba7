package web

import (
	"net/http/httptest"
	"strings"
	"testing"
)

// BenchmarkServe measures serving the largest asset gzipped, as browsers
// ask for it: the compressed copy is made once, so this is a copy.
func BenchmarkServe(b *testing.B) {
	h := Handler().(*handler)
	h.once.Do(h.load)
	name, size := "", 0
	for n, a := range h.assets {
		if strings.HasPrefix(n, "assets/") && len(a.body) > size {
			name, size = n, len(a.body)
		}
	}
	req := httptest.NewRequest("GET", "/"+name, nil)
	req.Header.Set("Accept-Encoding", "gzip, deflate, br")
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
	}
}
