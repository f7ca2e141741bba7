package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/server"
	"github.com/sitrep-project/sitrep/internal/store"
)

// TestUploadIngest: POST /api/ingest takes a file only with the token and
// stores it as `sitrep ingest` does.
func TestUploadIngest(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "t.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv := httptest.NewServer(server.New(st, server.Options{Token: "s3cret", Ingest: uploadIngester(st, io.Discard), CacheTTL: -1}))
	defer srv.Close()
	seed, err := os.ReadFile("../../testdata/articles/niger_seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	post := func(token string) (int, string) {
		req, _ := http.NewRequest("POST", srv.URL+"/api/ingest?name=niger.txt", strings.NewReader(string(seed)))
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, _ := post(""); code != http.StatusUnauthorized && code != http.StatusForbidden {
		t.Errorf("no token: %d", code)
	}
	if code, _ := post("wrong"); code != http.StatusUnauthorized && code != http.StatusForbidden {
		t.Errorf("wrong token: %d", code)
	}
	if code, body := post("s3cret"); code != http.StatusOK || !strings.Contains(body, `"row_count":22`) {
		t.Fatalf("upload: %d %s", code, body)
	}
	resp, err := http.Get(srv.URL + "/api/conflicts/niger")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || !strings.Contains(string(b), "Tongo Tongo") {
		t.Errorf("conflict after upload: %d %.200s", resp.StatusCode, b)
	}
	// News dated by weekday: with its day, an event; without, a warning.
	news := "Gunmen kill six soldiers\n\nGunmen killed six soldiers in an ambush near Djibo on Sunday, the army said on Monday.\n"
	for _, tc := range []struct{ query, want string }{
		{"name=ambush.txt&dct=2023-06-12", `"row_count":1`},
		{"name=ambush2.txt", `"warnings":["2 dates`},
	} {
		req, _ := http.NewRequest("POST", srv.URL+"/api/ingest?"+tc.query, strings.NewReader(news))
		req.Header.Set("Authorization", "Bearer s3cret")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(b), tc.want) {
			t.Errorf("news upload %s: %d %s", tc.query, resp.StatusCode, b)
		}
	}
}
