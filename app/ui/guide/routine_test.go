package guide

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/kb"
	"github.com/nightcramp/nightcramp/app/ui/site"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

func TestTheEngineDrawsEveryPlaceOfBothGuides(t *testing.T) {
	k := testKB(t)
	for _, g := range []struct {
		path  string
		title string
		steps []*kb.Entry
	}{{site.CrampNowPath, "Cramp now", k.FirstAid()}, {site.BedtimePath, "Bedtime stretches", k.Routine()}} {
		n := len(g.steps)
		if n < 2 {
			t.Fatalf("%s has %d steps", g.path, n)
		}
		for place := 0; place <= n+1; place++ {
			t.Run(g.path+placeQuery(place, n), func(t *testing.T) {
				p := newPage(t, g.path+placeQuery(place, n))
				if p.place != place || len(p.steps) != n || p.def().path != g.path {
					t.Fatalf("read place %d of %d steps at %s", p.place, len(p.steps), p.def().path)
				}
				doc := uitest.Render(t, p)
				if got := doc.MustOnlyID(t, "guide").Attrs["data-guide"]; got != strings.TrimPrefix(g.path, "/") {
					t.Errorf("data-guide %q", got)
				}
				progress := doc.MustOnlyID(t, "guide-progress").Text()
				next := doc.OnlyID(t, "guide-next")
				switch {
				case place == 0:
					doc.MustOnlyID(t, "guide-start")
					if progress != g.title || doc.Tagged("h1")[0].Text() != g.title {
						t.Errorf("start: progress %q, heading %q; want %q", progress, doc.Tagged("h1")[0].Text(), g.title)
					}
				case place > n:
					doc.MustOnlyID(t, "guide-end")
					if progress != "Finished" || next != nil {
						t.Errorf("end: progress %q, next %v", progress, next)
					}
				default:
					s := g.steps[place-1]
					if want := fmt.Sprintf("Step %d of %d", place, n); progress != want {
						t.Errorf("progress %q, want %q", progress, want)
					}
					if doc.MustOnlyID(t, "guide-sentence").Text() != s.Title || doc.MustOnlyID(t, "guide-step").Attrs["data-id"] != s.ID {
						t.Errorf("step %d shows %q", place, doc.MustOnlyID(t, "guide-sentence").Text())
					}
					figs := doc.Find(func(m *uitest.Node) bool { return m.Attrs["data-drawing"] == s.Drawing })
					if len(figs) != 1 || len(figs[0].Tagged("path")) == 0 {
						t.Errorf("step %s lacks its drawing %q", s.ID, s.Drawing)
					}
				}
				if next != nil && next.Attrs["href"] != g.path+placeQuery(place+1, n) {
					t.Errorf("next leads to %q, want the same guide", next.Attrs["href"])
				}
				// The voice switch is on every screen, off until chosen.
				sw := doc.MustOnlyID(t, "guide-voice-switch")
				if sw.Attrs["role"] != "switch" || sw.Attrs["aria-checked"] != "false" || sw.Text() != "Read steps aloud" {
					t.Errorf("voice switch %v %q", sw.Attrs, sw.Text())
				}
			})
		}
	}
}

func TestTheRoutineStartSaysWhatItIsAndItsEvidence(t *testing.T) {
	k := testKB(t)
	steps := k.Routine()
	doc := uitest.Render(t, newPage(t, site.BedtimePath))
	total := 0
	for _, s := range steps {
		total += s.HoldSeconds * s.Repeats * map[bool]int{false: 1, true: 2}[s.EachLeg]
	}
	minutes := (total + 59) / 60
	if intro := doc.MustOnlyID(t, "guide-intro").Text(); !strings.Contains(intro, fmt.Sprintf("about %d minutes", minutes)) {
		t.Errorf("intro %q does not say about %d minutes", intro, minutes)
	}
	remedy, ok := k.Entry("stretch-before-bed")
	if !ok {
		t.Fatal("no stretch-before-bed remedy")
	}
	ev := doc.MustOnlyID(t, "guide-evidence")
	links := ev.Tagged("a")
	if !strings.Contains(ev.Text(), remedy.Summary) || len(links) != 1 || links[0].Attrs["href"] != site.EntryPath(remedy.ID) {
		t.Errorf("evidence %q with links %v, want the remedy's summary and a link to it", ev.Text(), links)
	}
	// No warning signs at the start of a bedtime routine: that is first aid.
	if doc.OnlyID(t, "guide-start-flags") != nil {
		t.Error("the routine's start lists the warning signs")
	}
}

