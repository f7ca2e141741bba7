package server

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"time"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/export"
	"github.com/sitrep-project/sitrep/internal/match"
	"github.com/sitrep-project/sitrep/internal/query"
)

func (s *Server) health(w http.ResponseWriter, r *http.Request, _ url.Values) error {
	v, err := s.st.SchemaVersion(r.Context())
	if err != nil {
		return errorf(http.StatusServiceUnavailable, "store unavailable")
	}
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "backend": s.st.Kind(), "schema_version": v, "read_only": s.opt.Token == ""})
	return nil
}

func (s *Server) events(w http.ResponseWriter, r *http.Request, v url.Values) error {
	f, err := query.ParseFilter(v)
	if err != nil {
		return err
	}
	p, err := query.ParsePage(v, min(DefaultPage, s.opt.MaxPage), s.opt.MaxPage)
	if err != nil {
		return err
	}
	format := export.JSON
	if x := v.Get("format"); x != "" {
		if format, err = export.ParseFormat(x); err != nil || format == export.Parquet {
			return &query.ParamError{Param: "format", Value: x, Reason: "want json, csv or geojson"}
		}
	}
	// A page is at most MaxPage events: it is gathered first so that a
	// database error still gets a proper status, and so that the CSV
	// header can name the page's Extra columns.
	var page []event.Event
	next, err := query.Events(r.Context(), s.st, f, p, func(e event.Event) error {
		page = append(page, e)
		return nil
	})
	if err != nil {
		return err
	}
	var keys []string
	if format == export.CSV {
		keys = export.KeysOf(page)
	}
	w.Header().Set("Content-Type", format.ContentType())
	if next != "" {
		w.Header().Set("X-Next-Cursor", next)
		nv := url.Values{}
		for k, vs := range v {
			nv[k] = vs
		}
		nv.Set("cursor", next)
		w.Header().Set("Link", "<"+r.URL.Path+"?"+nv.Encode()+`>; rel="next"`)
	}
	ew, err := export.NewWriter(w, format, keys)
	if err != nil {
		return err
	}
	for i := range page {
		if err := ew.Write(&page[i]); err != nil {
			return err
		}
	}
	var tail []export.Field
	if next != "" {
		tail = append(tail, export.Field{Key: "next_cursor", Value: next})
	}
	return ew.Finish(tail...)
}

func (s *Server) aggregate(w http.ResponseWriter, r *http.Request, v url.Values) error {
	f, err := query.ParseFilter(v)
	if err != nil {
		return err
	}
	spec, err := query.ParseSpec(v)
	if err != nil {
		return err
	}
	b, err := query.Aggregate(r.Context(), s.st, f, spec)
	if err != nil {
		return err
	}
	if b == nil {
		b = []query.Bucket{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"interval": spec.Interval, "by": spec.By, "buckets": b})
	return nil
}

func (s *Server) actors(w http.ResponseWriter, r *http.Request, v url.Values) error {
	f, err := query.ParseFilter(v)
	if err != nil {
		return err
	}
	n, err := query.ParseTop(v, 10)
	if err != nil {
		return err
	}
	a, err := query.TopActors(r.Context(), s.st, f, n)
	if err != nil {
		return err
	}
	if a == nil {
		a = []query.Actor{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"actors": a})
	return nil
}

func (s *Server) matches(w http.ResponseWriter, r *http.Request, v url.Values) error {
	f, err := query.ParseFilter(v)
	if err != nil {
		return err
	}
	opt, err := query.ParseMatch(v)
	if err != nil {
		return err
	}
	pairs, err := query.Matches(r.Context(), s.st, f, opt, nil)
	if err != nil {
		return err
	}
	if pairs == nil {
		pairs = []match.Pair{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"pairs": pairs})
	return nil
}

func (s *Server) span(w http.ResponseWriter, r *http.Request, v url.Values) error {
	f, err := query.ParseFilter(v)
	if err != nil {
		return err
	}
	sp, err := query.FirstLast(r.Context(), s.st, f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, sp)
	return nil
}

func (s *Server) infobox(w http.ResponseWriter, r *http.Request, v url.Values) error {
	f, err := query.ParseFilter(v)
	if err != nil {
		return err
	}
	ib, err := query.Box(r.Context(), s.st, f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, ib)
	return nil
}

func (s *Server) change(w http.ResponseWriter, r *http.Request, v url.Values) error {
	// by and interval mean something else here than on /api/aggregate.
	f, err := query.ParseFilter(v)
	if err != nil {
		return err
	}
	spec, err := query.ParseChange(v)
	if err != nil {
		return err
	}
	rep, err := query.Compare(r.Context(), s.st, f, spec)
	if err != nil {
		return err
	}
	if rep.Places == nil {
		rep.Places = []query.Change{}
	}
	writeJSON(w, http.StatusOK, rep)
	return nil
}

func (s *Server) versions(w http.ResponseWriter, r *http.Request, v url.Values) error {
	src := v.Get("source")
	if len(v["source"]) > 1 || len(src) > 100 {
		return &query.ParamError{Param: "source", Value: src, Reason: "want one source name"}
	}
	vs, err := s.st.Versions(r.Context(), src)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"versions": nonNil(vs)})
	return nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// docHead is what a listing says about a document.
type docHead struct {
	ID         string    `json:"doc_id"`
	Title      string    `json:"title"`
	Format     string    `json:"format"`
	VersionID  int64     `json:"version_id"`
	IngestedAt time.Time `json:"ingested_at"`
}

func (s *Server) conflicts(w http.ResponseWriter, r *http.Request, _ url.Values) error {
	docs, err := s.st.Documents(r.Context())
	if err != nil {
		return err
	}
	out := make([]docHead, len(docs))
	for i, d := range docs {
		out[i] = docHead{d.ID, d.Title, d.Format, d.VersionID, d.IngestedAt}
	}
	writeJSON(w, http.StatusOK, map[string]any{"conflicts": out})
	return nil
}

func (s *Server) conflict(w http.ResponseWriter, r *http.Request, _ url.Values) error {
	id := r.PathValue("id")
	if err := checkID(id); err != nil {
		return err
	}
	d, err := s.st.Document(r.Context(), id)
	if err != nil {
		return err
	}
	var evs []event.Event
	if err := s.st.VersionEvents(r.Context(), d.VersionID, func(e event.Event) error {
		evs = append(evs, e)
		return nil
	}); err != nil {
		return err
	}
	raw := func(m json.RawMessage) json.RawMessage {
		if len(m) == 0 {
			return json.RawMessage("null")
		}
		return m
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"document":       docHead{d.ID, d.Title, d.Format, d.VersionID, d.IngestedAt},
		"conflict":       raw(d.Conflict),
		"reconciliation": raw(d.Reconciliation),
		"events":         nonNil(evs),
		"text":           d.Body,
	})
	return nil
}

func checkID(id string) error {
	if id == "" || len(id) > 200 {
		return &query.ParamError{Param: "id", Value: id, Reason: "want a document id of 1 to 200 bytes"}
	}
	for _, r := range id {
		if r < 0x20 || r == 0x7f || r == 0xfffd {
			return &query.ParamError{Param: "id", Value: id, Reason: "control or invalid character"}
		}
	}
	return nil
}

// Upload is what a client says of the file it posts to /api/ingest.
type Upload struct {
	Name, Source string
	DCT          time.Time // news: the day it was written; zero if not given
}

func (s *Server) ingest(w http.ResponseWriter, r *http.Request, v url.Values) error {
	if s.opt.Ingest == nil {
		return errorf(http.StatusNotImplemented, "this server was started without an ingest handler")
	}
	for _, k := range []string{"source", "name", "dct"} {
		if len(v[k]) > 1 || len(v.Get(k)) > 200 {
			return &query.ParamError{Param: k, Value: v.Get(k), Reason: "want one value of at most 200 bytes"}
		}
	}
	up := Upload{Name: v.Get("name"), Source: v.Get("source")}
	switch up.Source {
	case "", "acled", "ucdp", "gdelt", "article":
	default:
		// A parameter's fault, told before the body is read.
		return &query.ParamError{Param: "source", Value: up.Source, Reason: "want acled, ucdp, gdelt or article"}
	}
	if d := v.Get("dct"); d != "" {
		t, err := time.Parse("2006-01-02", d)
		if err != nil {
			return &query.ParamError{Param: "dct", Value: d, Reason: "want YYYY-MM-DD"}
		}
		up.DCT = t
	}
	// Uploads may take longer than a query.
	rc := http.NewResponseController(w)
	rc.SetReadDeadline(time.Now().Add(time.Hour))
	rc.SetWriteDeadline(time.Now().Add(time.Hour))
	body := http.MaxBytesReader(w, r.Body, s.opt.MaxIngestBytes)
	res, err := s.opt.Ingest(r.Context(), body, up)
	if err != nil {
		var mb *http.MaxBytesError
		if errors.As(err, &mb) {
			return errorf(http.StatusRequestEntityTooLarge, "upload larger than %d bytes", mb.Limit)
		}
		// What the reader says about the file is the client's business.
		return errorf(http.StatusUnprocessableEntity, "ingest: %v", err)
	}
	writeJSON(w, http.StatusOK, map[string]any{"result": res})
	return nil
}
