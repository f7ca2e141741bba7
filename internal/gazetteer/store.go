package gazetteer

import (
	"bufio"
	"context"
	"crypto/rand"
	"database/sql"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// Table is the store table Save writes and Load reads.
const Table = "gazetteer_places"

// stampTable holds one value that every Save changes, so that a running
// server can tell a gazetteer imported since it loaded one (PostgreSQL
// lets another process import while it serves) without reading it again.
const stampTable = "gazetteer_stamp"

// Save replaces the gazetteer table in a database/sql store (DuckDB or
// PostgreSQL: the SQL is common to both) with g, in one transaction.
func Save(ctx context.Context, db *sql.DB, g *Gazetteer) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("gazetteer save: %w", err)
	}
	defer tx.Rollback()
	if !isDuckDB(db) {
		// Two imports at once both created the table when there was
		// none, and the later failed on PostgreSQL's catalog key: saves
		// take turns, the last one's places standing. (DuckDB's file
		// lock already allows one writer.)
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(hashtextextended('sitrep gazetteer save', 0))`); err != nil {
			return fmt.Errorf("gazetteer save: %w", err)
		}
	}
	for _, stmt := range []string{
		`DROP TABLE IF EXISTS ` + Table,
		`CREATE TABLE ` + Table + ` (seq INTEGER NOT NULL, id BIGINT NOT NULL, name VARCHAR NOT NULL, asciiname VARCHAR NOT NULL,
			lat DOUBLE PRECISION NOT NULL, lon DOUBLE PRECISION NOT NULL, feature_class VARCHAR NOT NULL, feature_code VARCHAR NOT NULL,
			country VARCHAR NOT NULL, country3 VARCHAR NOT NULL, admin1_code VARCHAR NOT NULL, admin1_name VARCHAR NOT NULL,
			admin2_code VARCHAR NOT NULL, admin2_name VARCHAR NOT NULL, population BIGINT NOT NULL, names VARCHAR NOT NULL, demonyms VARCHAR NOT NULL)`,
		// The stamp's row is replaced, not its table, so that a reader
		// sees the old stamp during a save instead of waiting for it.
		`CREATE TABLE IF NOT EXISTS ` + stampTable + ` (stamp VARCHAR NOT NULL)`,
		`DELETE FROM ` + stampTable,
	} {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("gazetteer save: %w", err)
		}
	}
	var nonce [8]byte
	rand.Read(nonce[:])
	stamp := fmt.Sprintf("%d-%x", time.Now().UnixNano(), nonce)
	if _, err := tx.ExecContext(ctx, `INSERT INTO `+stampTable+` VALUES ($1)`, stamp); err != nil {
		return fmt.Errorf("gazetteer save: %w", err)
	}
	keys := g.keysOf()
	if isDuckDB(db) {
		if err := bulkDuckDB(ctx, tx, g, keys); err != nil {
			return err
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("gazetteer save: %w", err)
		}
		return nil
	}
	const cols, batch = 17, 500
	args := make([]any, 0, cols*batch)
	flush := func(n int) error {
		if n == 0 {
			return nil
		}
		var sb strings.Builder
		sb.WriteString(`INSERT INTO ` + Table + ` VALUES `)
		for r := 0; r < n; r++ {
			if r > 0 {
				sb.WriteByte(',')
			}
			sb.WriteByte('(')
			for c := 0; c < cols; c++ {
				if c > 0 {
					sb.WriteByte(',')
				}
				fmt.Fprintf(&sb, "$%d", r*cols+c+1)
			}
			sb.WriteByte(')')
		}
		if _, err := tx.ExecContext(ctx, sb.String(), args...); err != nil {
			return fmt.Errorf("gazetteer save: %w", err)
		}
		args = args[:0]
		return nil
	}
	n := 0
	for i, p := range g.places {
		args = append(args, i, p.ID, p.Name, p.ASCIIName, p.Lat, p.Lon, p.FeatureClass, p.FeatureCode, p.Country, p.Country3,
			p.Admin1Code, p.Admin1Name, p.Admin2Code, p.Admin2Name, p.Population, strings.Join(keys[i], "|"), strings.Join(g.dems[i], "|"))
		if n++; n == batch {
			if err := flush(n); err != nil {
				return err
			}
			n = 0
		}
	}
	if err := flush(n); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("gazetteer save: %w", err)
	}
	return nil
}

// Stamp returns a value that changes whenever Save stores a gazetteer: ""
// for a store that holds none (or one saved before stamps were kept).
func Stamp(ctx context.Context, db *sql.DB) (string, error) {
	var s string
	err := db.QueryRowContext(ctx, `SELECT stamp FROM `+stampTable).Scan(&s)
	if err == sql.ErrNoRows || err != nil && isMissingTable(err) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("gazetteer stamp: %w", err)
	}
	return s, nil
}

// Load reads the gazetteer Save stored. It returns (nil, nil) when the store
// holds none, so that callers fall back to Default.
func Load(ctx context.Context, db *sql.DB, source string) (*Gazetteer, error) {
	rows, err := db.QueryContext(ctx, `SELECT id, name, asciiname, lat, lon, feature_class, feature_code, country, country3,
		admin1_code, admin1_name, admin2_code, admin2_name, population, names, demonyms FROM `+Table+` ORDER BY seq`)
	if err != nil {
		if isMissingTable(err) {
			return nil, nil
		}
		return nil, fmt.Errorf("gazetteer load: %w", err)
	}
	defer rows.Close()
	var places []Place
	var keys, dems [][]string
	for rows.Next() {
		var p Place
		var names, ds string
		if err := rows.Scan(&p.ID, &p.Name, &p.ASCIIName, &p.Lat, &p.Lon, &p.FeatureClass, &p.FeatureCode, &p.Country, &p.Country3,
			&p.Admin1Code, &p.Admin1Name, &p.Admin2Code, &p.Admin2Name, &p.Population, &names, &ds); err != nil {
			return nil, fmt.Errorf("gazetteer load row %d: %w", len(places)+1, err)
		}
		places = append(places, p)
		keys = append(keys, splitBar(names))
		dems = append(dems, splitBar(ds))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer load: %w", err)
	}
	if len(places) == 0 {
		return nil, nil
	}
	return newGazetteer(places, keys, dems, source), nil
}

// isDuckDB tells DuckDB, which loads a file much faster than it binds
// parameters, from other database/sql drivers.
func isDuckDB(db *sql.DB) bool {
	return strings.Contains(strings.ToLower(fmt.Sprintf("%T", db.Driver())), "duckdb")
}

// bulkDuckDB writes the rows to a scratch TSV file and has DuckDB read it
// in one statement.
func bulkDuckDB(ctx context.Context, tx *sql.Tx, g *Gazetteer, keys [][]string) error {
	f, err := os.CreateTemp("", "sitrep-gazetteer-*.tsv")
	if err != nil {
		return fmt.Errorf("gazetteer save: %w", err)
	}
	defer os.Remove(f.Name())
	w := bufio.NewWriterSize(f, 1<<16)
	for i, p := range g.places {
		fmt.Fprintf(w, "%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", i, p.ID, clean(p.Name), clean(p.ASCIIName),
			strconv.FormatFloat(p.Lat, 'f', -1, 64), strconv.FormatFloat(p.Lon, 'f', -1, 64), p.FeatureClass, p.FeatureCode, p.Country, p.Country3,
			clean(p.Admin1Code), clean(p.Admin1Name), clean(p.Admin2Code), clean(p.Admin2Name), p.Population, strings.Join(keys[i], "|"), strings.Join(g.dems[i], "|"))
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("gazetteer save: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("gazetteer save: %w", err)
	}
	path := strings.ReplaceAll(f.Name(), "'", "''")
	q := `INSERT INTO ` + Table + ` SELECT * FROM read_csv('` + path + `', delim='\t', header=false, quote='', escape='', nullstr='\\N', auto_detect=false,
		columns={'seq':'INTEGER','id':'BIGINT','name':'VARCHAR','asciiname':'VARCHAR','lat':'DOUBLE','lon':'DOUBLE','feature_class':'VARCHAR',
		'feature_code':'VARCHAR','country':'VARCHAR','country3':'VARCHAR','admin1_code':'VARCHAR','admin1_name':'VARCHAR','admin2_code':'VARCHAR',
		'admin2_name':'VARCHAR','population':'BIGINT','names':'VARCHAR','demonyms':'VARCHAR'})`
	if _, err := tx.ExecContext(ctx, q); err != nil {
		return fmt.Errorf("gazetteer save: %w", err)
	}
	return nil
}

func isMissingTable(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "does not exist") || strings.Contains(s, "not found") || strings.Contains(s, "no such table")
}
