//go:build js

package diary

import (
	"errors"
	"fmt"
	"strings"
	"syscall/js"
)

// LocalStorage is the browser's localStorage as a Storage. It is the only
// code of the package that touches the browser.
type LocalStorage struct {
	ls js.Value
}

// NewLocalStorage returns the page's localStorage, or an error when the
// browser has none or refuses it (private modes, storage disabled).
func NewLocalStorage() (s *LocalStorage, err error) {
	defer catch(&err)
	ls := js.Global().Get("localStorage")
	if ls.IsUndefined() || ls.IsNull() {
		return nil, errors.New("this browser keeps no local storage")
	}
	return &LocalStorage{ls: ls}, nil
}

// catch turns a JavaScript exception (a panic of js.Error) into an error,
// and a QuotaExceededError into one wrapping ErrQuota.
func catch(err *error) {
	r := recover()
	if r == nil {
		return
	}
	jsErr, ok := r.(js.Error)
	if !ok {
		panic(r)
	}
	name := jsErr.Value.Get("name")
	if name.Type() == js.TypeString && (name.String() == "QuotaExceededError" || name.String() == "NS_ERROR_DOM_QUOTA_REACHED") {
		*err = ErrQuota
		return
	}
	*err = fmt.Errorf("the browser refused: %s", jsErr.Error())
}

// Get implements Storage.
func (s *LocalStorage) Get(key string) (v string, ok bool, err error) {
	defer catch(&err)
	r := s.ls.Call("getItem", key)
	if r.IsNull() {
		return "", false, nil
	}
	return r.String(), true, nil
}

// Set implements Storage. localStorage writes each item whole, so a Set is
// atomic; a full store throws and keeps the old value.
func (s *LocalStorage) Set(key, value string) (err error) {
	defer catch(&err)
	s.ls.Call("setItem", key, value)
	return nil
}

// Remove implements Storage.
func (s *LocalStorage) Remove(key string) (err error) {
	defer catch(&err)
	s.ls.Call("removeItem", key)
	return nil
}

// Keys implements Storage.
func (s *LocalStorage) Keys() (keys []string, err error) {
	defer catch(&err)
	arr := js.Global().Get("Object").Call("keys", s.ls)
	keys = make([]string, arr.Length())
	for i := range keys {
		keys[i] = arr.Index(i).String()
	}
	return keys, nil
}

// GetAll implements AllGetter: three calls into the browser for the whole
// diary instead of one per key, which is what keeps opening 2,000 entries
// fast. Keys and values come joined by NUL, which stored JSON never holds
// unescaped; if some value does hold one, the counts disagree and it reads
// JSON.stringify(localStorage) instead.
func (s *LocalStorage) GetAll() (all map[string]string, err error) {
	defer catch(&err)
	object := js.Global().Get("Object")
	keyList := object.Call("keys", s.ls)
	n := keyList.Length()
	all = make(map[string]string, n)
	if n == 0 {
		return all, nil
	}
	const sep = "\x00"
	keys := strings.Split(keyList.Call("join", sep).String(), sep)
	values := strings.Split(object.Call("values", s.ls).Call("join", sep).String(), sep)
	if len(keys) == n && len(values) == n {
		for i, k := range keys {
			all[k] = values[i]
		}
		return all, nil
	}
	text := js.Global().Get("JSON").Call("stringify", s.ls).String()
	if all, err = parseStringMap(text); err != nil {
		return nil, fmt.Errorf("reading local storage: %w", err)
	}
	return all, nil
}

// RequestPersist asks the browser to keep the site's storage under storage
// pressure (navigator.storage.persist) and calls done with the answer. done
// runs on the browser's event loop: send the result to the UI from there.
// Browsers without the API answer false with an error.
func RequestPersist(done func(granted bool, err error)) {
	storageManager(func(m js.Value) js.Value { return m.Call("persist") }, done)
}

// Persisted reports through done whether storage is already persistent
// (navigator.storage.persisted), without asking the person.
func Persisted(done func(granted bool, err error)) {
	storageManager(func(m js.Value) js.Value { return m.Call("persisted") }, done)
}

func storageManager(call func(js.Value) js.Value, done func(bool, error)) {
	m := js.Global().Get("navigator").Get("storage")
	if m.IsUndefined() || m.Get("persist").IsUndefined() {
		done(false, errors.New("this browser cannot be asked to keep storage"))
		return
	}
	var ok, fail js.Func
	release := func() { ok.Release(); fail.Release() }
	ok = js.FuncOf(func(_ js.Value, args []js.Value) any {
		release()
		done(len(args) > 0 && args[0].Truthy(), nil)
		return nil
	})
	fail = js.FuncOf(func(_ js.Value, args []js.Value) any {
		release()
		msg := "the browser refused"
		if len(args) > 0 {
			msg += ": " + args[0].Call("toString").String()
		}
		done(false, errors.New(msg))
		return nil
	})
	call(m).Call("then", ok, fail)
}
