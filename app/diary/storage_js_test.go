//go:build js

package diary

import (
	"errors"
	"maps"
	"syscall/js"
	"testing"
	"time"
)

// fakeStorageJS mimics the browser's Storage under Node (which has none):
// items are the object's own properties, methods live on the prototype, and
// setItem throws a QuotaExceededError past a byte budget, as browsers do.
const fakeStorageJS = `
function FakeStorage(quota) { Object.defineProperty(this, "_quota", {value: quota, enumerable: false}); }
FakeStorage.prototype.getItem = function (k) { return Object.prototype.hasOwnProperty.call(this, k) ? this[k] : null; };
FakeStorage.prototype.setItem = function (k, v) {
  var used = String(k).length + String(v).length;
  for (var key of Object.keys(this)) if (key !== k) used += key.length + this[key].length;
  if (used > this._quota) { var e = new Error("quota"); e.name = "QuotaExceededError"; throw e; }
  this[k] = String(v);
};
FakeStorage.prototype.removeItem = function (k) { delete this[k]; };
return new FakeStorage(quota);`

func installFakeStorage(t *testing.T, quota int) js.Value {
	t.Helper()
	ls := js.Global().Get("Function").New("quota", fakeStorageJS).Invoke(quota)
	js.Global().Set("localStorage", ls)
	t.Cleanup(func() { js.Global().Delete("localStorage") })
	return ls
}

func TestLocalStorageAdapter(t *testing.T) {
	installFakeStorage(t, 1<<20)
	ls, err := NewLocalStorage()
	if err != nil {
		t.Fatal(err)
	}
	ls.Set(ThemeKey, "light")
	st, problems := Open(ls)
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	e := entryAt(time.Date(2026, 3, 3, 3, 0, 0, 0, cet), 6)
	e.Note = `"quotes" \ and </script> and ünïcode ✓`
	saved, err := st.SaveEntry(e)
	if err != nil {
		t.Fatal(err)
	}
	all, err := ls.GetAll()
	if err != nil || all[ThemeKey] != "light" || all[MetaKey] != encode(meta{Schema: SchemaVersion}) || len(all) != 3 {
		t.Fatalf("GetAll %v, %v", all, err)
	}
	keys, _ := ls.Keys()
	if len(keys) != 3 {
		t.Fatalf("keys %v", keys)
	}
	if v, ok, err := ls.Get(EntryKey(saved.ID)); !ok || err != nil || v != all[EntryKey(saved.ID)] {
		t.Fatalf("Get %q %v %v", v, ok, err)
	}
	if _, ok, _ := ls.Get("missing"); ok {
		t.Fatal("missing key found")
	}
	re, _ := Open(ls)
	if got, _ := re.Entry(saved.ID); encode(got) != encode(saved) {
		t.Fatalf("read back %s, want %s", encode(got), encode(saved))
	}
	if err := re.DeleteEntry(saved.ID); err != nil {
		t.Fatal(err)
	}
	if all, _ := ls.GetAll(); len(all) != 2 {
		t.Fatalf("after delete %v", all)
	}
}

func TestLocalStorageQuota(t *testing.T) {
	installFakeStorage(t, 2000)
	ls, _ := NewLocalStorage()
	st, _ := Open(ls)
	first, err := st.SaveEntry(entryAt(base, 1))
	if err != nil {
		t.Fatal(err)
	}
	before, _ := ls.GetAll()
	big := entryAt(base, 2)
	big.Note = string(make([]rune, MaxNoteRunes))
	if _, err := st.SaveEntry(big); !errors.Is(err, ErrQuota) {
		t.Fatalf("got %v, want ErrQuota", err)
	}
	after, _ := ls.GetAll()
	if !maps.Equal(before, after) || len(st.Entries()) != 1 || st.Entries()[0].ID != first.ID {
		t.Fatal("a refused save changed something")
	}
}

func TestNoLocalStorage(t *testing.T) {
	js.Global().Delete("localStorage")
	if _, err := NewLocalStorage(); err == nil {
		t.Fatal("no error without localStorage")
	}
	thrower := js.Global().Get("Function").New(`return {getItem() { throw new Error("denied") }}`).Invoke()
	js.Global().Set("localStorage", thrower)
	defer js.Global().Delete("localStorage")
	ls, _ := NewLocalStorage()
	if _, _, err := ls.Get("x"); err == nil {
		t.Fatal("a throwing getItem gave no error")
	}
}

func TestRequestPersist(t *testing.T) {
	nav := js.Global().Get("navigator")
	if nav.IsUndefined() {
		nav = js.Global().Get("Object").New()
		js.Global().Set("navigator", nav)
	}
	old := nav.Get("storage")
	defer nav.Set("storage", old)
	for _, granted := range []bool{true, false} {
		nav.Set("storage", js.Global().Get("Function").New("g",
			`return {persist() { return Promise.resolve(g) }, persisted() { return Promise.resolve(!g) }}`).Invoke(granted))
		got := make(chan bool, 2)
		RequestPersist(func(ok bool, err error) {
			if err != nil {
				t.Error(err)
			}
			got <- ok
		})
		Persisted(func(ok bool, err error) { got <- !ok })
		if a, b := <-got, <-got; a != granted || b != granted {
			t.Fatalf("granted %v: got %v %v", granted, a, b)
		}
	}
	nav.Set("storage", js.Global().Get("Function").New(`return {persist() { return Promise.reject(new Error("no")) }}`).Invoke())
	errs := make(chan error, 1)
	RequestPersist(func(ok bool, err error) { errs <- err })
	if err := <-errs; err == nil {
		t.Fatal("a refused promise gave no error")
	}
	nav.Set("storage", js.Undefined())
	RequestPersist(func(ok bool, err error) { errs <- err })
	if err := <-errs; err == nil {
		t.Fatal("a missing API gave no error")
	}
}

// TestGetAllWithSeparatorInside: a value holding the NUL that joins the
// fast read falls back to the slow one and still reads right.
func TestGetAllWithSeparatorInside(t *testing.T) {
	installFakeStorage(t, 1<<20)
	ls, _ := NewLocalStorage()
	want := map[string]string{"a": "x\x00y", "b\x00": "z", MetaKey: `{"schema":2}`, "": "empty key"}
	for k, v := range want {
		if err := ls.Set(k, v); err != nil {
			t.Fatal(err)
		}
	}
	got, err := ls.GetAll()
	if err != nil || !maps.Equal(got, want) {
		t.Fatalf("got %q, %v", got, err)
	}
	ls.Remove("a")
	ls.Remove("b\x00")
	delete(want, "a")
	delete(want, "b\x00")
	if got, _ := ls.GetAll(); !maps.Equal(got, want) {
		t.Fatalf("fast path got %q", got)
	}
}
