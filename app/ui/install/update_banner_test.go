package install

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/diary"
	"github.com/nightcramp/nightcramp/app/ui/site"
	"github.com/nightcramp/nightcramp/app/ui/uitest"
)

// buttonIDs lists the ids of the banner's buttons, in order.
func buttonIDs(doc *uitest.Node) string {
	var ids []string
	for _, b := range doc.Tagged("button") {
		ids = append(ids, b.Attrs["id"])
	}
	return strings.Join(ids, ",")
}

func TestUpdateBannerIsSilentUntilAnUpdateIsReady(t *testing.T) {
	u := Banner(uitest.Site(t, diary.NewMemStorage())).(*updateBanner)
	region := uitest.Render(t, u).MustID(t, "update-banner")
	if region.Attrs["role"] != "status" || region.Text() != "" || len(region.Elements()) != 0 {
		t.Errorf("with no update the banner is %v saying %q", region.Attrs, region.Text())
	}
	ctx := uitest.Context(t)
	u.OnAppUpdate(ctx) // go-app reports nothing natively: nothing to offer
	if u.ready {
		t.Error("the banner offers an update nobody reported")
	}
}

func TestUpdateBannerStartsThePagesBackgroundWorkOnce(t *testing.T) {
	s := uitest.Site(t, diary.NewMemStorage())
	u := Banner(s).(*updateBanner)
	u.OnMount(uitest.Context(t))
	for name, once := range map[string]func(func()){"update checks": s.Background.UpdateChecks.Do, "idle work": s.Background.IdleWork.Do} {
		again := false
		once(func() { again = true })
		if again {
			t.Errorf("mounting the banner did not start the %s", name)
		}
	}
	// A second banner (the next screen) starts nothing more, and says
	// nothing either.
	u2 := Banner(s).(*updateBanner)
	u2.OnMount(uitest.Context(t))
	if u2.ready {
		t.Error("the next screen's banner offers an update nobody reported")
	}
}

func TestReloadAsksFirstWhileSomethingIsUnderWay(t *testing.T) {
	for _, c := range []struct {
		busy []string
		loss string // a word the question must say
	}{
		{nil, ""},
		{[]string{"timer"}, "timer"},
		{[]string{"diary"}, "diary entry"},
		{[]string{"timer", "diary"}, "anything not saved"},
		{[]string{"import"}, "anything not saved"},
	} {
		ctx := uitest.Context(t)
		for _, what := range c.busy {
			site.SetBusy(ctx, what, true)
		}
		u := &updateBanner{site: uitest.Site(t, diary.NewMemStorage()), ready: true}
		doc := uitest.Render(t, u)
		if buttonIDs(doc) != "update-reload" || !strings.Contains(doc.Text(), "new version is ready") {
			t.Fatalf("ready banner: buttons %q, says %q", buttonIDs(doc), doc.Text())
		}
		u.reload(ctx, app.Event{})
		if u.asking != (c.busy != nil) {
			t.Fatalf("busy with %v: asking %v", c.busy, u.asking)
		}
		if c.busy == nil {
			continue // outside a browser ctx.Reload does nothing
		}
		doc = uitest.Render(t, u)
		if got := buttonIDs(doc); got != "update-later,update-reload-anyway" {
			t.Errorf("busy with %v: buttons %q", c.busy, got)
		}
		question := doc.MustID(t, "update-busy").Text()
		if question != busyLoss(ctx)+" Reload when you are done." || !strings.Contains(question, c.loss) {
			t.Errorf("busy with %v the banner asks %q, want it to name %q", c.busy, question, c.loss)
		}
		u.later(ctx, app.Event{})
		if got := buttonIDs(uitest.Render(t, u)); got != "update-reload" {
			t.Errorf("after Not now: buttons %q, want the plain banner", got)
		}
		u.reloadNow(ctx, app.Event{}) // outside a browser: no reload, no crash
	}
}

func TestBusyLossNamesWhatWouldBeLost(t *testing.T) {
	ctx := uitest.Context(t)
	general := busyLoss(ctx)
	site.SetBusy(ctx, "timer", true)
	timer := busyLoss(ctx)
	site.SetBusy(ctx, "timer", false)
	site.SetBusy(ctx, "diary", true)
	diaryLoss := busyLoss(ctx)
	if timer == general || diaryLoss == general || timer == diaryLoss {
		t.Errorf("the losses are not told apart: %q, %q, %q", general, timer, diaryLoss)
	}
	if !strings.Contains(timer, "timer") || !strings.Contains(diaryLoss, "not saved") {
		t.Errorf("timer loss %q, diary loss %q", timer, diaryLoss)
	}
}
