// Package geonames reads the GeoNames dump formats as published at the
// GeoNames export site: the geoname table (allCountries.txt, CC.txt,
// citiesN.txt), admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt and
// alternateNamesV2.txt.
//
// Readers stream: one line is held in memory at a time, so the 1.5 GB
// allCountries.txt reads in constant memory. A malformed line is an error
// naming the file, line and field; the caller decides whether to skip it
// (Reader.Err tells it which line failed, and Next can be called again).
package geonames

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Kind is one of the dump formats.
type Kind int

const (
	KindUnknown Kind = iota
	KindGeoname      // allCountries.txt, CC.txt, citiesN.txt
	KindAdmin1       // admin1CodesASCII.txt
	KindAdmin2       // admin2Codes.txt
	KindCountry      // countryInfo.txt
	KindAltName      // alternateNamesV2.txt (and the older alternateNames.txt)
)

var kindNames = [...]string{"unknown", "geoname", "admin1", "admin2", "country", "alternate-name"}

func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return "unknown"
	}
	return kindNames[k]
}

// DetectKind tells the format from a dump's file name, as GeoNames names
// them. Names it does not know are KindUnknown.
func DetectKind(path string) Kind {
	base := strings.ToLower(filepath.Base(path))
	base = strings.TrimSuffix(base, ".gz")
	switch {
	case strings.HasPrefix(base, "admin1codes"):
		return KindAdmin1
	case strings.HasPrefix(base, "admin2codes"):
		return KindAdmin2
	case strings.HasPrefix(base, "countryinfo"):
		return KindCountry
	case strings.HasPrefix(base, "alternatenames"):
		return KindAltName
	case base == "allcountries.txt", strings.HasPrefix(base, "cities") && strings.HasSuffix(base, ".txt"):
		return KindGeoname
	}
	// Per-country extracts are "NE.txt", "US.txt".
	if len(base) == 6 && strings.HasSuffix(base, ".txt") && isAlpha(base[:2]) {
		return KindGeoname
	}
	return KindUnknown
}

func isAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// Geoname is one row of the geoname table.
type Geoname struct {
	ID             int
	Name           string
	ASCIIName      string
	AlternateNames []string
	Lat, Lon       float64
	FeatureClass   string // A, H, L, P, R, S, T, U, V
	FeatureCode    string // PPL, PPLC, ADM1, PCLI...
	Country        string // ISO 3166-1 alpha-2
	CC2            []string
	Admin1         string
	Admin2         string
	Admin3         string
	Admin4         string
	Population     int64
	Elevation      *int
	DEM            int
	Timezone       string
	Modified       string // yyyy-MM-dd
}

// Admin is one row of admin1CodesASCII.txt or admin2Codes.txt.
type Admin struct {
	Code      string // "NE.06", "US.TX.201"
	Name      string
	ASCIIName string
	ID        int // geonameid
}

// CountryInfo is one row of countryInfo.txt.
type CountryInfo struct {
	ISO, ISO3      string
	ISONumeric     int
	FIPS           string
	Name           string
	Capital        string
	Area           float64 // km²
	Population     int64
	Continent      string
	TLD            string
	CurrencyCode   string
	CurrencyName   string
	Phone          string
	PostalFormat   string
	PostalRegex    string
	Languages      []string
	ID             int // geonameid
	Neighbours     []string
	EquivalentFIPS string
}

// AltName is one row of alternateNamesV2.txt.
type AltName struct {
	ID         int // alternateNameId
	GeonameID  int
	Lang       string // ISO 639, or "post", "link", "iata", "abbr", "wkdt"...
	Name       string
	Preferred  bool
	Short      bool
	Colloquial bool
	Historic   bool
	From, To   string
}

// LineError is a malformed line: the file, line number and field.
type LineError struct {
	File  string
	Line  int
	Field string
	Err   error
}

func (e *LineError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s:%d: field %s: %v", e.File, e.Line, e.Field, e.Err)
}

func (e *LineError) Unwrap() error { return e.Err }

// ErrUTF8 is a line with bytes that are not UTF-8.
var ErrUTF8 = errors.New("not valid UTF-8 (GeoNames dumps are UTF-8: a file re-saved in another encoding?)")

