package timex_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep-project/sitrep/internal/timeml"
	"github.com/sitrep-project/sitrep/internal/timex"
)

// TestTimeBank scores the engine on TimeBank + AQUAINT when the shared data
// is there (SITREP_SHARED=/path/to/shared), and fails if it falls below the
// figures recorded in docs/benchmarks/timex.md.
func TestTimeBank(t *testing.T) {
	shared := os.Getenv("SITREP_SHARED")
	if shared == "" {
		t.Skip("set SITREP_SHARED to the shared/ folder to run the TimeBank evaluation")
	}
	tag := timeml.Timex(timex.News)
	base := filepath.Join(shared, "data", "timebank")
	c, _, err := timeml.Evaluate(context.Background(), tag, filepath.Join(base, "TimeBank"), filepath.Join(base, "AQUAINT"))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", c)
	if f := c.StrictPRF().F; f < 90.1 {
		t.Errorf("strict F1 %.2f < 90.1", f)
	}
	if f := c.ValueF1(); f < 84.0 {
		t.Errorf("value F1 %.2f < 84.0", f)
	}
}
