// Package server is sitrep's HTTP API: events with filters and cursor
// pagination in JSON, CSV or GeoJSON, aggregates, top actors, infoboxes,
// change against a baseline, stored conflict documents, an OpenAPI
// document generated from the same route table that serves, and the web
// page at "/". It is read-only except POST /api/ingest, which needs the
// bearer token from configuration. Every bad parameter is a 4xx with a
// JSON body naming it; SQL only ever sees parameters as placeholders.
package server

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/internal/query"
	"github.com/sitrep-project/sitrep/internal/store"
	"github.com/sitrep-project/sitrep/internal/web"
)

// Options configures a Server. Zero values take the defaults below.
type Options struct {
	// Token enables POST /api/ingest for requests bearing it; "" keeps the
	// server read-only.
	Token string
	// MaxPage caps limit on /api/events (default 1000).
	MaxPage int
	// QueryTimeout bounds each request's database work (default 10s).
	QueryTimeout time.Duration
	Logger       *slog.Logger
	// Ingest reads an uploaded file into the store; wired by the caller so
	// that this package needs no reader.
	Ingest func(ctx context.Context, r io.Reader, up Upload) (any, error)
	// MaxIngestBytes caps an upload (default 4 GiB).
	MaxIngestBytes int64
	// CacheTTL keeps answers of the read endpoints this long (default 2s;
	// negative disables the cache). CacheBytes bounds it (default 64 MiB).
	CacheTTL   time.Duration
	CacheBytes int
}

// Defaults.
const (
	DefaultMaxPage      = 1000
	DefaultPage         = 100
	DefaultQueryTimeout = 10 * time.Second
)

// Server serves the API. It implements http.Handler.
type Server struct {
	st      *store.Store
	opt     Options
	mux     *http.ServeMux
	log     *slog.Logger
	openapi []byte
	cache   *cache // nil when disabled
}

