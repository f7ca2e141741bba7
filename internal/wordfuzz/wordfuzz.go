// Package wordfuzz spells fuzz input out of a vocabulary, one byte a word.
// A parser's rules fire on runs of words its tables know ("at least two
// dozen soldiers were killed", "the last two fiscal quarters"), which
// random bytes almost never spell; fuzz targets hand it their own tables
// so that the fuzzer searches among such runs.
package wordfuzz

import (
	"iter"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"
)

// Words gathers the words of seqs (a table's maps.Keys, a list's
// slices.Values), sorted and without repeats, so that an input spells the
// same text in every run.
func Words(seqs ...iter.Seq[string]) []string {
	seen := map[string]bool{}
	for _, seq := range seqs {
		for w := range seq {
			seen[w] = true
		}
	}
	return slices.Sorted(maps.Keys(seen))
}

// Spell writes one word for each byte of data, the byte's 256 values
// spread over the whole list, separated by spaces except before
// punctuation and after a hyphen, as in print.
func Spell(words []string, data []byte) string {
	if len(words) == 0 {
		return ""
	}
	var b strings.Builder
	for _, c := range data {
		w := words[int(c)*len(words)>>8]
		if r, _ := utf8.DecodeRuneInString(w); b.Len() > 0 && !strings.HasSuffix(b.String(), "-") && !strings.ContainsRune(",.;:'’-–/)", r) {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}
