package diarypages

import "github.com/nightcramp/nightcramp/app/diary"

// diaryFigures are the diary page's figures for one read of the diary and
// one span of nights. The page is drawn again on every tap (a table
// unfolded, more of the timeline, a check-in): the figures are worked out
// once per read and span, the insights and remedies only when first drawn.
type diaryFigures struct {
	key    figuresKey
	recent diary.Snapshot // the span's entries only: older ones are not read
	nights []diary.NightLog

	in       *diary.Insights
	remedyOf []diary.RemedyStat
	remedied bool
}

// figuresKey says which read and which nights figures belong to.
type figuresKey struct {
	read        int
	first, last diary.Day
}

// figures returns the figures of the diary as last read, over the
// charts' nights, working them out when either changed.
func (p *diaryPage) figures() *diaryFigures {
	key := figuresKey{read: p.read, first: p.first(), last: p.last}
	if p.fig == nil || p.fig.key != key {
		recent := windowed(p.snap, key.first, key.last)
		p.fig = &diaryFigures{key: key, recent: recent,
			nights: diary.Nights(recent.Entries, p.snap.CheckIns, key.first, key.last)}
	}
	return p.fig
}

// insights are the comparisons over the span, worked out on first use.
func (f *diaryFigures) insights() diary.Insights {
	if f.in == nil {
		in := diary.Insight(f.recent, f.key.first, f.key.last)
		f.in = &in
	}
	return *f.in
}

// remedies are what was tried over the span, worked out on first use.
func (f *diaryFigures) remedies() []diary.RemedyStat {
	if !f.remedied {
		f.remedyOf, f.remedied = diary.RemedyStats(f.recent.Entries, f.key.first, f.key.last), true
	}
	return f.remedyOf
}