// New returns a server over st.
func New(st *store.Store, opt Options) *Server {
	if opt.MaxPage <= 0 {
		opt.MaxPage = DefaultMaxPage
	}
	if opt.QueryTimeout <= 0 {
		opt.QueryTimeout = DefaultQueryTimeout
	}
	if opt.MaxIngestBytes <= 0 {
		opt.MaxIngestBytes = 4 << 30
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.CacheTTL == 0 {
		opt.CacheTTL = 2 * time.Second
	}
	if opt.CacheBytes <= 0 {
		opt.CacheBytes = 64 << 20
	}
	s := &Server{st: st, opt: opt, mux: http.NewServeMux(), log: opt.Logger}
	if opt.CacheTTL > 0 {
		s.cache = newCache(opt.CacheTTL, opt.CacheBytes)
	}
	for _, r := range s.routes() {
		s.mux.Handle(r.method+" "+r.pattern, s.wrap(r))
	}
	s.mux.HandleFunc("/api/", s.notFound)
	s.mux.Handle("/", web.Handler())
	s.openapi = s.openAPI()
	return s
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// ListenAndServe serves on addr until ctx is done, then shuts down
// gracefully, giving requests in flight up to 10 seconds.
func (s *Server) ListenAndServe(ctx context.Context, addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return s.Serve(ctx, ln)
}

// Serve is ListenAndServe on a listener the caller opened.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second, // ingest extends its own
		WriteTimeout:      s.opt.QueryTimeout + 30*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	s.log.Info("serving", "addr", ln.Addr().String(), "store", s.st.Name())
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

// route is one endpoint; the OpenAPI document is generated from these.
type route struct {
	method, pattern, summary string
	params                   []query.Param // beyond the path's
	filters                  bool          // takes query.FilterParams too
	formats                  bool          // answers in CSV and GeoJSON too
	auth                     bool
	handle                   func(w http.ResponseWriter, r *http.Request, v url.Values) error
}

var (
	pageParams = []query.Param{
		{Name: "limit", Doc: "events per page, 1 to the server's maximum", Type: "integer", Example: "50"},
		{Name: "cursor", Doc: "next_cursor of the previous page", Type: "string"},
		{Name: "format", Doc: "json (default), csv or geojson", Type: "string", Example: "json"},
	}
	specParams = []query.Param{
		{Name: "interval", Doc: "day, week, month, quarter or year", Type: "string", Example: "month"},
		{Name: "by", Doc: "event_type, sub_event_type, actor, country, admin1, source or cell", Type: "string", Example: "event_type"},
		{Name: "cell", Doc: "grid cell size in degrees when by=cell (default 0.5)", Type: "number", Example: "0.5"},
	}
	changeParams = []query.Param{
		{Name: "by", Doc: "country (default) or admin1", Type: "string", Example: "country"},
		{Name: "interval", Doc: "period length: day, week, month (default), quarter or year", Type: "string", Example: "month"},
		{Name: "periods", Doc: "earlier periods averaged into the baseline (default 3)", Type: "integer", Example: "3"},
		{Name: "at", Doc: "a day in the current period (default: the latest event's)", Type: "string", Example: "2018-03-15"},
	}
	topParams    = []query.Param{{Name: "top", Doc: "how many actors (default 10, at most 1000)", Type: "integer", Example: "5"}}
	ingestParams = []query.Param{
		{Name: "source", Doc: "acled, ucdp, gdelt or article; guessed from the file when absent", Type: "string", Example: "acled"},
		{Name: "name", Doc: "file name, for provenance and format detection", Type: "string", Example: "acled.csv"},
		{Name: "dct", Doc: "for news: the day it was written (YYYY-MM-DD), against which its \"on Sunday\" resolves", Type: "string", Example: "2024-03-20"},
	}
)

func (s *Server) routes() []route {
	return []route{
		{method: "GET", pattern: "/api/health", summary: "Liveness and store identity", handle: s.health},
		{method: "GET", pattern: "/api/events", summary: "Events matching the filters, in date order, one page at a time", params: pageParams, filters: true, formats: true, handle: s.events},
		{method: "GET", pattern: "/api/aggregate", summary: "Event counts and fatality sums by period and/or dimension", params: specParams, filters: true, handle: s.aggregate},
		{method: "GET", pattern: "/api/actors", summary: "The actors in the most matching events", params: topParams, filters: true, handle: s.actors},
		{method: "GET", pattern: "/api/matches", summary: "Pairs of events that different sources report of one incident: same days, same place, agreeing tolls", params: query.MatchParams, filters: true, handle: s.matches},
		{method: "GET", pattern: "/api/span", summary: "The first and last matching event", filters: true, handle: s.span},
		{method: "GET", pattern: "/api/infobox", summary: "Date span, parties and totals per side of the matching events", filters: true, handle: s.infobox},
		{method: "GET", pattern: "/api/change", summary: "Events per country or admin1 in the current period against the mean of earlier periods, with ACLED's change categories", params: changeParams, filters: true, handle: s.change},
		{method: "GET", pattern: "/api/versions", summary: "Ingested source versions, oldest first", params: []query.Param{{Name: "source", Doc: "only this source", Type: "string", Example: "acled"}}, handle: s.versions},
		{method: "GET", pattern: "/api/conflicts", summary: "Stored conflict documents", handle: s.conflicts},
		{method: "GET", pattern: "/api/conflicts/{id}", summary: "One conflict document with its record, reconciliation, events and text", handle: s.conflict},
		{method: "POST", pattern: "/api/ingest", summary: "Ingest an uploaded file (request body) as a new version", params: ingestParams, auth: true, handle: s.ingest},
		{method: "GET", pattern: "/api/openapi.json", summary: "This document", handle: s.serveOpenAPI},
	}
}

// apiError is the body of every error answer.
type apiError struct {
	Status  int    `json:"status"`
	Message string `json:"message"`
	Param   string `json:"param,omitempty"`
	Value   string `json:"value,omitempty"`
}

// httpError carries a status to wrap's error writer.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func errorf(status int, format string, a ...any) error {
	return &httpError{status, fmt.Sprintf(format, a...)}
}

func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	body := apiError{Status: http.StatusInternalServerError, Message: "internal error"}
	var pe *query.ParamError
	var he *httpError
	switch {
	case errors.As(err, &pe):
		body = apiError{Status: http.StatusBadRequest, Message: pe.Error(), Param: pe.Param, Value: pe.Value}
	case errors.As(err, &he):
		body = apiError{Status: he.status, Message: he.msg}
	case errors.Is(err, context.DeadlineExceeded):
		body = apiError{Status: http.StatusServiceUnavailable, Message: "query took longer than the server allows; narrow the filters"}
	case errors.Is(err, context.Canceled):
		return // the client went away
	case errors.Is(err, store.ErrNotFound):
		body = apiError{Status: http.StatusNotFound, Message: err.Error()}
	}
	if body.Status >= 500 {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "query", r.URL.RawQuery, "err", err)
	}
	writeJSON(w, body.Status, map[string]apiError{"error": body})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"error":{"status":500,"message":"encoding the answer failed"}}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// wrap checks the parameters a route accepts, bounds its time and turns