// columns names each kind's fields as GeoNames' readme does, for errors.
var columns = map[Kind][]string{
	KindGeoname: {"geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature class",
		"feature code", "country code", "cc2", "admin1 code", "admin2 code", "admin3 code", "admin4 code",
		"population", "elevation", "dem", "timezone", "modification date"},
	KindAdmin1: {"code", "name", "asciiname", "geonameid"},
	KindAdmin2: {"code", "name", "asciiname", "geonameid"},
	KindCountry: {"ISO", "ISO3", "ISO-Numeric", "fips", "Country", "Capital", "Area(in sq km)", "Population",
		"Continent", "tld", "CurrencyCode", "CurrencyName", "Phone", "Postal Code Format", "Postal Code Regex",
		"Languages", "geonameid", "neighbours", "EquivalentFipsCode"},
	KindAltName: {"alternateNameId", "geonameid", "isolanguage", "alternate name", "isPreferredName",
		"isShortName", "isColloquial", "isHistoric", "from", "to"},
}

// badField names the field holding line's first byte that is not UTF-8.
func badField(k Kind, line string) string {
	at := 0
	for at < len(line) {
		r, n := utf8.DecodeRuneInString(line[at:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		at += n
	}
	i := strings.Count(line[:at], "\t")
	if cols := columns[k]; i < len(cols) {
		return cols[i]
	}
	return strconv.Itoa(i + 1)
}

// Reader streams rows of one dump file.
type Reader struct {
	kind Kind
	file string
	sc   *bufio.Scanner
	src  *errReader
	line int
	// open is set when the token last scanned had no line end: the
	// input's last line, or one cut by a failed read.
	open bool
	// Only the row for kind is set after Next.
	geoname Geoname
	admin   Admin
	country CountryInfo
	alt     AltName
	err     error
	fatal   bool
	dropped int // alternate names the last row lost for not being UTF-8
}

// maxLine bounds one line: the longest allCountries.txt rows (alternate
// names of capitals) are about 20 kB.
const maxLine = 1 << 20

// NewReader reads rows of kind from r; file names the source in errors.
func NewReader(r io.Reader, kind Kind, file string) *Reader {
	src := &errReader{r: r}
	sc := bufio.NewScanner(src)
	sc.Buffer(make([]byte, 64*1024), maxLine)
	rd := &Reader{kind: kind, file: file, sc: sc, src: src}
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanLines(data, atEOF)
		rd.open = atEOF && tok != nil && adv == len(data) && (len(data) == 0 || data[len(data)-1] != '\n')
		return adv, tok, err
	})
	return rd
}

// errReader keeps the first error other than io.EOF its reader returned.
// bufio.Scanner hands out the bytes read before such an error as a last
// line, so a gzip stream cut mid-line gave a malformed line where the
// fault is the cut.
type errReader struct {
	r   io.Reader
	err error
}

func (e *errReader) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err != nil && err != io.EOF && e.err == nil {
		e.err = err
	}
	return n, err
}

// readErr describes a read that failed after line complete lines.
func (r *Reader) readErr(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%s: the compressed stream ends early, after line %d (truncated: a cut download?): %w", r.file, r.line, err)
	}
	return fmt.Errorf("%s line %d: %w", r.file, r.line, err)
}

// Next reads the next row. It returns false at the end of input or on an
// error; Err tells which. After a *LineError Next may be called again to
// skip the bad line; after any other error the input is unreadable.
func (r *Reader) Next() bool {
	if r.fatal {
		return false
	}
	r.err = nil
	for r.sc.Scan() {
		if r.open && r.src.err != nil {
			// The line was cut by the failed read: the fault is the
			// read's, and the part of a row must not be taken.
			r.err, r.fatal = r.readErr(r.src.err), true
			return false
		}
		r.line++
		line := r.sc.Text()
		if r.line == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		line = strings.TrimSuffix(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		r.dropped = 0
		if !utf8.ValidString(line) {
			// GeoNames writes UTF-8; DuckDB refused such a line later,
			// in the gazetteer's save, naming only its temporary file.
			// An alternate name is one of many and the place stands
			// without it, so only that name is dropped.
			field := badField(r.kind, line)
			if r.kind == KindGeoname && field == "alternatenames" {
				line, r.dropped = dropBadAltNames(line)
			}
			if !utf8.ValidString(line) {
				r.err = &LineError{File: r.file, Line: r.line, Field: badField(r.kind, line), Err: ErrUTF8}
				return false
			}
		}
		var field string
		var err error
		switch r.kind {
		case KindGeoname:
			field, err = parseGeoname(line, &r.geoname)
		case KindAdmin1, KindAdmin2:
			field, err = parseAdmin(line, &r.admin)
		case KindCountry:
			field, err = parseCountry(line, &r.country)
		case KindAltName:
			field, err = parseAltName(line, &r.alt)
		default:
			r.err, r.fatal = fmt.Errorf("%s: unknown GeoNames dump kind", r.file), true
			return false
		}
		if err != nil {
			r.err = &LineError{File: r.file, Line: r.line, Field: field, Err: err}
			return false
		}
		return true
	}
	r.fatal = true
	if err := r.sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			r.err = &LineError{File: r.file, Line: r.line + 1, Err: fmt.Errorf("line longer than %d bytes", maxLine)}
		} else {
			r.err = r.readErr(err)
		}
	}
	return false
}

