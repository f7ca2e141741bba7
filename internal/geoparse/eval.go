package geoparse

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/gazetteer"
)

// Gold is one annotated toponym: code-point offsets and coordinates.
type Gold struct {
	Start, End int
	Name       string
	Lat, Lon   float64
}

// Article is one annotated document.
type Article struct {
	Index  int // position in the corpus file, from 0
	Source string
	Text   string
	Gold   []Gold
}

// ReadGeoVirus reads the GeoVirus corpus (Gritta et al. 2018). Its offsets
// are code points; in the published file they are one past the name (the
// text lost a leading character), so each gold span is checked against the
// text and shifted back by one when that is where the name is.
func ReadGeoVirus(r io.Reader, file string) ([]Article, error) {
	var doc struct {
		Articles []struct {
			Source    string `xml:"source"`
			Text      string `xml:"text"`
			Locations []struct {
				Name  string  `xml:"name"`
				Start int     `xml:"start"`
				End   int     `xml:"end"`
				Lat   float64 `xml:"lat"`
				Lon   float64 `xml:"lon"`
			} `xml:"locations>location"`
		} `xml:"article"`
	}
	if err := xml.NewDecoder(r).Decode(&doc); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	out := make([]Article, 0, len(doc.Articles))
	for ai, a := range doc.Articles {
		runes := []rune(a.Text)
		art := Article{Index: ai, Source: a.Source, Text: a.Text}
		for li, l := range a.Locations {
			g := Gold{Start: l.Start, End: l.End, Name: l.Name, Lat: l.Lat, Lon: l.Lon}
			at := func(s, e int) bool { return s >= 0 && e <= len(runes) && s <= e && string(runes[s:e]) == l.Name }
			switch {
			case at(g.Start, g.End):
			case at(g.Start-1, g.End-1):
				g.Start, g.End = g.Start-1, g.End-1
			default:
				return nil, fmt.Errorf("%s: article %d location %d: %q not at %d–%d", file, ai+1, li+1, l.Name, l.Start, l.End)
			}
			art.Gold = append(art.Gold, g)
		}
		out = append(out, art)
	}
	return out, nil
}

// Half splits a corpus in two fixed halves, 0 or 1, by a hash of the
// article's source, so that rules can be developed on one half and checked
// on the other. GeoVirus cuts some stories into several articles with the
// same source; hashing the source keeps a story's pieces together.
func (a Article) Half() int {
	h := fnv.New32a()
	h.Write([]byte(a.Source))
	return int(h.Sum32() & 1)
}

// Scores are the figures of an evaluation.
type Scores struct {
	Articles, Gold, Predicted int
	Matched                   int     // gold spans found with the same extent
	Overlap                   int     // gold spans overlapped by a prediction
	Recall, Precision, F1     float64 // exact spans
	Acc161                    float64 // share of matched spans within 161 km
	MeanKm, MedianKm          float64 // over matched spans
	AUC                       float64 // area under the log-error curve (Gritta et al.), lower is better
	Bytes                     int
	// ByPrecision splits the found toponyms by the precision the parser
	// gave them: a country's representative point is a convention, so its
	// errors say less than a town's.
	ByPrecision map[event.GeoPrecision]*Tally
}

// Tally counts found toponyms and those within 161 km.
type Tally struct{ Found, Within161 int }

// Evaluate parses every article and scores it against its gold toponyms.
// A gold toponym counts as found when a prediction overlaps it; distance
// errors are measured on found ones, as the field does.
func Evaluate(p *Parser, arts []Article) Scores {
	s := Scores{ByPrecision: map[event.GeoPrecision]*Tally{}}
	var errs []float64
	for _, a := range arts {
		s.Articles++
		s.Bytes += len(a.Text)
		tops := p.Parse(a.Text)
		spans := CodePointSpans(a.Text, tops)
		s.Gold += len(a.Gold)
		s.Predicted += len(tops)
		used := make([]bool, len(tops))
		for _, g := range a.Gold {
			best := -1
			for i, sp := range spans {
				if sp[0] < g.End && g.Start < sp[1] && !used[i] {
					if best < 0 || sp[0] == g.Start && sp[1] == g.End {
						best = i
					}
				}
			}
			if best < 0 {
				continue
			}
			used[best] = true
			s.Overlap++
			if spans[best][0] == g.Start && spans[best][1] == g.End {
				s.Matched++
			}
			pl := tops[best].Place
			d := gazetteer.Distance(g.Lat, g.Lon, pl.Lat, pl.Lon)
			errs = append(errs, d)
			tl := s.ByPrecision[tops[best].Precision]
			if tl == nil {
				tl = &Tally{}
				s.ByPrecision[tops[best].Precision] = tl
			}
			tl.Found++
			if d <= 161 {
				tl.Within161++
			}
		}
	}
	if s.Gold > 0 {
		s.Recall = float64(s.Matched) / float64(s.Gold)
	}
	if s.Predicted > 0 {
		s.Precision = float64(s.Matched) / float64(s.Predicted)
	}
	if s.Recall+s.Precision > 0 {
		s.F1 = 2 * s.Recall * s.Precision / (s.Recall + s.Precision)
	}
	if len(errs) > 0 {
		sort.Float64s(errs)
		in, sum, auc := 0, 0.0, 0.0
		for _, e := range errs {
			if e <= 161 {
				in++
			}
			sum += e
			auc += math.Log(1+e) / math.Log(20039+1)
		}
		s.Acc161 = float64(in) / float64(len(errs))
		s.MeanKm = sum / float64(len(errs))
		s.MedianKm = errs[len(errs)/2]
		if len(errs)%2 == 0 {
			s.MedianKm = (errs[len(errs)/2-1] + errs[len(errs)/2]) / 2
		}
		s.AUC = auc / float64(len(errs))
	}
	return s
}

