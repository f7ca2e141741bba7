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

	"github.com/sitrep-project/sitrep/internal/gazetteer"
	"github.com/sitrep-project/sitrep/internal/pgtest"
	"github.com/sitrep-project/sitrep/internal/server"
	"github.com/sitrep-project/sitrep/internal/store"
)

// TestUploadIngest: POST /api/ingest takes a file only with the token and
// stores it as `sitrep ingest` does.
func TestUploadIngest(t *testing.T) {
	_, srv := uploadServer(t, filepath.Join(t.TempDir(), "t.duckdb"))
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
		if code, b := upload(t, srv.URL, tc.query, news); code != 200 || !strings.Contains(b, tc.want) {
			t.Errorf("news upload %s: %d %s", tc.query, code, b)
		}
	}
}

// TestUploadAfterImport: a gazetteer imported into the store while the
// server runs (another process can, on PostgreSQL) places the next
// uploaded article's names; a village only the import knows was not placed
// there before it.
func TestUploadAfterImport(t *testing.T) {
	t.Run("duckdb", func(t *testing.T) {
		uploadAfterImport(t, filepath.Join(t.TempDir(), "t.duckdb"))
	})
	t.Run("postgres", func(t *testing.T) {
		uploadAfterImport(t, pgtest.Start(t).DSN)
	})
}

// uploadServer opens the store at db and serves it with uploads allowed
// (token "s3cret"); both close when the test ends.
func uploadServer(t *testing.T, db string) (*store.Store, *httptest.Server) {
	t.Helper()
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	srv := httptest.NewServer(server.New(st, server.Options{Token: "s3cret", Ingest: uploadIngester(st, io.Discard), CacheTTL: -1}))
	t.Cleanup(srv.Close)
	return st, srv
}

func uploadAfterImport(t *testing.T, db string) {
	ctx := context.Background()
	dir := t.TempDir()
	st, srv := uploadServer(t, db)
	// A village invented for the test, in GeoNames' dump format.
	dump := filepath.Join(dir, "NE.txt")
	row := "9990001\tZarbatouga\tZarbatouga\t\t14.321\t1.987\tP\tPPL\tNE\t\t09\t\t\t\t0\t\t250\tAfrica/Niamey\t2024-01-01\n"
	if err := os.WriteFile(dump, []byte(row), 0o644); err != nil {
		t.Fatal(err)
	}
	placed := func(name string) float64 {
		news := "Gunmen kill six soldiers (" + name + ")\n\nGunmen killed six soldiers in an ambush in the village of Zarbatouga in Niger on Sunday, the army said.\n"
		if code, b := upload(t, srv.URL, "dct=2023-06-12&name="+name, news); code != 200 || !strings.Contains(b, `"row_count":1`) {
			t.Fatalf("upload %s: %d %s", name, code, b)
		}
		var lat float64
		err := st.DB().QueryRowContext(ctx, `SELECT coalesce(lat, 0) FROM events ORDER BY version_id DESC LIMIT 1`).Scan(&lat)
		if err != nil {
			t.Fatal(err)
		}
		return lat
	}
	if lat := placed("before.txt"); lat == 14.321 {
		t.Fatalf("placed at the village's latitude before any import")
	}
	b := gazetteer.NewBuilder()
	b.AddEmbedded()
	if _, err := gazetteer.Import(ctx, b, []string{dump}, gazetteer.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := gazetteer.Save(ctx, st.DB(), b.Build("test")); err != nil {
		t.Fatal(err)
	}
	if lat := placed("after.txt"); lat != 14.321 {
		t.Errorf("placed at latitude %v after the import, want the village's 14.321", lat)
	}
}

// upload posts body to the ingest endpoint with the tests' token.
func upload(t *testing.T, base, query, body string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest("POST", base+"/api/ingest?"+query, strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer s3cret")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}
