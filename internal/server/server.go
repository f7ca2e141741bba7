// Package server serves the store over HTTP: a read-only JSON API under
// /api/ and the web page at /.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/store"
	"github.com/sitrep-project/sitrep/internal/web"
)

// Options configure a Server.
type Options struct {
	Logger       *slog.Logger
	MaxPage      int           // largest page of events; default 10,000
	QueryTimeout time.Duration // default 10 s
}

// Server is the HTTP front of a store.
type Server struct {
	st  *store.Store
	opt Options
	mux *http.ServeMux
}

// New returns a server for st.
func New(st *store.Store, opt Options) *Server {
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	if opt.MaxPage <= 0 {
		opt.MaxPage = 10000
	}
	if opt.QueryTimeout <= 0 {
		opt.QueryTimeout = 10 * time.Second
	}
	s := &Server{st: st, opt: opt, mux: http.NewServeMux()}
	s.mux.HandleFunc("GET /api/health", s.health)
	s.mux.HandleFunc("GET /api/events", s.events)
	s.mux.HandleFunc("GET /api/conflicts", s.conflicts)
	s.mux.HandleFunc("GET /api/conflicts/{id}", s.conflict)
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: "+r.URL.Path)
	})
	s.mux.Handle("/", web.Handler())
	return s
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// ListenAndServe serves on addr until ctx is done, then shuts down
// gracefully.
func (s *Server) ListenAndServe(ctx context.Context, addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	hs := &http.Server{Handler: s, ReadHeaderTimeout: 5 * time.Second, WriteTimeout: 60 * time.Second}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		hs.Shutdown(sctx)
	}()
	err = hs.Serve(ln)
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	v, err := s.st.SchemaVersion(r.Context())
	if err != nil {
		writeError(w, http.StatusServiceUnavailable, "store unavailable")
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "backend": s.st.Kind(), "schema_version": v})
}

// events lists the current events; ?source= narrows, ?limit= caps.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	for k := range q {
		switch k {
		case "source", "limit":
		default:
			writeError(w, http.StatusBadRequest, "unknown parameter "+strconv.Quote(k))
			return
		}
	}
	limit := s.opt.MaxPage
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > s.opt.MaxPage {
			writeError(w, http.StatusBadRequest, "limit must be a whole number from 1 to "+strconv.Itoa(s.opt.MaxPage))
			return
		}
		limit = n
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.opt.QueryTimeout)
	defer cancel()
	evs, err := s.st.CurrentEvents(ctx, q.Get("source"))
	if err != nil {
		s.opt.Logger.Error("events", "err", err)
		writeError(w, http.StatusInternalServerError, "query failed")
		return
	}
	if len(evs) > limit {
		evs = evs[:limit]
	}
	if evs == nil {
		evs = []event.Event{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"events": evs})
}

func (s *Server) conflicts(w http.ResponseWriter, r *http.Request) {
	ds, err := s.st.Documents(r.Context())
	if err != nil {
		writeError(w, http.StatusInternalServerError, "query failed")
		return
	}
	if ds == nil {
		ds = []store.Document{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"conflicts": ds})
}

func (s *Server) conflict(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	d, err := s.st.Document(ctx, r.PathValue("id"))
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, err.Error())
		return
	}
	if err != nil {
		writeError(w, http.StatusInternalServerError, "query failed")
		return
	}
	evs := []event.Event{}
	err = s.st.VersionEvents(ctx, d.VersionID, func(e event.Event) error { evs = append(evs, e); return nil })
	if err != nil {
		writeError(w, http.StatusInternalServerError, "query failed")
		return
	}
	body := d.Body
	d.Body = ""
	writeJSON(w, http.StatusOK, map[string]any{
		"document": d, "conflict": json.RawMessage(orNull(d.Conflict)), "reconciliation": json.RawMessage(orNull(d.Reconciliation)),
		"events": evs, "text": body,
	})
}

func orNull(b []byte) []byte {
	if len(b) == 0 {
		return []byte("null")
	}
	return b
}
