package article

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// parseWikitext renders MediaWiki markup as an article in the plain format
// ("= Title =", "- Key: Value" infobox lines, "== Heading ==", bullets) and
// reads that; offsets then refer to the rendering, which is Document.Text.
func parseWikitext(name, s string) (*Document, error) {
	var b strings.Builder
	fields, rest := extractInfobox(s)
	title := ""
	for _, f := range fields {
		if strings.EqualFold(f.Key, "conflict") || strings.EqualFold(f.Key, "name") {
			title = f.Value
			break
		}
	}
	body := renderWiki(rest)
	if title == "" {
		if m := boldRe.FindStringSubmatch(rest); m != nil {
			title = plainInline(m[1])
		} else {
			title = name
		}
	}
	b.WriteString("= " + title + " =\n\n")
	for _, f := range fields {
		b.WriteString("- " + f.Key + ": " + f.Value + "\n")
	}
	b.WriteString("\n")
	b.WriteString(body)
	d, err := parseArticle(name, b.String())
	if err != nil {
		return nil, err
	}
	d.Format = FormatWikitext
	return d, nil
}

var (
	boldRe     = regexp.MustCompile(`'''(.+?)'''`)
	commentRe  = regexp.MustCompile(`(?s)<!--.*?-->`)
	brRe       = regexp.MustCompile(`(?i)<br\s*/?>`)
	tagRe      = regexp.MustCompile(`</?[a-zA-Z][^>]*>`)
	extLinkRe  = regexp.MustCompile(`\[(?:https?:)?//[^\s\]]+\s*([^\]]*)\]`)
	wikiHeadRe = regexp.MustCompile(`(?m)^(={1,6})\s*(.*?)\s*(={1,6})\s*$`)
)

// extractInfobox pulls the first {{Infobox …}} template out of s and returns
// its fields and s without it.
func extractInfobox(s string) ([]Field, string) {
	i := strings.Index(strings.ToLower(s), "{{infobox")
	if i < 0 {
		return nil, s
	}
	end := matchBraces(s, i)
	if end < 0 {
		return nil, s
	}
	inner := s[i+2 : end-2]
	var fields []Field
	for n, part := range splitTop(inner, '|') {
		if n == 0 {
			continue // the template name
		}
		k, v, ok := strings.Cut(part, "=")
		if !ok {
			continue
		}
		k = strings.TrimSpace(k)
		v = plainInline(renderTemplatesInline(v))
		if k == "" || v == "" {
			continue
		}
		fields = append(fields, Field{Key: infoboxKey(k), Value: v})
	}
	return fields, s[:i] + s[end:]
}

// infoboxKey spells wikitext parameter names as the plain format does:
// "combatant1" → "Combatant1", "partof" → "Partof".
func infoboxKey(k string) string {
	k = strings.ReplaceAll(k, " ", "_")
	r, size := utf8.DecodeRuneInString(k)
	if size == 0 {
		return k
	}
	return string(unicode.ToUpper(r)) + k[size:]
}

// matchBraces returns the index just past the "}}" closing the "{{" at i,
// or -1.
func matchBraces(s string, i int) int {
	depth := 0
	for j := i; j+1 < len(s); j++ {
		switch {
		case s[j] == '{' && s[j+1] == '{':
			depth++
			j++
		case s[j] == '}' && s[j+1] == '}':
			depth--
			j++
			if depth == 0 {
				return j + 1
			}
		}
	}
	return -1
}

// splitTop splits s on sep outside {{ }} and [[ ]].
func splitTop(s string, sep byte) []string {
	var out []string
	depth, start := 0, 0
	for j := 0; j < len(s); j++ {
		switch {
		case j+1 < len(s) && (s[j] == '{' && s[j+1] == '{' || s[j] == '[' && s[j+1] == '['):
			depth++
			j++
		case j+1 < len(s) && (s[j] == '}' && s[j+1] == '}' || s[j] == ']' && s[j+1] == ']'):
			if depth > 0 {
				depth--
			}
			j++
		case s[j] == sep && depth == 0:
			out = append(out, s[start:j])
			start = j + 1
		}
	}
	return append(out, s[start:])
}

