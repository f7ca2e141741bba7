package datagen

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/sitrep-project/sitrep/internal/gdelt"
)

// gdeltRoots weights CAMEO root codes roughly as they occur in GDELT:
// statements and consultations dominate, fighting is a few percent.
var gdeltRoots = []struct {
	root      string
	weight    float64
	codes     []string
	goldstein float64
}{
	{"01", 19, []string{"010", "012", "013", "014"}, 0},
	{"02", 5, []string{"020", "023", "028"}, 3},
	{"03", 7, []string{"030", "036", "037"}, 4},
	{"04", 22, []string{"040", "042", "043", "046"}, 1},
	{"05", 6, []string{"050", "051", "057"}, 3.5},
	{"06", 2, []string{"061", "062"}, 6},
	{"07", 2, []string{"070", "073"}, 7},
	{"08", 2, []string{"080", "0871", "0874"}, 5},
	{"09", 1, []string{"090"}, -2},
	{"10", 2, []string{"100", "1031"}, -5},
	{"11", 6, []string{"111", "112"}, -2},
	{"12", 2, []string{"120", "128"}, -4},
	{"13", 2, []string{"130", "138"}, -6},
	{"14", 2.5, []string{"140", "141", "145"}, -6.5},
	{"15", 1, []string{"150", "154"}, -7.2},
	{"16", 2, []string{"160", "163"}, -4},
	{"17", 5, []string{"170", "171", "173", "175"}, -7},
	{"18", 5, []string{"180", "181", "182", "1821", "183", "1831", "186"}, -9},
	{"19", 4.4, []string{"190", "193", "194", "195"}, -10},
	{"20", 0.1, []string{"200", "202", "2041"}, -10},
}

var gdeltActors = []struct{ code, name, typ string }{
	{"MIL", "SOLDIER", "MIL"}, {"REB", "REBEL", "REB"}, {"COP", "POLICE", "COP"}, {"GOV", "GOVERNMENT", "GOV"},
	{"CVL", "CIVILIAN", "CVL"}, {"INS", "MILITANT", "INS"}, {"OPP", "OPPOSITION", "OPP"}, {"JUD", "COURT", "JUD"},
	{"MED", "JOURNALIST", "MED"}, {"REF", "REFUGEE", "REF"}, {"UAF", "GUNMAN", "UAF"}, {"LEG", "PARLIAMENT", "LEG"},
}

func (g *gen) gdelt(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 256<<10)
	rw := make([]float64, len(gdeltRoots))
	for i, r := range gdeltRoots {
		rw[i] = r.weight
	}
	id := 1160000000
	f := make([]string, len(gdelt.Columns))
	for range g.o.Rows {
		id++
		c := g.country()
		p := c.places[g.r.IntN(len(c.places))]
		root := &gdeltRoots[g.pick(rw)]
		code := g.of(root.codes)
		day := g.day()
		quad := map[bool]string{true: "1", false: "2"}[root.goldstein >= 0]
		switch r, _ := strconv.Atoi(root.root); {
		case r >= 14:
			quad = "4"
		case r >= 9:
			quad = "3"
		case r >= 6:
			quad = "2"
		}
		for i := range f {
			f[i] = ""
		}
		f[0], f[1], f[2], f[3] = strconv.Itoa(id), day.Format("20060102"), day.Format("200601"), strconv.Itoa(day.Year())
		f[4] = strconv.FormatFloat(float64(day.Year())+float64(day.YearDay())/365, 'f', 4, 64)
		a1 := gdeltActors[g.r.IntN(len(gdeltActors))]
		f[5], f[6], f[7], f[12] = c.iso3+a1.code, c.c.Name+" "+a1.name, c.iso3, a1.typ
		f[6] = strings.ToUpper(f[6])
		if g.r.IntN(5) > 0 {
			a2 := gdeltActors[g.r.IntN(len(gdeltActors))]
			f[15], f[16], f[17], f[22] = c.iso3+a2.code, a2.name, c.iso3, a2.typ
		}
		base := code
		if len(base) > 3 {
			base = base[:3]
		}
		mentions := int(math.Min(math.Floor(math.Pow(1-g.r.Float64(), -1/1.3)), 500))
		sources := 1 + g.r.IntN(min(mentions, 5))
		f[25], f[26], f[27], f[28], f[29] = []string{"0", "1"}[g.r.IntN(2)], code, base, root.root, quad
		f[30] = strconv.FormatFloat(root.goldstein, 'f', 1, 64)
		f[31], f[32], f[33] = strconv.Itoa(mentions), strconv.Itoa(sources), strconv.Itoa(mentions)
		f[34] = strconv.FormatFloat(-2.5+g.r.NormFloat64()*3.5, 'f', -1, 64)
		full := p.town + ", " + p.admin1 + ", " + c.c.Name
		typ := "4"
		if g.r.IntN(6) == 0 {
			full, typ = c.c.Name, "1"
		}
		lat, lon := g.jitter(p.lat, 0.01), g.jitter(p.lon, 0.01)
		if typ == "1" {
			lat, lon = c.places[0].lat, c.places[0].lon
		}
		geo := []string{typ, full, c.c.FIPS, c.c.FIPS + fmt.Sprintf("%02d", 1+g.r.IntN(30)), strconv.Itoa(10000 + g.r.IntN(50000)),
			strconv.FormatFloat(lat, 'f', -1, 64), strconv.FormatFloat(lon, 'f', -1, 64), strconv.Itoa(-g.r.IntN(3000000))}
		copy(f[35:43], geo)
		if f[16] != "" {
			copy(f[43:51], geo)
		}
		copy(f[51:59], geo)
		f[59] = day.Format("20060102") + fmt.Sprintf("%02d%02d00", g.r.IntN(24), 15*g.r.IntN(4))
		f[60] = fmt.Sprintf("https://news.example.org/%s/%d/%s-%d.html", strings.ToLower(c.iso3), day.Year(), strings.ToLower(strings.ReplaceAll(p.town, " ", "-")), id)
		for i, v := range f {
			if i > 0 {
				bw.WriteByte('\t')
			}
			bw.WriteString(v)
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