// its error into a JSON answer.
func (s *Server) wrap(rt route) http.Handler {
	allowed := map[string]bool{}
	for _, p := range rt.params {
		allowed[p.Name] = true
	}
	if rt.filters {
		for _, p := range query.FilterParams {
			allowed[p.Name] = true
		}
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			// A bug must cost one request, not the server.
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				s.log.Error("panic", "path", r.URL.Path, "query", r.URL.RawQuery, "panic", p)
				s.writeError(w, r, fmt.Errorf("panic: %v", p))
			}
		}()
		v, err := url.ParseQuery(r.URL.RawQuery)
		if err != nil {
			s.writeError(w, r, errorf(http.StatusBadRequest, "query string: %v", err))
			return
		}
		for k := range v {
			if !allowed[k] {
				s.writeError(w, r, &query.ParamError{Param: k, Reason: "unknown parameter for " + rt.pattern})
				return
			}
		}
		if rt.auth && !s.authorized(r) {
			if s.opt.Token == "" {
				s.writeError(w, r, errorf(http.StatusForbidden, "this server is read-only: start it with a token to allow ingest"))
			} else {
				w.Header().Set("WWW-Authenticate", `Bearer realm="sitrep"`)
				s.writeError(w, r, errorf(http.StatusUnauthorized, "ingest needs Authorization: Bearer <token>"))
			}
			return
		}
		if !rt.auth {
			ctx, cancel := context.WithTimeout(r.Context(), s.opt.QueryTimeout)
			defer cancel()
			r = r.WithContext(ctx)
		}
		if rt.filters {
			// A bad filter is the handler's to report.
			if f, err := query.ParseFilter(v); err == nil {
				if err := query.KnownVersions(r.Context(), s.st, f); err != nil {
					s.writeError(w, r, err)
					return
				}
			}
		}
		runWith := func(r *http.Request) func(w http.ResponseWriter) {
			return func(w http.ResponseWriter) {
				if err := rt.handle(w, r, v); err != nil {
					s.writeError(w, r, err)
				}
			}
		}
		run := runWith(r)
		if s.cache == nil || rt.method != "GET" {
			run(w)
			if rt.auth && s.cache != nil {
				s.cache.clear()
			}
			return
		}
		refresh := func(w http.ResponseWriter) {
			ctx, cancel := context.WithTimeout(context.Background(), s.opt.QueryTimeout)
			defer cancel()
			runWith(r.Clone(ctx))(w)
		}
		s.cache.serve(w, r, cacheKey(r, v), run, refresh)
	})
}

func (s *Server) authorized(r *http.Request) bool {
	if s.opt.Token == "" {
		return false
	}
	h := r.Header.Get("Authorization")
	tok, ok := strings.CutPrefix(h, "Bearer ")
	return ok && subtle.ConstantTimeCompare([]byte(strings.TrimSpace(tok)), []byte(s.opt.Token)) == 1
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	for _, rt := range s.routes() {
		if samePath(rt.pattern, r.URL.Path) {
			w.Header().Set("Allow", rt.method)
			s.writeError(w, r, errorf(http.StatusMethodNotAllowed, "%s %s: use %s", r.Method, r.URL.Path, rt.method))
			return
		}
	}
	s.writeError(w, r, errorf(http.StatusNotFound, "no endpoint %s; see /api/openapi.json", r.URL.Path))
}

// samePath reports whether path is one pattern serves, a {name} segment
// matching any one segment, so that a wrong method on /api/conflicts/ID is
// a 405 as on the other endpoints, not a 404.
func samePath(pattern, path string) bool {
	ps, xs := strings.Split(pattern, "/"), strings.Split(path, "/")
	if len(ps) != len(xs) {
		return false
	}
	for i, p := range ps {
		if strings.HasPrefix(p, "{") {
			if xs[i] == "" {
				return false
			}
		} else if p != xs[i] {
			return false
		}
	}
	return true
}

func (s *Server) serveOpenAPI(w http.ResponseWriter, _ *http.Request, _ url.Values) error {
	w.Header().Set("Content-Type", "application/json")
	_, err := w.Write(s.openapi)
	return err
}
