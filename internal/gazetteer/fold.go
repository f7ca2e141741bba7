package gazetteer

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold reduces a name to its lookup key: lower case, accents removed,
// periods and apostrophes dropped ("U.S." and "US", "Côte d'Ivoire" and
// "Cote dIvoire" meet) and every other run of punctuation or space made one
// space ("Tongo-Tongo" and "Tongo Tongo" meet).
func Fold(s string) string {
	return string(AppendFold(make([]byte, 0, len(s)), s))
}

// AppendFold appends Fold(s) to dst, so that a caller folding many tokens
// can reuse one buffer.
func AppendFold(dst []byte, s string) []byte {
	space := true // suppresses a leading separator
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				dst = append(dst, c)
				space = false
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+'a'-'A')
				space = false
			case c == '.' || c == '\'' || c == '`':
			default:
				if !space {
					dst = append(dst, ' ')
					space = true
				}
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '’' || r == '‘' || r == 'ʼ' || r == 'ʻ' || r == '´':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			dst = foldRune(dst, r)
			space = false
		case unicode.IsMark(r):
			// a combining accent: dropped
		default:
			if !space {
				dst = append(dst, ' ')
				space = true
			}
		}
	}
	if n := len(dst); n > 0 && space && dst[n-1] == ' ' {
		dst = dst[:n-1]
	}
	return dst
}

// special holds letters that do not decompose into a base letter.
var special = map[rune]string{
	'ß': "ss", 'æ': "ae", 'Æ': "ae", 'ø': "o", 'Ø': "o", 'œ': "oe", 'Œ': "oe",
	'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d", 'þ': "th", 'Þ': "th",
	'ı': "i", 'ħ': "h", 'Ħ': "h", 'ŧ': "t", 'Ŧ': "t",
}

func foldRune(dst []byte, r rune) []byte {
	if s, ok := special[r]; ok {
		return append(dst, s...)
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, d := range norm.NFD.String(string(buf[:n])) {
		if unicode.IsMark(d) {
			continue
		}
		// "ǿ" decomposes to "ø" and an accent, and "ẞ" lowers to "ß": map
		// what is left too, so that folding twice changes nothing.
		d = unicode.ToLower(d)
		if s, ok := special[d]; ok {
			dst = append(dst, s...)
			continue
		}
		dst = utf8.AppendRune(dst, d)
	}
	return dst
}

// isLatin reports whether every letter of s is in the Latin script: names
// in other scripts can never match English text and only cost memory.
func isLatin(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}
