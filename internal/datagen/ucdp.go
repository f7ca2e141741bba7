package datagen

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/ucdp"
)

func (g *gen) ucdp(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true // as the GED download
	if err := cw.Write(ucdp.Columns); err != nil {
		return err
	}
	rec := make([]string, 0, len(ucdp.Columns))
	id := 100000
	for range g.o.Rows {
		id++
		c := g.country()
		p := c.places[g.r.IntN(len(c.places))]
		tov := []string{"1", "2", "3"}[g.pick([]float64{35, 20, 45})]
		var sideA, sideB string
		switch tov {
		case "1":
			sideA, sideB = "Government of "+c.c.Name, g.of(append(c.rebels, c.militias...))
		case "2":
			sideA, sideB = g.of(c.militias), g.of(append(c.rebels, c.militias...))
		default:
			sideA, sideB = g.of(append(c.rebels, c.militias...)), "Civilians"
		}
		// GED counts only fatal events; a few have a best estimate of 0
		// with a higher high estimate.
		best := g.deaths(0.04, 1.0, 2000)
		low, high := best, best
		if g.r.IntN(5) == 0 {
			low = best - g.r.IntN(best+1)
			high = best + g.r.IntN(best+5)
		}
		var da, db, dc, du int
		if tov == "3" {
			dc = best
		} else {
			da = g.r.IntN(best + 1)
			db = g.r.IntN(best - da + 1)
			du = best - da - db
		}
		dp := []string{"1", "2", "3", "4", "5"}[g.pick([]float64{74, 14, 1, 9, 2})]
		start := g.day()
		end := start
		switch dp {
		case "2":
			end = start.AddDate(0, 0, 1+g.r.IntN(5))
		case "3":
			end = start.AddDate(0, 0, 6)
		case "4":
			start = time.Date(start.Year(), start.Month(), 1, 0, 0, 0, 0, time.UTC)
			end = start.AddDate(0, 1, -1)
		case "5":
			end = start.AddDate(0, 1+g.r.IntN(10), 0)
		}
		wp := []string{"1", "2", "3", "4", "5", "6", "7"}[g.pick([]float64{66, 20, 8, 3, 1.5, 1.4, 0.1})]
		lat, lon := g.jitter(p.lat, 0.02), g.jitter(p.lon, 0.02)
		ll := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
		gw := strconv.Itoa(c.c.GW)
		conflict := strconv.Itoa(200 + g.r.IntN(800))
		dyad := strconv.Itoa(400 + g.r.IntN(1600))
		src := g.of(acledSources)
		rec = append(rec[:0],
			strconv.Itoa(id), fmt.Sprintf("%s-%d-%s-%s-%d", c.iso3, start.Year(), tov, conflict, g.r.IntN(900)), strconv.Itoa(start.Year()), "1", "Clear", tov,
			conflict, conflict, c.c.Name+": Government", dyad, dyad, sideA+" - "+sideB,
			strconv.Itoa(g.r.IntN(9000)), strconv.Itoa(g.r.IntN(9000)), sideA, strconv.Itoa(g.r.IntN(9000)), strconv.Itoa(g.r.IntN(9000)), sideB,
			strconv.Itoa(1+g.r.IntN(6)), src+" "+start.Format("2/1-06"), "", "", "", "",
			wp, p.town+" town", p.town+" town ("+strconv.Itoa(1+g.r.IntN(30))+" km north of)", p.admin1+" province", p.admin2+" district",
			ll(lat), ll(lon), fmt.Sprintf("POINT (%s %s)", ll(lon), ll(lat)), strconv.Itoa(100000+g.r.IntN(159000)),
			c.c.Name, gw, regionUCDP(c.region), []string{"1", "2"}[g.pick([]float64{89, 11})], dp,
			start.Format(event.Layout)+" 00:00:00.000", end.Format(event.Layout)+" 00:00:00.000",
			strconv.Itoa(da), strconv.Itoa(db), strconv.Itoa(dc), strconv.Itoa(du),
			strconv.Itoa(best), strconv.Itoa(high), strconv.Itoa(low), gw, "")
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func regionUCDP(acledRegion string) string {
	if acledRegion == "Middle East" {
		return "Middle East"
	}
	return "Africa"
}