func TestHoldsGoByRepeatAndLeg(t *testing.T) {
	k := testKB(t)
	for _, s := range k.Routine() {
		var want []string
		legs := []string{""}
		if s.EachLeg {
			legs = []string{"Left leg", "Right leg"}
		}
		for _, leg := range legs {
			for n := 1; n <= s.Repeats; n++ {
				label := leg
				if s.Repeats > 1 {
					label = strings.TrimPrefix(leg+", "+strconv.Itoa(n)+" of "+strconv.Itoa(s.Repeats), ", ")
				}
				want = append(want, label)
			}
		}
		var got []string
		hs := holdsOf(s)
		for i, h := range hs {
			got = append(got, h.label())
			if h.last != (i == len(hs)-1) {
				t.Errorf("%s: hold %d last=%v", s.ID, i, h.last)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s holds %q, want %q", s.ID, got, want)
		}
		if len(hs)*s.HoldSeconds != s.TotalSeconds() {
			t.Errorf("%s: %d holds of %d s, but TotalSeconds is %d", s.ID, len(hs), s.HoldSeconds, s.TotalSeconds())
		}
	}
	for _, s := range k.FirstAid() {
		hs := holdsOf(s)
		if s.HoldSeconds > 0 && (len(hs) != 1 || hs[0].label() != "") || s.HoldSeconds == 0 && hs != nil {
			t.Errorf("first-aid step %s has holds %+v, want one unnamed hold if held", s.ID, hs)
		}
	}
}

// Rendering a mounted page would dismount it (and stop its timer), so the
// mounted tests draw the timer alone.

// routineStep is the place of the first routine step held on each leg
// more than once.
func routineStep(t *testing.T, k *kb.KB) (int, *kb.Entry) {
	t.Helper()
	for i, s := range k.Routine() {
		if s.EachLeg && s.Repeats > 1 {
			return i + 1, s
		}
	}
	t.Fatal("no routine step is held more than once on each leg")
	return 0, nil
}

func TestATimedHoldLeadsToTheNextLegByLeg(t *testing.T) {
	k := testKB(t)
	place, s := routineStep(t, k)
	n := len(k.Routine())
	p, clock, m := voicedPage(t, bedtimeAt(place, n), &fakeVoice{})
	defer m.engine.ConsumeAll()
	hs := holdsOf(s)
	for i := range hs {
		if i == 0 {
			p.startTimer(m.ctx, click(nil))
		} else {
			// The done timer's button names the next hold and starts it.
			doc := uitest.Render(t, p.timer.render(noop, noop, p.holdView()))
			if b := doc.MustOnlyID(t, "guide-timer-start").Text(); b != "Next: "+hs[i].label() {
				t.Errorf("hold %d done: button %q, want Next: %s", i, b, hs[i].label())
			}
			p.startTimer(m.ctx, click(nil))
		}
		if p.round != i || p.timer.state() != timerRunning {
			t.Fatalf("hold %d: round %d, timer %s", i, p.round, p.timer.state())
		}
		if got := uitest.Render(t, p.timer.render(noop, noop, p.holdView())).MustOnlyID(t, "guide-hold").Text(); got != hs[i].label() {
			t.Errorf("hold %d shows %q, want %q", i, got, hs[i].label())
		}
		clock.advance(float64(s.HoldSeconds) + 0.1)
		p.tick(p.timer.chain)
		if p.timer.state() != timerDone {
			t.Fatalf("hold %d did not end: %s", i, p.timer.state())
		}
	}
	// After the last hold, the same button times it again, on the last hold.
	if b := uitest.Render(t, p.timer.render(noop, noop, p.holdView())).MustOnlyID(t, "guide-timer-start").Text(); b != "Time it again" {
		t.Errorf("last hold done: button %q", b)
	}
	// A new place starts at the first hold.
	p.move(place + 1)
	p.move(place)
	if p.round != 0 {
		t.Errorf("coming back to the step starts at hold %d", p.round)
	}
}

func TestTheRoutineEndOffersTheDiary(t *testing.T) {
	n := len(testKB(t).Routine())
	doc := uitest.Render(t, newPage(t, bedtimeAt(n+1, n)))
	b := doc.MustOnlyID(t, "guide-record-button")
	if b.Tag != "button" || b.Text() != "Record that I did my stretches tonight" {
		t.Errorf("record button %s %q", b.Tag, b.Text())
	}
	if doc.MustOnlyID(t, "guide-record").Attrs["role"] != "status" {
		t.Error("what became of the record is not announced")
	}
	if a := doc.MustOnlyID(t, "guide-diary"); a.Attrs["href"] != site.DiaryPath {
		t.Errorf("diary link to %q", a.Attrs["href"])
	}
	if doc.OnlyID(t, "guide-helped-yes") != nil {
		t.Error("the routine asks whether it helped, as first aid does")
	}
}

func TestTheRoutineEndRecordsTonightsStretches(t *testing.T) {
	n := len(testKB(t).Routine())
	v := &fakeVoice{settings: map[string]string{voiceSetting: settingOn}}
	p, _, m := voicedPage(t, bedtimeAt(n+1, n), v)
	defer m.engine.ConsumeAll()
	st, err := p.site.Diary.Open()
	if err != nil {
		t.Fatal(err)
	}
	night := p.site.Diary.Tonight()
	// A check-in that already says "no cramps" keeps saying it.
	if _, err := st.CheckIn(night, diary.CheckIn{NoCramps: true}); err != nil {
		t.Fatal(err)
	}
	if p.stretchedTonight() || uitest.Render(t, p.recordView()).OnlyID(t, "guide-record-button") == nil {
		t.Fatal("the end does not offer the record before it is made")
	}
	p.record(m.ctx, click(nil))
	c, ok := st.CheckInOf(night)
	if !ok || !c.Stretched || !c.NoCramps || !p.recorded || p.recordErr != "" {
		t.Errorf("after the record: check-in %+v (%v), recorded %v, error %q", c, ok, p.recorded, p.recordErr)
	}
	if v.last() != "Recorded for tonight." {
		t.Errorf("the record said %q", v.last())
	}
	doc := uitest.Render(t, p.recordView())
	done := doc.MustOnlyID(t, "guide-recorded")
	links := done.Tagged("a")
	if !strings.HasPrefix(done.Text(), "Recorded for tonight.") || len(links) != 1 || links[0].Attrs["href"] != site.DiaryPath {
		t.Errorf("after the record: %q, links %v", done.Text(), links)
	}
	// Coming back to the end tonight shows it recorded.
	q := &guidePage{site: p.site, speech: v.speaker()}
	q.read(uitest.URL(t, bedtimeAt(n+1, n)))
	m2 := mount(t, q)
	defer m2.engine.ConsumeAll()
	if uitest.Render(t, q.recordView()).OnlyID(t, "guide-recorded") == nil {
		t.Error("the end offers the record again after it was made")
	}
}

func TestARecordWithoutADiarySaysSo(t *testing.T) {
	n := len(testKB(t).Routine())
	s := site.NewWith(testKB(t), func() (diary.Storage, error) { return nil, errors.New("no storage") }, nil)
	p := &guidePage{site: s, speech: (&fakeVoice{}).speaker()}
	p.read(uitest.URL(t, bedtimeAt(n+1, n)))
	m := mount(t, p)
	defer m.engine.ConsumeAll()
	p.record(m.ctx, click(nil))
	if p.recorded || p.recordErr != "Not recorded: this browser cannot keep a diary." {
		t.Errorf("recorded %v, error %q", p.recorded, p.recordErr)
	}
	if got := uitest.Render(t, p.recordView()).MustOnlyID(t, "guide-record-error").Text(); got != p.recordErr {
		t.Errorf("the end shows %q", got)
	}
}