// Err is the error that stopped the last Next, or nil at a clean end.
func (r *Reader) Err() error { return r.err }

// Dropped is how many alternate names of the row last read by a
// KindGeoname reader were left out for not being UTF-8; the row itself
// was read. The caller reports them.
func (r *Reader) Dropped() int { return r.dropped }

// dropBadAltNames returns a geoname line without the names of its
// alternatenames field that are not UTF-8, and how many it dropped. A line
// whose field count is wrong is returned as it is, for the parser to
// report.
func dropBadAltNames(line string) (string, int) {
	f := strings.Split(line, "\t")
	if len(f) != len(columns[KindGeoname]) {
		return line, 0
	}
	names := strings.Split(f[3], ",")
	kept := names[:0]
	for _, n := range names {
		if utf8.ValidString(n) {
			kept = append(kept, n)
		}
	}
	f[3] = strings.Join(kept, ",")
	return strings.Join(f, "\t"), len(names) - len(kept)
}

// Line is the number of the line last read, 1-based.
func (r *Reader) Line() int { return r.line }

// Kind is the format being read.
func (r *Reader) Kind() Kind { return r.kind }

// Geoname is the row last read by a KindGeoname reader. Its slices are
// fresh for every row.
func (r *Reader) Geoname() Geoname { return r.geoname }

// Admin is the row last read by a KindAdmin1 or KindAdmin2 reader.
func (r *Reader) Admin() Admin { return r.admin }

// Country is the row last read by a KindCountry reader.
func (r *Reader) Country() CountryInfo { return r.country }

// AltName is the row last read by a KindAltName reader.
func (r *Reader) AltName() AltName { return r.alt }

// fields splits a tab-separated line into exactly n fields.
func fields(line string, n int) ([]string, error) {
	f := strings.Split(line, "\t")
	if len(f) != n {
		return nil, fmt.Errorf("%d tab-separated fields, want %d", len(f), n)
	}
	return f, nil
}

func parseGeoname(line string, g *Geoname) (string, error) {
	f, err := fields(line, 19)
	if err != nil {
		return "", err
	}
	var out Geoname
	if out.ID, err = strconv.Atoi(f[0]); err != nil || out.ID <= 0 {
		return "geonameid", fmt.Errorf("not a positive integer: %q", f[0])
	}
	out.Name, out.ASCIIName = f[1], f[2]
	if out.Name == "" {
		return "name", errors.New("empty")
	}
	out.AlternateNames = splitList(f[3])
	if out.Lat, err = parseCoord(f[4], 90); err != nil {
		return "latitude", err
	}
	if out.Lon, err = parseCoord(f[5], 180); err != nil {
		return "longitude", err
	}
	out.FeatureClass, out.FeatureCode, out.Country = f[6], f[7], f[8]
	out.CC2 = splitList(f[9])
	out.Admin1, out.Admin2, out.Admin3, out.Admin4 = f[10], f[11], f[12], f[13]
	if f[14] != "" {
		if out.Population, err = strconv.ParseInt(f[14], 10, 64); err != nil || out.Population < 0 {
			return "population", fmt.Errorf("not a count: %q", f[14])
		}
	}
	if f[15] != "" {
		e, err := strconv.Atoi(f[15])
		if err != nil {
			return "elevation", fmt.Errorf("not an integer: %q", f[15])
		}
		out.Elevation = &e
	}
	if f[16] != "" {
		if out.DEM, err = strconv.Atoi(f[16]); err != nil {
			return "dem", fmt.Errorf("not an integer: %q", f[16])
		}
	}
	out.Timezone, out.Modified = f[17], f[18]
	*g = out
	return "", nil
}

