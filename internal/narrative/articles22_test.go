package narrative

import "testing"

// TestArticles22 reads, in articles we wrote, what a ninth set of unseen
// encyclopedic articles (round 22) and the earlier sets showed: one
// civilian counted beside a force's dead is counted with the civilians,
// as civilians of a people already were. Only the toll is compared.
func TestArticles22(t *testing.T) {
	const head = "= Kordi attack =\n\n- Date: 3 October 2016\n- Place: Kordi, Mopti Region, Mali\n\n"
	for _, tc := range []struct{ name, text, want string }{
		{"one civilian beside soldiers", "On 3 October 2016, gunmen attacked the army post at Kordi, killing 20 Malian soldiers and a civilian.\n", "Mali,civilians"},
		{"one civilian of a people", "On 3 October 2016, a bomb exploded beside a patrol in Kordi, killing six Malian soldiers and a Dutch civilian.\n", "Mali,civilians"},
		// A noun that only begins with civilian is no civilian counted.
		{"civilians already counted", "On 3 October 2016, gunmen attacked Kordi, killing four civilians; an unarmed civilian guard was also shot dead.\n", "civilians,unarmed civilian guard"},
	} {
		checkEvents(t, Default(), tc.name, head+tc.text, tollWho, []string{tc.want})
	}
}
