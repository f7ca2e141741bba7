package web

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestHandler(t *testing.T) {
	h := Handler()
	tests := []struct {
		name, method, path, accept string
		status                     int
		gzip                       bool
		bodyHas                    string
	}{
		{"root is the page", "GET", "/", "", 200, false, "<!doctype html>"},
		{"index by name", "GET", "/index.html", "", 200, false, "<!doctype html>"},
		{"gzip when asked", "GET", "/", "gzip, deflate", 200, true, "<!doctype html>"},
		{"gzip refused by q=0", "GET", "/", "gzip;q=0", 200, false, "<!doctype html>"},
		{"unknown path", "GET", "/nope.js", "", 404, false, ""},
		{"no escape from dist", "GET", "/../web.go", "", 404, false, ""},
		{"licence notes are not served", "GET", "/README.md", "", 404, false, ""},
		{"head has no body", "HEAD", "/", "", 200, false, ""},
		{"post refused", "POST", "/", "", 405, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(tt.method, tt.path, nil)
			if tt.accept != "" {
				req.Header.Set("Accept-Encoding", tt.accept)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d", rec.Code, tt.status)
			}
			gz := rec.Header().Get("Content-Encoding") == "gzip"
			if gz != tt.gzip {
				t.Fatalf("gzip %v, want %v", gz, tt.gzip)
			}
			var r io.Reader = rec.Body
			if gz {
				zr, err := gzip.NewReader(rec.Body)
				if err != nil {
					t.Fatal(err)
				}
				r = zr
			}
			b, _ := io.ReadAll(r)
			if !strings.Contains(strings.ToLower(string(b)), tt.bodyHas) {
				t.Errorf("body lacks %q: %.200s", tt.bodyHas, b)
			}
			if tt.method == "HEAD" && len(b) != 0 {
				t.Errorf("HEAD wrote %d bytes", len(b))
			}
		})
	}
}

// The page must never be allowed to reach another origin: the policy is
// the guarantee behind "works offline, nothing leaves 127.0.0.1".
func TestPageKeepsToItsOrigin(t *testing.T) {
	rec := httptest.NewRecorder()
	Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	csp := rec.Header().Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'self'", "connect-src 'self'", "script-src 'self'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	if strings.Contains(csp, "http") {
		t.Errorf("CSP names a remote origin: %q", csp)
	}
}

func TestAssetsAreHashedAndCachedForever(t *testing.T) {
	h := Handler().(*handler)
	h.once.Do(h.load)
	if h.err != nil {
		t.Fatal(h.err)
	}
	page := string(h.assets["index.html"].body)
	for name := range h.assets {
		if !strings.HasPrefix(name, "assets/") {
			continue
		}
		if !strings.Contains(page, name) {
			t.Errorf("%s is embedded but the page never references it", name)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/"+name, nil))
		if rec.Code != http.StatusOK || !strings.Contains(rec.Header().Get("Cache-Control"), "immutable") {
			t.Errorf("%s: status %d cache %q", name, rec.Code, rec.Header().Get("Cache-Control"))
		}
		etag := rec.Header().Get("ETag")
		req := httptest.NewRequest("GET", "/"+name, nil)
		req.Header.Set("If-None-Match", etag)
		rec = httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusNotModified {
			t.Errorf("%s with its ETag: status %d, want 304", name, rec.Code)
		}
	}
}
