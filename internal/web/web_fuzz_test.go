package web

import (
	"bytes"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// FuzzServe feeds request paths and Accept-Encoding headers from outside:
// the handler must answer without panicking, and whatever it serves with
// 200 must be one of the embedded files.
func FuzzServe(f *testing.F) {
	for _, s := range []string{"/", "/index.html", "/../web.go", "/assets/%2e%2e/web.go", "//etc/passwd", "/README.md"} {
		f.Add(s, "gzip")
	}
	f.Add("/", "gzip;q=0, *;q=1")
	h := Handler().(*handler)
	h.once.Do(h.load)
	f.Fuzz(func(t *testing.T, path, enc string) {
		if !strings.HasPrefix(path, "/") || strings.ContainsAny(path, "#?") {
			return
		}
		u, err := url.Parse("http://x" + path)
		if err != nil {
			return // not a request line a server would receive
		}
		req := httptest.NewRequest("GET", "/", nil)
		req.URL = u
		req.Header.Set("Accept-Encoding", enc)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 {
			return
		}
		body := rec.Body.Bytes()
		for _, a := range h.assets {
			if bytes.Equal(body, a.body) || (a.gz != nil && bytes.Equal(body, a.gz)) {
				return
			}
		}
		t.Fatalf("200 for %q with a body that is no embedded file", path)
	})
}
