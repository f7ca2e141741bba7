package geoparse

import "testing"

// TestInitialsViolenceObject: dotted initials after a verb of violence or
// crime done to someone are that person, not a state, unless a noun the
// state owns follows them (seventh review, session 18).
func TestInitialsViolenceObject(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "kidnapped", text: "Armed men kidnapped N.J. near his office in Kano, his family said.",
			absent: []string{"N.J."}},
		{name: "abducted", text: "Rebels abducted N.J. from a farm in the north last week.",
			absent: []string{"N.J."}},
		{name: "assaulted", text: "A stranger assaulted N.C. at the tram stop on Sunday night.",
			absent: []string{"N.C."}},
		{name: "abused", text: "The trainer abused N.M. for two years, the court was told.",
			absent: []string{"N.M."}},
		{name: "stabbed", text: "The suspect stabbed N.H. twice in a car park in Leeds.",
			absent: []string{"N.H."}},
		{name: "attacked", text: "Soldiers attacked S.D. near the checkpoint, a relative said.",
			absent: []string{"S.D."}},
		// Contrasts: a state's people after the verb, and a sentencing.
		{name: "state's people", text: "The storm injured N.J. residents along the shore on Monday.",
			toponym: "N.J.", country: "US", admin1: "NJ"},
		{name: "sentencing", text: "The judge sentenced N.C. to four years for the robbery.",
			absent: []string{"N.C."}},
	})
}

// TestInitialsAmbiguousVerbState: after a verb that may take a person or a
// state (sue, call, name, identify), the initials are the state when what
// follows says place or state; otherwise a person's, as before.
func TestInitialsAmbiguousVerbState(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "sued over its", text: "Federal lawyers sued N.C. over its new election map last year.",
			toponym: "N.C.", country: "US", admin1: "NC"},
		{name: "called home", text: "The singer has called N.M. home for two decades.",
			toponym: "N.M.", country: "US", admin1: "NM"},
		{name: "named the state", text: "A travel guide named N.H. the safest state to visit this year.",
			toponym: "N.H.", country: "US", admin1: "NH"},
		{name: "identified as the state", text: "The study identified N.J. as the state with the most toll roads.",
			toponym: "N.J.", country: "US", admin1: "NJ"},
		{name: "thanked for its", text: "The mayor thanked N.M. for its aid after the wildfire.",
			toponym: "N.M.", country: "US", admin1: "NM"},
		{name: "treated for his", text: "Medics treated N.J. for his burns at the scene.",
			absent: []string{"N.J."}},
		// Contrasts: the same verbs with a person's reading.
		{name: "named the winner", text: "The panel named N.C. the winner of the poetry prize.",
			absent: []string{"N.C."}},
		{name: "identified as a witness", text: "Police identified N.J. as a witness to the crash.",
			absent: []string{"N.J."}},
		{name: "sued over his", text: "The landlord sued R.I. over his unpaid rent in March.",
			absent: []string{"R.I."}},
		{name: "called to", text: "The coach called N.M. to the bench late in the game.",
			absent: []string{"N.M."}},
	})
}

// TestReview22TitleCaseDivisionWord: in a line of title case every word is
// capitalised, so a common word that names a division of a country in
// view is read there only in a list a plural division word ends (ninth
// review of session 18).
func TestReview22TitleCaseDivisionWord(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "a headline's common word", text: "South Sudan Rivals Vow Calm and Unity at Juba Meeting\n\nThe two leaders met in Juba on Tuesday.",
			absent: []string{"Unity"}, toponym: "Juba", country: "SS"},
		{name: "a headline's list of states", text: "South Sudan: Rains Cut Roads in Jonglei and Unity States\n\nThe rain fell for weeks.",
			toponym: "Unity", country: "SS"},
	})
}

// TestReview22InstitutionNounResident: "Commerce" in the resident form ("a
// Commerce man") is the town when the text names a county or state it
// lies in; before another noun it is still no place (ninth review of
// session 18).
func TestReview22InstitutionNounResident(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "a resident, the county named", text: "Deputies said a Commerce man, 51, was hurt when his truck left the road in Hunt County, Texas.",
			toponym: "Commerce", country: "US", admin1: "TX"},
		// Not a resident noun: no town.
		{name: "another noun", text: "The state of Texas hired a Commerce consultant for the port study.",
			absent: []string{"Commerce"}, toponym: "Texas", country: "US", admin1: "TX"},
	})
}

// TestReview22InitialsOfficeTitle: dotted initials before an office's
// title are the state the office is held for, even after a verb of
// violence done to someone (ninth review of session 18); before another
// capitalised word they are still a person's.
func TestReview22InitialsOfficeTitle(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "governor", text: "The senator attacked N.C. Gov. Ann Miller over the budget cuts.",
			toponym: "N.C.", country: "US", admin1: "NC"},
		{name: "lieutenant governor", text: "Party rivals attacked N.J. Lt. Gov. Tom Reyes on the radio.",
			toponym: "N.J.", country: "US", admin1: "NJ"},
		{name: "senator", text: "Hecklers attacked N.C. Sen. Ann Miller at the town hall.",
			toponym: "N.C.", country: "US", admin1: "NC"},
		// Another capitalised word: the person, as before.
		{name: "a weekday", text: "A stranger attacked N.C. Monday near the tram stop in Leeds.",
			absent: []string{"N.C."}},
		// A short title without its dot is no title (eleventh review of
		// session 18): the initials stay a person's.
		{name: "title without its dot", text: "Thieves robbed N.C. Sen, a retired porter, outside the depot in Leeds.",
			absent: []string{"N.C."}},
		{name: "representative without its dot", text: "A mob beat N.J. Rep, the night watchman, behind the mill in Leeds.",
			absent: []string{"N.J."}},
		{name: "representative with its dot", text: "Protesters attacked N.J. Rep. Tom Reyes at the rally.",
			toponym: "N.J.", country: "US", admin1: "NJ"},
		// "Gov" and "Lt" are no surname: a title with or without the
		// dot (thirteenth review of session 18).
		{name: "governor without its dot", text: "Protesters attacked N.C. Gov Ann Miller at a rally in Raleigh.",
			toponym: "N.C.", country: "US", admin1: "NC"},
		{name: "lieutenant governor without its dot", text: "Party rivals attacked N.J. Lt Gov Tom Reyes on the radio.",
			toponym: "N.J.", country: "US", admin1: "NJ"},
	})
}