// renderTemplatesInline keeps the visible text of list-like templates in
// infobox values ({{plainlist|* a * b}}, {{ubl|a|b}}, {{flag|X}} → X, {{flagicon|X}}
// dropped, {{circa|2018}} → 2018) and drops the rest.
func renderTemplatesInline(s string) string {
	s = commentRe.ReplaceAllString(s, "")
	s = dropRefs(s)
	s = brRe.ReplaceAllString(s, ", ")
	return replaceTemplates(s, func(parts []string) string {
		name := strings.ToLower(strings.TrimSpace(parts[0]))
		var repl string
		switch {
		case name == "plainlist" || name == "plain list" || name == "unbulleted list" || name == "ubl" || name == "flatlist" || name == "hlist":
			var items []string
			for _, p := range parts[1:] {
				for _, it := range strings.Split(p, "\n") {
					it = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(it), "*"))
					if it != "" && !strings.Contains(it, "=") {
						items = append(items, it)
					}
				}
			}
			repl = strings.Join(items, ", ")
		case name == "circa" || name == "c." || name == "nowrap" || name == "small" || name == "lang" && len(parts) > 2:
			if len(parts) > 1 {
				repl = parts[len(parts)-1]
			}
		case name == "kia":
			repl = " (KIA)"
		case name == "start date" || name == "end date" || name == "start and end dates" || name == "death date":
			repl = renderDates(parts[1:])
		case name == "flag" || name == "flagcountry" || name == "flag country" || name == "flagu":
			// {{flag|Niger}} shows the flag and the name; {{flagicon}}, the
			// flag alone, is dropped with the other templates.
			if len(parts) > 1 && !strings.Contains(parts[1], "=") {
				repl = strings.TrimSpace(parts[1])
			}
		}
		return repl
	})
}

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// renderDates writes the positional year|month|day parameters of
// {{start date}} and its kin as text ("10 December 2019"), one date per
// year, ranges joined by a dash; named ones (df=y) only style the date.
func renderDates(params []string) string {
	var nums []int
	for _, p := range params {
		p = strings.TrimSpace(p)
		if strings.Contains(p, "=") {
			continue
		}
		n, err := strconv.Atoi(p)
		if err != nil {
			break // a time or time zone: the date is complete
		}
		nums = append(nums, n)
	}
	var dates []string
	for len(nums) > 0 {
		y, rest := nums[0], nums[1:]
		d := strconv.Itoa(y)
		if len(rest) > 0 && rest[0] >= 1 && rest[0] <= 12 {
			d = monthNames[rest[0]-1] + " " + d
			rest = rest[1:]
			if len(rest) > 0 && rest[0] >= 1 && rest[0] <= 31 {
				d = strconv.Itoa(rest[0]) + " " + d
				rest = rest[1:]
			}
		}
		for len(rest) > 0 && rest[0] < 1000 {
			rest = rest[1:] // hour, minute, second
		}
		dates = append(dates, d)
		nums = rest
	}
	return strings.Join(dates, " – ")
}

// replaceTemplates replaces each top-level {{…}} of s by what f makes of
// its |-separated parts (templates inside the result are replaced too). An
// unclosed "{{" is dropped and the text after it kept, as MediaWiki shows
// it: templates it would have held are still replaced.
//
// The braces are paired in one pass: looking for each "{{"'s closing
// "}}" from the "{{" read the rest of the text once per unclosed one.
func replaceTemplates(s string, f func(parts []string) string) string {
	type template struct{ open, close int } // close is -1 if never closed
	var all []template
	var stack []int // indexes into all
	for j := 0; j+1 < len(s); j++ {
		switch {
		case s[j] == '{' && s[j+1] == '{':
			stack = append(stack, len(all))
			all = append(all, template{j, -1})
			j++
		case s[j] == '}' && s[j+1] == '}' && len(stack) > 0:
			all[stack[len(stack)-1]].close = j + 2
			stack = stack[:len(stack)-1]
			j++
		}
	}
	var b strings.Builder
	last := 0
	for _, t := range all {
		if t.open < last {
			continue // inside a template already replaced
		}
		b.WriteString(s[last:t.open])
		if t.close < 0 {
			last = t.open + 2
			continue
		}
		if repl := f(splitTop(s[t.open+2:t.close-2], '|')); repl != "" {
			b.WriteString(replaceTemplates(repl, f))
		}
		last = t.close
	}
	b.WriteString(s[last:])
	return b.String()
}

