// Package data holds Nightcramp's knowledge base as JSON files: causes,
// remedies, first-aid steps, red flags, look-alike conditions, muscles, the
// steps of the bedtime stretching routine, sources, vocabularies and fixed
// texts. README.md describes the format for the clinicians who edit it;
// package app/kb loads and validates it.
package data

import "embed"

// FS holds the knowledge-base JSON files at its root. It is embedded so the
// WebAssembly app carries its content and works offline.
//
//go:embed *.json
var FS embed.FS
