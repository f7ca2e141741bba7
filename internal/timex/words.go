package timex

import (
	"strconv"
	"strings"
	"time"
)

var monthWords = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// monthAbbrevs are the short forms that may be followed by a period that
// belongs to the expression.
var monthAbbrevs = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sept": true, "sep": true, "oct": true, "nov": true, "dec": true}

var weekdayWords = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
	"mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday, "wed": time.Wednesday, "thu": time.Thursday,
	"thur": time.Thursday, "thurs": time.Thursday, "fri": time.Friday, "sat": time.Saturday, "sun": time.Sunday,
}

var weekdayPlurals = map[string]time.Weekday{
	"mondays": time.Monday, "tuesdays": time.Tuesday, "wednesdays": time.Wednesday, "thursdays": time.Thursday,
	"fridays": time.Friday, "saturdays": time.Saturday, "sundays": time.Sunday,
}

var seasonWords = map[string]int{"spring": 0, "summer": 1, "fall": 2, "autumn": 2, "winter": 3}

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "last": -1, "final": -1,
}

var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}

var decadeWords = map[string]int{"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
	"sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}

// unit is a calendar or clock unit named in text.
type unit struct {
	g    gran   // calendar granularity for offsets; gNone for clock units
	code string // ISO 8601 duration designator: "Y", "M", "W", "D", "TH", "TM", "TS", "Q", "DE", "CE", "WE"
}

var unitWords = map[string]unit{
	"year": {gYear, "Y"}, "years": {gYear, "Y"}, "yr": {gYear, "Y"}, "yrs": {gYear, "Y"},
	"month": {gMonth, "M"}, "months": {gMonth, "M"},
	"week": {gWeek, "W"}, "weeks": {gWeek, "W"}, "wk": {gWeek, "W"},
	"day": {gDay, "D"}, "days": {gDay, "D"},
	"hour": {gNone, "TH"}, "hours": {gNone, "TH"}, "hr": {gNone, "TH"}, "hrs": {gNone, "TH"},
	"minute": {gNone, "TM"}, "minutes": {gNone, "TM"}, "min": {gNone, "TM"}, "mins": {gNone, "TM"},
	"second": {gNone, "TS"}, "seconds": {gNone, "TS"},
	"decade": {gDecade, "DE"}, "decades": {gDecade, "DE"},
	"century": {gCentury, "CE"}, "centuries": {gCentury, "CE"},
	"quarter": {gQuarter, "Q"}, "quarters": {gQuarter, "Q"},
	"weekend": {gWeekend, "WE"}, "weekends": {gWeekend, "WE"},
	"fortnight": {gWeek, "2W"}, "night": {gDay, "N"}, "nights": {gDay, "N"},
	"millennium": {gNone, "ML"},
}

func isPluralUnit(w string) bool {
	return strings.HasSuffix(w, "s") && w != "hrs" && w != "yrs" && w != "mins"
}

// partOfDay maps words to TIMEX3 time-of-day codes.
var partOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
	"midday": "MI", "noon": "12:00", "midnight": "24:00", "dawn": "MO", "dusk": "EV",
}

var holidays = map[string][2]int{
	"christmas": {12, 25}, "halloween": {10, 31}, "valentine": {2, 14},
}

// notYearAfter lists words that, right after a four-digit number, show it
// counts things rather than naming a year.
var notYearAfter = map[string]bool{
	"troops": true, "soldiers": true, "people": true, "men": true, "women": true, "children": true,
	"shares": true, "tons": true, "tonnes": true, "dollars": true, "pounds": true, "euros": true, "feet": true,
	"meters": true, "metres": true, "miles": true, "kilometers": true, "kilometres": true, "km": true,
	"points": true, "barrels": true, "cars": true, "units": true, "employees": true, "workers": true,
	"jobs": true, "votes": true, "residents": true, "civilians": true, "fighters": true, "militants": true,
	"refugees": true, "homes": true, "houses": true, "acres": true, "hectares": true, "percent": true,
	"personnel": true, "police": true, "officers": true, "marines": true, "rebels": true, "members": true,
	"hours": true, "hrs": true, "gmt": true, "utc": true, "est": true, "edt": true, "pst": true, "pdt": true,
	"cst": true, "cdt": true, "est.": true, "lbs": true, "kg": true, "mw": true, "students": true, "patients": true,
	"deaths": true, "cases": true, "vehicles": true, "aircraft": true, "planes": true, "tanks": true,
	"prisoners": true, "detainees": true, "delegates": true, "passengers": true, "yards": true,
	"rounds": true, "shells": true, "rockets": true, "missiles": true, "bombs": true, "guns": true,
	"rifles": true, "weapons": true, "dead": true, "killed": true, "wounded": true, "bodies": true,
	"firms": true, "companies": true, "stores": true, "sites": true, "villages": true, "cattle": true,
	// a count of them or a model's number: "Mirage 2000 fighter jets"
	"fighter": true, "jet": true, "jets": true, "helicopter": true, "helicopters": true, "drones": true,
	"ships": true, "boats": true, "trucks": true, "leaflets": true, "copies": true, "tablets": true,
}

// notYearBefore lists words that, right before a number, make it a label.
var notYearBefore = map[string]bool{
	"resolution": true, "no": true, "number": true, "flight": true, "route": true, "base": true,
	"highway": true, "room": true, "page": true, "article": true, "model": true, "code": true, "uss": true,
	"section": true, "chapter": true, "bill": true, "law": true, "hr": true, "interstate": true,
	"unit": true, "brigade": true, "division": true, "battalion": true, "regiment": true, "squadron": true,
	"about": true, "some": true, "nearly": true, "almost": true, "over": true, "than": true,
	"approximately": true, "roughly": true, "around": false, "$": true, "#": true, "€": true, "£": true,
	"dow": true, "index": true, "suite": true, "box": true, "pier": true, "gate": true, "apartment": true,
	"version": true, "windows": false, "at": false,
}

// atoi parses a run of ASCII digits.
func atoi(s string) (int, bool) {
	if !isDigits(s) || len(s) > 9 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// dayNumber reads "5", "05", "5th", "21st" as a day of the month.
func dayNumber(w string) (int, bool) {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		w = strings.TrimSuffix(w, suf)
	}
	n, ok := atoi(w)
	if !ok || n < 1 || n > 31 || len(w) > 2 {
		return 0, false
	}
	return n, true
}