// dropRefs removes references, "<ref …>…</ref>" and "<ref …/>" (any case),
// as the pattern `(?is)<ref[^>/]*>.*?</ref>|<ref[^>]*/>` would, in one
// pass: the pattern read the rest of the text again after every unclosed
// "<ref>" (quadratic time, found by FuzzParseMarkup).
func dropRefs(s string) string {
	low := asciiLower(s)
	var b strings.Builder
	last, from := 0, 0
	gt, slash, closing := -1, -1, -1 // next '>', '/' and "</ref>", or len(s) when there is none
	next := func(at *int, from int, sub string) int {
		if *at < from {
			if k := strings.Index(low[from:], sub); k >= 0 {
				*at = from + k
			} else {
				*at = len(s)
			}
		}
		return *at
	}
	for {
		k := strings.Index(low[from:], "<ref")
		if k < 0 {
			break
		}
		k += from
		from = k + 1
		j := k + 4
		end := -1
		if g := next(&gt, j, ">"); g < len(s) && next(&slash, j, "/") > g {
			// "<ref name=x>": up to the first "</ref>" after it.
			if c := next(&closing, g+1, "</ref>"); c < len(s) {
				end = c + len("</ref>")
			}
		}
		if g := next(&gt, j, ">"); end < 0 && g < len(s) && g > j && s[g-1] == '/' {
			end = g + 1 // "<ref name=x />"
		}
		if end < 0 {
			continue
		}
		b.WriteString(s[last:k])
		last, from = end, end
	}
	b.WriteString(s[last:])
	return b.String()
}

// asciiLower lowers ASCII letters only, so that offsets into the result
// are offsets into s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// plainInline removes inline markup: links, bold, italics, HTML tags.
func plainInline(s string) string {
	s = commentRe.ReplaceAllString(s, "")
	s = dropRefs(s)
	s = extLinkRe.ReplaceAllString(s, "$1")
	s = renderLinks(s)
	s = strings.ReplaceAll(s, "'''", "")
	s = strings.ReplaceAll(s, "''", "")
	s = tagRe.ReplaceAllString(s, "")
	s = strings.ReplaceAll(s, "&nbsp;", " ")
	s = strings.ReplaceAll(s, "&ndash;", "–")
	s = strings.ReplaceAll(s, "\n", " ")
	return strings.Join(strings.Fields(s), " ")
}

// renderLinks turns [[a|b]] into b and [[a]] into a, and drops file,
// image and category links.
func renderLinks(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "[[")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		depth, j := 0, i
		for ; j+1 < len(s); j++ {
			if s[j] == '[' && s[j+1] == '[' {
				depth++
				j++
			} else if s[j] == ']' && s[j+1] == ']' {
				depth--
				j++
				if depth == 0 {
					break
				}
			}
		}
		if depth != 0 {
			b.WriteString(s[i+2:])
			return b.String()
		}
		inner := s[i+2 : j-1]
		low := strings.ToLower(inner)
		if !(strings.HasPrefix(low, "file:") || strings.HasPrefix(low, "image:") || strings.HasPrefix(low, "category:")) {
			parts := splitTop(inner, '|')
			b.WriteString(parts[len(parts)-1])
		}
		s = s[j+1:]
	}
}

