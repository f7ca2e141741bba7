package geoparse

import "testing"

// TestModelBeforeVehicleNoun (round 23): after a carmaker's name, a name
// followed by a vehicle's noun or by "driven" is the model, whatever stands
// before the maker; a state's name before a plant's word stays a place.
func TestModelBeforeVehicleNoun(t *testing.T) {
	checkNews(t, []newsCase{
		{name: "model year after a compound adjective", text: "The deputy was sitting in his county-owned 2020 Dodge Durango SUV near Cortez, Colorado, when a truck hit it.",
			absent: []string{"Durango"}, toponym: "Cortez", country: "US", admin1: "CO"},
		{name: "driven by", text: "The sheriff's office said its Dodge Durango driven by a reserve deputy slid off the road near Ames, Iowa.",
			absent: []string{"Durango"}, toponym: "Ames", country: "US", admin1: "IA"},
		{name: "county's namesake model", text: "Troopers said the Jeep Cherokee SUV crossed the center line near Ames, Iowa, on Sunday.",
			absent: []string{"Cherokee"}, toponym: "Ames", country: "US", admin1: "IA"},
		{name: "state's namesake model", text: "Police said the Chevrolet Colorado pickup had been stolen from a lot in Ames, Iowa.",
			absent: []string{"Colorado"}, toponym: "Ames", country: "US", admin1: "IA"},
		{name: "maker's branch", text: "A Honda Ohio plant spokesman said the line in Marysville would restart on Monday.",
			toponym: "Ohio", country: "US", admin1: "OH"},
		{name: "town after no maker", text: "Deputies in Durango said the pickup was found on a ranch road in La Plata County, Colorado.",
			toponym: "Durango", country: "US", admin1: "CO"},
	})
}
