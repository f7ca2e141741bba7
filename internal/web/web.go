// Package web serves the analyst's page: the built, minified front end
// (map, timeline, facets, event detail, conflict page) embedded in the
// binary, so that `sitrep serve` works offline with nothing beside it.
//
// The assets are built from ../../web by web/build.mjs into dist/ and
// committed; `go build` needs no npm. web/check-build.sh rebuilds them and
// fails when the committed copy differs.
package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
)

//go:embed dist
var dist embed.FS

// contentSecurityPolicy keeps the page on its own origin: even a bug in the
// front end cannot make the browser fetch from anywhere else. Inline style
// is allowed because the map library positions its panes with style
// attributes; scripts stay strictly same-origin.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

// asset is one file ready to serve, with its gzip form made once.
type asset struct {
	body  []byte
	gz    []byte // nil when compression does not pay
	ctype string
	etag  string
	// immutable marks content-hashed names, which can be cached forever.
	immutable bool
}

// Handler serves the page at "/" and its assets under "/assets/". Other
// paths are 404, so the caller mounts the API beside it (for example
// mux.Handle("/", web.Handler()) next to mux.Handle("/api/", api)).
func Handler() http.Handler {
	return &handler{}
}

type handler struct {
	once   sync.Once
	assets map[string]*asset
	err    error
}

func (h *handler) load() { h.assets, h.err = loadAssets() }

// loadAssets reads and compresses the embedded files once per process,
// however many handlers are made.
var loadAssets = sync.OnceValues(func() (map[string]*asset, error) {
	assets := map[string]*asset{}
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		return nil, err
	}
	err = fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(sub, p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		a := &asset{
			body:      b,
			ctype:     contentType(p),
			etag:      `"` + hex.EncodeToString(sum[:8]) + `"`,
			immutable: strings.HasPrefix(p, "assets/"),
		}
		if compressible(a.ctype) {
			var buf bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
			zw.Write(b)
			zw.Close()
			if buf.Len() < len(b) {
				a.gz = buf.Bytes()
			}
		}
		assets[p] = a
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("web assets: %w", err)
	}
	return assets, nil
})

func contentType(p string) string {
	switch path.Ext(p) {
	case ".json":
		return "application/json"
	case ".md", ".txt":
		return "text/plain; charset=utf-8"
	}
	if t := mime.TypeByExtension(path.Ext(p)); t != "" {
		return t
	}
	return "application/octet-stream"
}

func compressible(ctype string) bool {
	return strings.HasPrefix(ctype, "text/") || strings.Contains(ctype, "javascript") ||
		strings.Contains(ctype, "json") || strings.Contains(ctype, "svg")
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.once.Do(h.load)
	if h.err != nil {
		http.Error(w, h.err.Error(), http.StatusInternalServerError)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if name == "" {
		name = "index.html"
	}
	a, ok := h.assets[name]
	if !ok || strings.HasSuffix(name, ".md") {
		http.NotFound(w, r)
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", a.ctype)
	hd.Set("ETag", a.etag)
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Vary", "Accept-Encoding")
	if a.immutable {
		hd.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		hd.Set("Cache-Control", "no-cache")
		hd.Set("Content-Security-Policy", contentSecurityPolicy)
		hd.Set("Referrer-Policy", "no-referrer")
	}
	if match := r.Header.Get("If-None-Match"); match != "" && strings.Contains(match, a.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := a.body
	if a.gz != nil && acceptsGzip(r.Header.Get("Accept-Encoding")) {
		hd.Set("Content-Encoding", "gzip")
		body = a.gz
	}
	hd.Set("Content-Length", strconv.Itoa(len(body)))
	if r.Method == http.MethodHead {
		return
	}
	w.Write(body)
}

// acceptsGzip reads an Accept-Encoding header; "gzip;q=0" is a refusal.
func acceptsGzip(h string) bool {
	for _, part := range strings.Split(h, ",") {
		enc, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.TrimSpace(enc) != "gzip" && strings.TrimSpace(enc) != "*" {
			continue
		}
		q := strings.ReplaceAll(params, " ", "")
		if q == "q=0" || q == "q=0.0" || q == "q=0.00" || q == "q=0.000" {
			return false
		}
		return true
	}
	return false
}