func parseCoord(s string, limit float64) (float64, error) {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v != v || v < -limit || v > limit {
		return 0, fmt.Errorf("not a coordinate within ±%g: %q", limit, s)
	}
	return v, nil
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

func parseAdmin(line string, a *Admin) (string, error) {
	f, err := fields(line, 4)
	if err != nil {
		return "", err
	}
	if !strings.Contains(f[0], ".") {
		return "code", fmt.Errorf("want CC.CODE, got %q", f[0])
	}
	if f[1] == "" {
		return "name", errors.New("empty")
	}
	id, err := strconv.Atoi(f[3])
	if err != nil || id < 0 {
		return "geonameid", fmt.Errorf("not a positive integer: %q", f[3])
	}
	*a = Admin{Code: f[0], Name: f[1], ASCIIName: f[2], ID: id}
	return "", nil
}

func parseCountry(line string, c *CountryInfo) (string, error) {
	f, err := fields(line, 19)
	if err != nil {
		return "", err
	}
	var out CountryInfo
	out.ISO, out.ISO3 = f[0], f[1]
	if len(out.ISO) != 2 {
		return "ISO", fmt.Errorf("want two letters, got %q", f[0])
	}
	if len(out.ISO3) != 3 {
		return "ISO3", fmt.Errorf("want three letters, got %q", f[1])
	}
	if f[2] != "" {
		if out.ISONumeric, err = strconv.Atoi(f[2]); err != nil {
			return "ISO-Numeric", fmt.Errorf("not an integer: %q", f[2])
		}
	}
	out.FIPS, out.Name, out.Capital = f[3], f[4], f[5]
	if out.Name == "" {
		return "Country", errors.New("empty")
	}
	if f[6] != "" {
		if out.Area, err = strconv.ParseFloat(f[6], 64); err != nil || out.Area < 0 {
			return "Area(in sq km)", fmt.Errorf("not an area: %q", f[6])
		}
	}
	if f[7] != "" {
		if out.Population, err = strconv.ParseInt(f[7], 10, 64); err != nil || out.Population < 0 {
			return "Population", fmt.Errorf("not a count: %q", f[7])
		}
	}
	out.Continent, out.TLD, out.CurrencyCode, out.CurrencyName = f[8], f[9], f[10], f[11]
	out.Phone, out.PostalFormat, out.PostalRegex = f[12], f[13], f[14]
	out.Languages = splitList(f[15])
	if f[16] != "" {
		if out.ID, err = strconv.Atoi(f[16]); err != nil || out.ID < 0 {
			return "geonameid", fmt.Errorf("not a positive integer: %q", f[16])
		}
	}
	out.Neighbours = splitList(f[17])
	out.EquivalentFIPS = f[18]
	*c = out
	return "", nil
}

func parseAltName(line string, a *AltName) (string, error) {
	f := strings.Split(line, "\t")
	// alternateNames.txt (the old format) has 8 columns, V2 adds from/to.
	if len(f) != 10 && len(f) != 8 {
		return "", fmt.Errorf("%d tab-separated fields, want 10", len(f))
	}
	var out AltName
	var err error
	if out.ID, err = strconv.Atoi(f[0]); err != nil || out.ID <= 0 {
		return "alternateNameId", fmt.Errorf("not a positive integer: %q", f[0])
	}
	if out.GeonameID, err = strconv.Atoi(f[1]); err != nil || out.GeonameID <= 0 {
		return "geonameid", fmt.Errorf("not a positive integer: %q", f[1])
	}
	out.Lang, out.Name = f[2], f[3]
	if out.Name == "" {
		return "alternate name", errors.New("empty")
	}
	flags := []*bool{&out.Preferred, &out.Short, &out.Colloquial, &out.Historic}
	names := []string{"isPreferredName", "isShortName", "isColloquial", "isHistoric"}
	for i, p := range flags {
		switch f[4+i] {
		case "1":
			*p = true
		case "", "0":
		default:
			return names[i], fmt.Errorf("want 1 or empty, got %q", f[4+i])
		}
	}
	if len(f) == 10 {
		out.From, out.To = f[8], f[9]
	}
	*a = out
	return "", nil
}
