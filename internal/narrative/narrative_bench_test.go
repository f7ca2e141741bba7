package narrative

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// BenchmarkRead measures `sitrep read` without process start: parse,
// normalize, extract and reconcile the seed article.
func BenchmarkRead(b *testing.B) {
	data, err := os.ReadFile("../../testdata/articles/niger_seed.txt")
	if err != nil {
		b.Fatal(err)
	}
	x := Default()
	if _, err := x.Read("seed.txt", data); err != nil { // warm the gazetteer
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := x.Read("seed.txt", data); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkReadRunOn reads news of one "sentence" with many dates and no
// full stop, n times longer each step: the time a byte should stay flat
// (FuzzReadNames found sentence-wide patterns read once a date, 3 s for
// 40 KB). Its peer is the same dates with a full stop after each, the
// shape the reader is built for: the ratio of the two is the cost of a
// sentence that never ends.
func BenchmarkReadRunOn(b *testing.B) {
	x := Default().WithDCT(time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC))
	for _, shape := range []struct{ name, date string }{{"run-on", " in January"}, {"sentences", " in January."}} {
		for _, n := range []int{1000, 4000} {
			data := []byte("Gunmen killed" + strings.Repeat(shape.date, n))
			b.Run(shape.name+"/"+strconv.Itoa(n), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					if _, err := x.Read("run-on.txt", data); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// newsStory is a wire story we wrote, in the shape users most often read:
// a dateline, an incident told over a few paragraphs, reactions, a toll.
const newsStory = `NIAMEY, Niger (AP) — Gunmen on motorcycles attacked a village in western Niger on Sunday, killing at least 21 civilians and wounding 9 others, the interior ministry said Monday.

The attack on Tondikiwindi, about 60 kilometers (37 miles) north of Ouallam in the Tillaberi region, began at dawn and lasted two hours, a local official told The Associated Press by phone. He spoke on condition of anonymity because he was not authorized to speak to reporters.

Soldiers sent from Ouallam clashed with the attackers near the border with Mali later that day; two soldiers were killed and four wounded, the army said in a statement. No group claimed responsibility, but the Islamic State in the Greater Sahara has carried out similar raids in the area since 2019.

"They came in numbers and burned the granaries," said a resident who fled to Niamey on Monday. Aid groups said more than 1,500 people had left nearby villages since the start of the month.

Last Tuesday, an ambush on a patrol near Banibangou left five soldiers dead. In total, more than 300 civilians have been killed in the region this year, according to a United Nations tally.
`

// BenchmarkReadNews measures `sitrep read --dct` on a news story of
// about 1.5 KB, the reader's most common input.
func BenchmarkReadNews(b *testing.B) {
	x := Default().WithDCT(time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC))
	data := []byte(newsStory)
	if _, err := x.Read("news.txt", data); err != nil { // warm the gazetteer
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := x.Read("news.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadFlashbacks reads an article whose one long paragraph tells
// n yearless days in the past perfect after a background year, each of
// which asks whether it is told as background: the time a byte should
// stay flat as n grows (the paragraph was split again for every day).
func BenchmarkReadFlashbacks(b *testing.B) {
	x := Default()
	for _, n := range []int{500, 2000} {
		var sb strings.Builder
		sb.WriteString("= Battle of Kordi =\n\n- Date: 12–14 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n== Campaign ==\n\nIn April 2015 the Front took Douentza.\n\n")
		for i := range n {
			sb.WriteString("On " + strconv.Itoa(10+i%18) + " March the militia had burned a granary near Mopti. ")
		}
		data := []byte(sb.String())
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := x.Read("flashbacks.txt", data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