// renderWiki renders the article body: headings and bullets kept as lines,
// templates, references and tables removed, inline markup plain.
func renderWiki(s string) string {
	s = commentRe.ReplaceAllString(s, "")
	s = dropRefs(s)
	s = renderTables(s)
	s = replaceTemplates(s, func(parts []string) string {
		// {{convert|200|km|mi}}: the figure as written, "200 km".
		if name := strings.ToLower(strings.TrimSpace(parts[0])); (name == "convert" || name == "cvt") && len(parts) > 2 {
			return strings.TrimSpace(parts[1]) + " " + strings.TrimSpace(parts[2])
		}
		return ""
	})
	var out []string
	for _, l := range strings.Split(s, "\n") {
		t := strings.TrimSpace(l)
		if m := wikiHeadRe.FindStringSubmatch(t); m != nil && len(m[1]) == len(m[3]) {
			lvl := len(m[1])
			if lvl < 2 {
				lvl = 2 // level 1 is the title
			}
			eq := strings.Repeat("=", lvl)
			out = append(out, "", eq+" "+plainInline(m[2])+" "+eq)
			continue
		}
		if strings.HasPrefix(t, "*") || strings.HasPrefix(t, "#") {
			item := plainInline(strings.TrimLeft(t, "*#: "))
			if item != "" {
				out = append(out, "- "+item)
			}
			continue
		}
		p := plainInline(t)
		if p == "" {
			out = append(out, "")
			continue
		}
		out = append(out, "", p)
	}
	return strings.Join(out, "\n") + "\n"
}

// renderTables turns each table into one paragraph a row, so that a list
// of incidents ("| 2 January 2021 || [[Tchoma Bangou]] || 70 || …") is read
// like prose: the date first, the place after "in", a count under a
// deaths or wounded column as "70 killed", the other cells as they are.
func renderTables(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "{|")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		j := strings.Index(s[i:], "\n|}")
		if j < 0 {
			// Unclosed: not read as a table, but nothing after it lost.
			b.WriteString(s[i+2:])
			return b.String()
		}
		b.WriteString(tableProse(s[i : i+j]))
		s = s[i+j+3:]
	}
}

func tableProse(t string) string {
	var header []string
	var rows [][]string
	var row []string
	flush := func() {
		if len(row) > 0 {
			rows = append(rows, row)
			row = nil
		}
	}
	for _, l := range strings.Split(t, "\n")[1:] {
		l = strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(l, "|-"):
			flush()
		case strings.HasPrefix(l, "|+"):
			// the caption
		case strings.HasPrefix(l, "!"):
			for _, c := range strings.Split(strings.ReplaceAll(l[1:], "||", "!!"), "!!") {
				header = append(header, strings.ToLower(cellText(c)))
			}
		case strings.HasPrefix(l, "|"):
			for _, c := range strings.Split(l[1:], "||") {
				row = append(row, cellText(c))
			}
		}
	}
	flush()
	var out []string
	for _, r := range rows {
		var date string
		var rest []string
		for k, c := range r {
			if c == "" {
				continue
			}
			h := ""
			if k < len(header) {
				h = header[k]
			}
			switch {
			case strings.Contains(h, "date") && date == "":
				date = c
			case containsAny(h, "location", "place", "town", "village", "site", "city", "area"):
				rest = append(rest, "in "+c)
			case containsAny(h, "death", "killed", "dead", "fatalit") && startsWithDigit(c):
				rest = append(rest, c+" killed")
			case containsAny(h, "injur", "wound") && startsWithDigit(c):
				rest = append(rest, c+" wounded")
			default:
				rest = append(rest, c)
			}
		}
		p := strings.Join(rest, ", ")
		if date != "" {
			p = date + ": " + p
		}
		if p != "" {
			out = append(out, "", strings.TrimRight(p, ".")+".")
		}
	}
	return strings.Join(out, "\n") + "\n"
}

// cellText is a cell's content without its attributes (style="…" | text).
func cellText(c string) string {
	parts := splitTop(c, '|')
	return plainInline(strings.TrimSpace(parts[len(parts)-1]))
}

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }
