// Package articletest spells fuzz input out of the markup articles are
// written in: wikitext templates, links and references, the plain format's
// title, "- Key: Value" infobox and "==Section==" headings, and the
// infobox keys and values of a military conflict. Random bytes almost
// never close a template inside a link inside an infobox value, which is
// where markup readers go wrong, so fuzz targets of the article reader and
// the readers above it draw on these words (with wordfuzz.Spell).
package articletest

// Markup is the vocabulary: each entry is a word, a piece of markup, or a
// line opening, and Spell joins them with spaces as print does.
var Markup = []string{
	// Wikitext structure.
	"{{Infobox military conflict", "{{Infobox", "}}", "{{", "[[", "]]", "|", "=", "\n| ", "\n}}\n",
	"{{flagicon|USA}}", "{{flag|Niger}}", "{{KIA}}", "{{plainlist|", "{{ubl|", "{{cite web|url=x|title=y}}",
	"{{nowrap|", "{{sfn|Smith|2019|p=4}}", "[[File:Flag.svg|22px]]", "[[Niger]]", "[[Islamic State in the Greater Sahara|ISGS]]",
	"<ref>", "</ref>", "<ref name=a/>", "<ref name=\"b\">", "<br>", "<br />", "<!--", "-->", "&nbsp;", "&ndash;",
	"'''", "''", "{|", "|}", "|-", "\n*", "\n**", "\n#", "\n:", "<small>", "</small>", "<nowiki>", "</nowiki>",
	"__NOTOC__", "[[Category:Wars]]", "[https://example.org a source]",
	// The plain article format.
	"\n= Title =\n", "\n- Date: ", "\n- Location: ", "\n- Result: ", "\n- Casualties1: ", "\n- Strength2: ",
	"\n==History==\n", "\n== Timeline ==\n", "\n=== 2017 ===\n", "\n\n", "\n", "- ", ": ",
	// Infobox keys of a military conflict.
	"conflict", "partof", "date", "place", "territory", "result", "status", "combatant1", "combatant2", "combatant3",
	"commander1", "commander2", "units1", "strength1", "strength2", "casualties1", "casualties2", "casualties3",
	"notes", "campaignbox", "image", "caption",
	// Values and narrative.
	"5 February 2013", "–", "present", "2013–2024", "(", ")", ",", ";", ".", "~3,500 fighters", "at least 21",
	"killed", "wounded", "captured", "KIA", "non-hostile", "United States", "Niger", "ISGS", "Agadez", "Tongo Tongo",
	"soldiers", "militants", "civilians", "ambush", "On April 19", "in 2017", "the army said", "about", "Unknown",
	"U.S. victory", "withdrawal", "Air Base 201", "800", "1,100", "4", "22px",
}
