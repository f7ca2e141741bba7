package server

import (
	"bytes"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"
)

// cache keeps recent answers of the read-only endpoints for a short time,
// keyed by path and the query string in canonical order. The store changes
// only by ingest: on DuckDB only this process can write (DuckDB locks the
// file), and its own ingest clears the cache; on PostgreSQL another process
// may ingest, and TTL bounds how stale an answer can be. Identical requests
// that miss together run the query once.
type cache struct {
	ttl      time.Duration
	maxBytes int

	mu       sync.Mutex
	entries  map[string]*entry
	order    []string // insertion order, for eviction
	bytes    int
	inflight map[string]*call
}

type entry struct {
	status  int
	header  http.Header
	body    []byte
	expires time.Time
}

type call struct {
	done chan struct{}
	e    *entry
}

func newCache(ttl time.Duration, maxBytes int) *cache {
	return &cache{ttl: ttl, maxBytes: maxBytes, entries: map[string]*entry{}, inflight: map[string]*call{}}
}

// key canonicalizes the request so that parameter order does not matter.
func cacheKey(r *http.Request, v url.Values) string {
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString(r.URL.Path)
	for _, k := range keys {
		for _, x := range v[k] {
			b.WriteByte('\x00')
			b.WriteString(k)
			b.WriteByte('=')
			b.WriteString(x)
		}
	}
	return b.String()
}

// clear drops every entry, after an ingest.
func (c *cache) clear() {
	c.mu.Lock()
	c.entries, c.order, c.bytes = map[string]*entry{}, nil, 0
	c.mu.Unlock()
}

// serve answers from the cache or runs h, keeping a 200 answer; refresh
// is h detached from the client's request, for background refreshes.
func (c *cache) serve(w http.ResponseWriter, r *http.Request, key string, h, refresh func(w http.ResponseWriter)) {
	now := time.Now()
	c.mu.Lock()
	e, ok := c.entries[key]
	if ok && now.Before(e.expires) {
		c.mu.Unlock()
		e.write(w, "hit")
		return
	}
	if ok && now.Before(e.expires.Add(maxStale)) {
		// Answer at once from the expired entry and refresh it behind the
		// scenes, once: a slow query then costs no client its latency.
		if _, busy := c.inflight[key]; !busy {
			cl := &call{done: make(chan struct{})}
			c.inflight[key] = cl
			go c.fill(key, cl, refresh)
		}
		c.mu.Unlock()
		e.write(w, "stale")
		return
	}
	if cl, ok := c.inflight[key]; ok {
		c.mu.Unlock()
		select {
		case <-cl.done:
			if cl.e != nil {
				cl.e.write(w, "shared")
				return
			}
		case <-r.Context().Done():
			return
		}
		h(w) // the first one failed: answer for ourselves
		return
	}
	cl := &call{done: make(chan struct{})}
	c.inflight[key] = cl
	c.mu.Unlock()
	c.fill(key, cl, h).write(w, "miss")
}

// maxStale is how long past its TTL an entry may still be served while a
// fresher one is being made.
const maxStale = time.Minute

// fill runs h, keeps a 200 answer under key and wakes the requests
// waiting on cl.
func (c *cache) fill(key string, cl *call, h func(w http.ResponseWriter)) *entry {
	rec := &recorder{header: http.Header{}, status: http.StatusOK}
	defer func() {
		c.mu.Lock()
		delete(c.inflight, key)
		c.mu.Unlock()
		close(cl.done)
	}()
	h(rec)
	e := &entry{status: rec.status, header: rec.header, body: rec.buf.Bytes(), expires: time.Now().Add(c.ttl)}
	if rec.status != http.StatusOK || len(e.body) > c.maxBytes/16 {
		return e
	}
	cl.e = e
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, ok := c.entries[key]; ok {
		c.bytes -= len(old.body)
	} else {
		c.order = append(c.order, key)
	}
	c.entries[key] = e
	c.bytes += len(e.body)
	for c.bytes > c.maxBytes && len(c.order) > 0 {
		k := c.order[0]
		c.order = c.order[1:]
		if old, ok := c.entries[k]; ok {
			c.bytes -= len(old.body)
			delete(c.entries, k)
		}
	}
	return e
}

func (e *entry) write(w http.ResponseWriter, how string) {
	h := w.Header()
	for k, v := range e.header {
		h[k] = v
	}
	h.Set("X-Cache", how)
	w.WriteHeader(e.status)
	w.Write(e.body)
}

// recorder buffers an answer so that it can be kept.
type recorder struct {
	header http.Header
	status int
	wrote  bool
	buf    bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) WriteHeader(s int) {
	if !r.wrote {
		r.status, r.wrote = s, true
	}
}

func (r *recorder) Write(b []byte) (int, error) {
	r.wrote = true
	return r.buf.Write(b)
}
