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
CREATE TABLE events (
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
	extra           JSON, -- JSON, not JSONB: keeps the source's column order
	actor_text      VARCHAR,
	PRIMARY KEY (version_id, id)
);
CREATE TABLE documents (
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
