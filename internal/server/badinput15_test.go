package server

import (
	"context"
	"io"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/store"
)

// Session 15's adversarial pass over the API: the client's mistakes are
// 4xx answers that say what to change.
func TestWrongUseAnswers(t *testing.T) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "s.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	called := false
	hook := func(ctx context.Context, r io.Reader, up Upload) (any, error) {
		called = true
		return map[string]int{"rows": 0}, nil
	}
	s := New(st, Options{Token: "t", Ingest: hook, CacheTTL: -1})
	for _, tc := range []struct {
		method, target string
		status         int
		has, allow     string
	}{
		{"POST", "/api/ingest?name=a.csv&source=acleed", 400, `"param":"source"`, ""},
		{"POST", "/api/ingest?name=a.csv&source=ACLED", 400, `"param":"source"`, ""},
		{"POST", "/api/ingest?name=a.csv&source=ucdp", 200, `"rows"`, ""},
		{"POST", "/api/conflicts/niger", 405, "use GET", "GET"},
		{"DELETE", "/api/conflicts/niger", 405, "use GET", "GET"},
		{"POST", "/api/conflicts/niger/more", 404, "no endpoint", ""},
		{"PUT", "/api/events", 405, "use GET", "GET"},
		{"GET", "/api/ingest", 405, "use POST", "POST"},
	} {
		t.Run(tc.method+" "+tc.target, func(t *testing.T) {
			called = false
			req := httptest.NewRequest(tc.method, tc.target, strings.NewReader("x"))
			req.Header.Set("Authorization", "Bearer t")
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, req)
			if rec.Code != tc.status || !strings.Contains(rec.Body.String(), tc.has) {
				t.Errorf("%d %s; want %d and %q", rec.Code, rec.Body, tc.status, tc.has)
			}
			if got := rec.Header().Get("Allow"); got != tc.allow {
				t.Errorf("Allow %q, want %q", got, tc.allow)
			}
			if called != (tc.status == 200) {
				t.Errorf("ingest hook called: %v", called)
			}
		})
	}
}
