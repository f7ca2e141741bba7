package conflict

import (
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
)

// FuzzNormalize feeds arbitrary infobox values to every field reader.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"5 killed (1 non hostile), 4 injured (2 non hostile) 5 killed, 8 wounded (While operating with the United States)",
		"Iyad Ag Ghaly ---- Adnan Abu Walid al-SahrawiKIA, 22px Abu Umaimata",
		"ISIL-West Africa: ~3,500 fighters (April 2018), ISGS: ~300 fighters",
		"5 February 2013 – 5 August 2024, ()", "((((", "1,000,000,000,000,000,000,000 killed", "At least",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		d := &article.Document{Title: "T"}
		for _, k := range []string{"Date", "Partof", "Place", "Result", "Combatant1", "Commander1", "Strength1", "Casualties1"} {
			d.Infobox = append(d.Infobox, article.Field{Key: k, Value: v})
		}
		Normalize(d, nil)
	})
}
