package server

import (
	"encoding/json"
	"regexp"
	"strings"

	"github.com/sitrep-project/sitrep/internal/query"
)

var pathParam = regexp.MustCompile(`\{(\w+)\}`)

// openAPI builds the OpenAPI 3.1 document from the route table, so that
// what is documented is what is served.
func (s *Server) openAPI() []byte {
	paths := map[string]map[string]any{}
	for _, rt := range s.routes() {
		var params []map[string]any
		for _, m := range pathParam.FindAllStringSubmatch(rt.pattern, -1) {
			params = append(params, map[string]any{"name": m[1], "in": "path", "required": true, "schema": map[string]any{"type": "string"}})
		}
		add := func(p query.Param) {
			schema := map[string]any{"type": p.Type}
			if p.Example != "" {
				schema["examples"] = []string{p.Example}
			}
			params = append(params, map[string]any{"name": p.Name, "in": "query", "description": p.Doc, "schema": schema})
		}
		if rt.filters {
			for _, p := range query.FilterParams {
				add(p)
			}
		}
		for _, p := range rt.params {
			add(p)
		}
		content := map[string]any{"application/json": map[string]any{}}
		if rt.formats {
			content["text/csv"] = map[string]any{}
			content["application/geo+json"] = map[string]any{}
		}
		op := map[string]any{
			"summary":     rt.summary,
			"operationId": rt.method + " " + rt.pattern,
			"responses": map[string]any{
				"200": map[string]any{"description": "OK", "content": content},
				"4XX": map[string]any{"description": "a bad request; the body names the parameter",
					"content": map[string]any{"application/json": map[string]any{"schema": map[string]any{"$ref": "#/components/schemas/Error"}}}},
			},
		}
		if params != nil {
			op["parameters"] = params
		}
		if rt.auth {
			op["security"] = []map[string][]string{{"bearer": {}}}
			op["requestBody"] = map[string]any{"required": true, "content": map[string]any{"application/octet-stream": map[string]any{}}}
		}
		if paths[rt.pattern] == nil {
			paths[rt.pattern] = map[string]any{}
		}
		paths[rt.pattern][strings.ToLower(rt.method)] = op
	}
	doc := map[string]any{
		"openapi": "3.1.0",
		"info": map[string]any{
			"title":       "sitrep",
			"version":     "1",
			"description": "Conflict events from narratives and from ACLED, UCDP and GDELT. Lists page with next_cursor; every filter combines with AND; list-valued filters take several values separated by |.",
		},
		"paths": paths,
		"components": map[string]any{
			"securitySchemes": map[string]any{"bearer": map[string]any{"type": "http", "scheme": "bearer"}},
			"schemas": map[string]any{"Error": map[string]any{
				"type": "object",
				"properties": map[string]any{"error": map[string]any{"type": "object", "properties": map[string]any{
					"status": map[string]any{"type": "integer"}, "message": map[string]any{"type": "string"},
					"param": map[string]any{"type": "string"}, "value": map[string]any{"type": "string"},
				}}},
			}},
		},
	}
	b, _ := json.MarshalIndent(doc, "", "  ")
	return b
}
