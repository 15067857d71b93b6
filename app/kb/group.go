package kb

import (
	"slices"
)

// GroupKey names a group of search results. The UI owns the words shown
// for each group; the knowledge base only sorts entries into them.
type GroupKey string

// The result groups, in display order.
const (
	// GroupHelpsNow: first-aid steps, and remedies whose "when" holds a
	// value of search.json's helps_now_when (during an attack), that the
	// evidence lets the app advise.
	GroupHelpsNow GroupKey = "helps-now"
	// GroupPrevents: remedies whose "when" holds a value of
	// prevention_when (before bed, daily) that the evidence lets the app
	// advise, and that are not in GroupHelpsNow.
	GroupPrevents GroupKey = "prevents"
	// GroupCauses: causes and risk factors.
	GroupCauses GroupKey = "causes"
	// GroupGetHelp: red flags, the signs that need medical help.
	GroupGetHelp GroupKey = "get-help"
	// GroupLookAlikes: conditions that can be mistaken for cramps.
	GroupLookAlikes GroupKey = "look-alikes"
	// GroupNotAdvised: remedies and first aid the evidence does not let the
	// app advise (unsupported, contradicted, harmful): a search for them
	// must find them, never among what helps.
	GroupNotAdvised GroupKey = "not-advised"
	// GroupOther: everything else (muscles, remedies for other times, such
	// as with a doctor).
	GroupOther GroupKey = "other"
)

// groupKeys lists the groups in display order.
var groupKeys = []GroupKey{GroupHelpsNow, GroupPrevents, GroupCauses, GroupGetHelp, GroupLookAlikes, GroupNotAdvised, GroupOther}

// GroupKeys returns every group key in display order.
func GroupKeys() []GroupKey { return slices.Clone(groupKeys) }

// ResultGroup is one group of a result's entries.
type ResultGroup struct {
	Key     GroupKey // which group
	Entries []*Entry // strongest evidence first, then by relevance
}

// Grouped sorts a result's entries into groups, in display order, leaving
// out empty groups. Each entry is in exactly one group. Within a group,
// entries come by strength of evidence (the grade order), then in the
// result's order (relevance to the search). It is pure: the same result
// always gives the same groups.
func (k *KB) Grouped(r Result) []ResultGroup {
	byKey := make(map[GroupKey][]*Entry, len(groupKeys))
	for _, e := range r.Entries {
		key := k.groupOf(e)
		byKey[key] = append(byKey[key], e)
	}
	var out []ResultGroup
	for _, key := range groupKeys {
		entries := byKey[key]
		if len(entries) == 0 {
			continue
		}
		// Stable: equal grades keep the result's (relevance) order.
		slices.SortStableFunc(entries, func(a, b *Entry) int {
			return slices.Index(grades, a.Grade) - slices.Index(grades, b.Grade)
		})
		out = append(out, ResultGroup{Key: key, Entries: entries})
	}
	return out
}

// groupOf returns the group of an entry.
func (k *KB) groupOf(e *Entry) GroupKey {
	switch e.Type {
	case TypeCause:
		return GroupCauses
	case TypeRedFlag:
		return GroupGetHelp
	case TypeMimic:
		return GroupLookAlikes
	case TypeFirstAid, TypeRemedy, TypeRoutine:
		switch {
		case !e.Grade.IsAdvice():
			return GroupNotAdvised
		case e.Type == TypeFirstAid || hasAny(e.When, k.search.helpsNowWhen):
			return GroupHelpsNow // also when it prevents: now matters most
		case hasAny(e.When, k.search.preventionWhen):
			return GroupPrevents
		}
	}
	return GroupOther
}

// hasAny reports whether values holds any of wanted.
func hasAny(values, wanted []string) bool {
	return slices.ContainsFunc(values, func(v string) bool { return slices.Contains(wanted, v) })
}

// PreventionQuery returns the query for the remedies that may stop cramps
// coming back and that the evidence lets the app advise: remedies, "when"
// any value of search.json's prevention_when, grades that are advice.
func (k *KB) PreventionQuery() Query {
	q := Query{}.With(FacetType, string(TypeRemedy))
	for _, w := range k.search.preventionWhen {
		q = q.With(FacetWhen, w)
	}
	for _, t := range k.terms[VocabGrade] {
		if Grade(t.Value).IsAdvice() {
			q = q.With(FacetGrade, t.Value)
		}
	}
	return q
}

// MedicinesQuery returns the query for the entries about medicines that
// can cause cramps (causes of search.json's medicine_category), for the UI
// to offer when a search names a medicine we do not list.
func (k *KB) MedicinesQuery() Query {
	return Query{}.With(FacetCategory, k.search.medicineCategory)
}
