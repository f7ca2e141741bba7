// Package demo holds the data that `sitrep demo` loads: the seed article and
// a UCDP GED sample, embedded so that the demo needs no files.
package demo

import (
	"embed"
	"io/fs"
)

//go:embed data/*.txt data/*.csv
var files embed.FS

// File is one embedded demo input.
type File struct {
	Name   string // file name, also the document or dataset id
	Source string // "article" or a dataset source
	Data   []byte
}

// Files returns the demo inputs: articles first, then datasets.
func Files() []File {
	var out []File
	for _, pat := range []struct{ glob, source string }{{"data/*.txt", "article"}, {"data/*.csv", "ucdp"}} {
		names, _ := fs.Glob(files, pat.glob)
		for _, n := range names {
			b, _ := files.ReadFile(n)
			out = append(out, File{Name: n[len("data/"):], Source: pat.source, Data: b})
		}
	}
	return out
}
