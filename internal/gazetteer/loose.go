package gazetteer

import "strings"

// looseCountries write their names in the Arabic script (Arabic, Persian,
// Pashto, Urdu) or, for Somalia, in a Latin orthography of its own, and news
// transliterates them many ways: "Hudaydah", "Hodeidah"; "Taloqan",
// "Talukan"; "Hiiraan", "Hiraan".
var looseCountries = map[string]bool{
	"AE": true, "BH": true, "DZ": true, "EG": true, "IQ": true, "JO": true, "KW": true, "LB": true, "LY": true, "MA": true,
	"MR": true, "OM": true, "PS": true, "QA": true, "SA": true, "SD": true, "SY": true, "TN": true, "YE": true,
	"AF": true, "IR": true, "PK": true, "SO": true, "TD": true, "DJ": true,
}

// Transliterated reports whether a country's (alpha-2) place names are
// held under their Loose keys too.
func Transliterated(country string) bool { return looseCountries[country] }

// looseParticles are the Arabic article in its assimilated forms and the
// Persian izafe, which news writes, joins or leaves out at will ("Deir
// e-Zor" for Dayr az Zawr, "Kala-e-Nau" for Qal‘ah-ye Now).
var looseParticles = map[string]bool{
	"al": true, "el": true, "ul": true, "ar": true, "as": true, "ash": true, "ad": true, "adh": true, "az": true, "at": true,
	"ath": true, "an": true, "ed": true, "es": true, "ez": true, "et": true, "er": true, "en": true,
	"e": true, "ye": true, "i": true, "a": true,
}

// Loose is a second, looser key for a folded name (see Fold), under which
// the spellings of one transliterated name meet: the article and izafe
// left out, kh and h, gh and g, dh and d, th and t, q and k, sh and ch, the
// Somali x and h, the Somali c (‘ayn) left out, doubled letters written
// once, a final h after a vowel dropped, and every run of vowels reduced
// to its class ("a" alone, "u" when it holds o, u or w, else "i"), so
// that "ei", "ay" and "e" meet, as do "ou", "aw" and "o". It is "" for a
// name with a letter outside a–z. It is much too loose for a first key;
// the gazetteer consults it only where the exact key fails.
func Loose(key string) string {
	ws := strings.Fields(key)
	b := make([]byte, 0, len(key))
	for i, w := range ws {
		if looseParticles[w] && i+1 < len(ws) {
			continue
		}
		// "Aljawf", "Alkhalawat": the article joined to the name.
		if len(w) >= 6 && strings.HasPrefix(w, "al") && !isVowel(w[2]) {
			w = w[2:]
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		var ok bool
		if b, ok = appendLoose(b, w); !ok {
			return ""
		}
	}
	return string(b)
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// vowelAt reports whether w[i] is a vowel, taking y and w after a vowel as
// one ("ay", "ow") unless a vowel follows ("Zuwayd").
func vowelAt(w string, i int) bool {
	if isVowel(w[i]) {
		return true
	}
	return (w[i] == 'y' || w[i] == 'w') && i > 0 && isVowel(w[i-1]) && !(i+1 < len(w) && isVowel(w[i+1]))
}

// appendLoose appends one word's loose form.
func appendLoose(b []byte, w string) ([]byte, bool) {
	start := len(b)
	for i := 0; i < len(w); {
		c := w[i]
		if c < 'a' || c > 'z' {
			if c >= '0' && c <= '9' {
				b = append(b, c)
				i++
				continue
			}
			return b, false
		}
		// A run of vowels, with y or w closing it ("ay", "aw").
		if vowelAt(w, i) {
			cls := byte('a')
			j := i
			for ; j < len(w) && vowelAt(w, j); j++ {
				switch w[j] {
				case 'o', 'u', 'w':
					cls = 'u'
				case 'e', 'i', 'y':
					if cls == 'a' {
						cls = 'i'
					}
				}
			}
			// "-ah", "-eh": the final h after a vowel is not written.
			if j == len(w)-1 && w[j] == 'h' {
				j++
			}
			b = appendOnce(b, start, cls)
			i = j
			continue
		}
		n := 1
		out := c
		if i+1 < len(w) && w[i+1] == 'h' {
			switch c {
			case 'k':
				out, n = 'h', 2
			case 'g', 'd', 't', 'p':
				n = 2
				if c == 'p' {
					out = 'f'
				}
			case 's', 'c':
				out, n = 'S', 2
			}
		}
		if n == 1 {
			switch c {
			case 'q':
				out = 'k'
			case 'x':
				out = 'h'
			case 'c':
				// Somali c is the ‘ayn; elsewhere c before k is k.
				i++
				continue
			case 'j':
				if len(b) > start && b[len(b)-1] == 'd' {
					b = b[:len(b)-1]
				}
			}
		}
		b = appendOnce(b, start, out)
		i += n
	}
	return b, len(b) > start
}

// appendOnce appends c unless the word so far ends with it: doubled letters
// are written once.
func appendOnce(b []byte, start int, c byte) []byte {
	if len(b) > start && b[len(b)-1] == c {
		return b
	}
	return append(b, c)
}
