package store

// migration is one step of the schema. Steps are applied in order, each in
// its own transaction, and recorded in schema_migrations; a step is never
// edited once released, only followed by another.
type migration struct {
	version int
	name    string
	duckdb  string
	pg      string
}

// The column types are spelled once per dialect; everything else is shared.
var migrations = []migration{
	{1, "events, versions, documents", schemaV1("JSON", "TIMESTAMP"), schemaV1("JSONB", "TIMESTAMPTZ")},
	// DuckDB answers filters from its zone maps, and an ART index would
	// slow every ingest; PostgreSQL needs B-trees for the one-country
	// aggregates and the date-ordered pages of the query layer.
	{2, "query indexes", "", `
CREATE INDEX IF NOT EXISTS events_country_date ON events (country, date_start);
CREATE INDEX IF NOT EXISTS events_date_id ON events (date_start, id, version_id);
`},
	// DuckDB: the key index made a 2.5M-row load a third slower and had
	// to fit in memory; the ingest now checks ids with one grouping pass
	// instead (duplicates in store.go). And the JSON documents are kept as
	// VARCHAR: the JSON type parsed every document again on insert (a
	// fifth of a bulk load), to check what the store's own encoders and
	// DuckDB's to_json wrote, and DuckDB's JSON functions read VARCHAR
	// alike. PostgreSQL keeps its key and JSONB.
	{3, "events without a key index, JSON as text", `
CREATE TABLE events_v3 (` + eventsColumns("VARCHAR", false) + `);
INSERT INTO events_v3 SELECT * FROM events;
DROP TABLE events;
ALTER TABLE events_v3 RENAME TO events;
`, ""},
}

func schemaV1(jsonType, tsType string) string {
	return `
CREATE SEQUENCE IF NOT EXISTS version_seq START 1;
CREATE TABLE source_versions (
	version_id  BIGINT PRIMARY KEY,
	source      VARCHAR NOT NULL,
	dataset     VARCHAR NOT NULL,
	release     VARCHAR,
	file_name   VARCHAR,
	file_hash   VARCHAR NOT NULL,
	row_count   BIGINT NOT NULL,
	ingested_at ` + tsType + ` NOT NULL,
	current     BOOLEAN NOT NULL
);
` + eventsTable("events", jsonType, true) + `CREATE TABLE documents (
	doc_id         VARCHAR PRIMARY KEY,
	version_id     BIGINT NOT NULL,
	title          VARCHAR NOT NULL,
	path           VARCHAR,
	format         VARCHAR NOT NULL,
	sha256         VARCHAR NOT NULL,
	body           VARCHAR NOT NULL,
	conflict       ` + jsonType + `,
	reconciliation ` + jsonType + `,
	ingested_at    ` + tsType + ` NOT NULL
);
`
}

func eventsTable(name, jsonType string, key bool) string {
	return "CREATE TABLE " + name + " (" + eventsColumns(jsonType, key) + ");\n"
}

// eventsColumns is the events table's columns, as migration 1 made them.
func eventsColumns(jsonType string, key bool) string {
	pk := ""
	if key {
		pk = ",\n\tPRIMARY KEY (version_id, id)"
	}
	return `
	version_id      BIGINT NOT NULL,
	id              VARCHAR NOT NULL,
	source          VARCHAR NOT NULL,
	source_id       VARCHAR NOT NULL,
	date_start      DATE,
	date_end        DATE,
	date_precision  BIGINT NOT NULL,
	date_value      VARCHAR,
	place_name      VARCHAR,
	admin1          VARCHAR,
	admin2          VARCHAR,
	country         VARCHAR,
	country_name    VARCHAR,
	lat             DOUBLE PRECISION,
	lon             DOUBLE PRECISION,
	geonameid       BIGINT,
	geo_precision   VARCHAR,
	event_type      VARCHAR,
	sub_event_type  VARCHAR,
	summary         VARCHAR,
	fatalities_low  BIGINT,
	fatalities_best BIGINT,
	fatalities_high BIGINT,
	fatalities_qualifier VARCHAR,
	actors          ` + jsonType + `,
	casualties      ` + jsonType + `,
	provenance      ` + jsonType + `,
	extra           ` + extraType(jsonType) + `, -- not JSONB: keeps the source's column order
	actor_text      VARCHAR` + pk + "\n"
}

// extraType is JSON where the documents are typed (JSON keeps the object's
// member order, JSONB would sort them), and as the others where not.
func extraType(jsonType string) string {
	if jsonType == "VARCHAR" {
		return jsonType
	}
	return "JSON"
}