// WriteErrors lists, for study, every gold toponym the parser missed
// (MISS, with its context), resolved more than 161 km away (WRONG, with
// the place chosen and both points) or found with another extent (SPAN),
// and every prediction that overlaps no gold toponym (EXTRA).
func WriteErrors(w io.Writer, p *Parser, arts []Article) error {
	bw := bufio.NewWriter(w)
	for _, a := range arts {
		ai := a.Index
		tops := p.Parse(a.Text)
		spans := CodePointSpans(a.Text, tops)
		hit := make([]bool, len(tops))
		for _, g := range a.Gold {
			found := false
			for i, sp := range spans {
				if sp[0] >= g.End || g.Start >= sp[1] {
					continue
				}
				found, hit[i] = true, true
				pl := tops[i].Place
				if d := gazetteer.Distance(g.Lat, g.Lon, pl.Lat, pl.Lon); d > 161 {
					fmt.Fprintf(bw, "WRONG\t%d\t%s\t%.0f km\t%s %s %s %s %s (%.2f,%.2f) gold (%.2f,%.2f)\n",
						ai, g.Name, d, pl.Name, pl.Country, pl.FeatureCode, pl.Admin1Name, tops[i].Precision, pl.Lat, pl.Lon, g.Lat, g.Lon)
				} else if sp[0] != g.Start || sp[1] != g.End {
					fmt.Fprintf(bw, "SPAN\t%d\t%s\t%s\n", ai, g.Name, tops[i].Name)
				}
				break
			}
			if !found {
				fmt.Fprintf(bw, "MISS\t%d\t%s\t%s\n", ai, g.Name, around(a.Text, g.Start, g.End))
			}
		}
		for i, h := range hit {
			if !h {
				sp := spans[i]
				fmt.Fprintf(bw, "EXTRA\t%d\t%s\t%s %s %s\t%s\n", ai, tops[i].Name, tops[i].Place.Name, tops[i].Place.Country,
					tops[i].Place.FeatureCode, around(a.Text, sp[0], sp[1]))
			}
		}
	}
	return bw.Flush()
}

// around is the text 40 code points either side of a span, on one line.
func around(text string, start, end int) string {
	r := []rune(text)
	s, e := max(0, start-40), min(len(r), end+40)
	return strings.ReplaceAll(string(r[s:e]), "\n", " ")
}

// CodePointSpans converts toponyms' byte offsets to code-point offsets, as
// Python counts string positions.
func CodePointSpans(text string, tops []Toponym) [][2]int {
	out := make([][2]int, len(tops))
	conv := event.CodePoints(text)
	for i, t := range tops {
		out[i][0] = conv(t.Start)
		out[i][1] = conv(t.End)
	}
	return out
}

type jsonToponym struct {
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Name      string  `json:"name"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeonameID *int    `json:"geonameid"`
	Country   string  `json:"country,omitempty"`
	Feature   string  `json:"feature_code,omitempty"`
	Precision string  `json:"precision,omitempty"`
	Score     float64 `json:"score"`
}

// WriteJSON writes the evaluation contract: {"toponyms":[{"start", "end",
// "name", "lat", "lon", "geonameid"}]} with code-point offsets;
// geonameid is null for places that are not GeoNames rows.
func WriteJSON(w io.Writer, text string, tops []Toponym) error {
	spans := CodePointSpans(text, tops)
	out := struct {
		Toponyms []jsonToponym `json:"toponyms"`
	}{Toponyms: make([]jsonToponym, len(tops))}
	for i, t := range tops {
		j := jsonToponym{Start: spans[i][0], End: spans[i][1], Name: t.Name, Lat: t.Place.Lat, Lon: t.Place.Lon,
			Country: t.Place.Country3, Feature: t.Place.FeatureCode, Precision: string(t.Precision), Score: math.Round(t.Score*1000) / 1000}
		if t.Place.ID > 0 {
			id := t.Place.ID
			j.GeonameID = &id
		}
		out.Toponyms[i] = j
	}
	enc := json.NewEncoder(w)
	return enc.Encode(out)
}
