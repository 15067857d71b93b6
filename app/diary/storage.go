package diary

import (
	"errors"
	"maps"
	"slices"
	"sync"
)

// Storage is the small key-value store the diary lives in: localStorage in
// the browser (storage_js.go), MemStorage in tests. Each Set must be atomic
// for its key: the old value or the new, never a mix.
type Storage interface {
	// Get returns the value of key and whether it exists.
	Get(key string) (value string, ok bool, err error)
	// Set stores value under key. On failure nothing changes; a full
	// store returns an error wrapping ErrQuota.
	Set(key, value string) error
	// Remove deletes key; removing a missing key is not an error.
	Remove(key string) error
	// Keys lists every key, in no particular order.
	Keys() ([]string, error)
}

// AllGetter is a Storage that can read every key and value at once, which
// Open prefers: in the browser one call replaces thousands.
type AllGetter interface {
	GetAll() (map[string]string, error)
}

// ErrQuota is wrapped by Storage.Set when the device refuses more data.
var ErrQuota = errors.New("the phone's storage for this app is full")

// ErrReadOnly is returned by every write when the stored diary comes from a
// newer version of the app: writing could destroy what that version saved.
var ErrReadOnly = errors.New("this diary was saved by a newer version of Nightcramp, so it is read-only here")

// MemStorage is an in-memory Storage for tests. QuotaBytes, when above zero,
// caps the sum of key and value lengths, as browsers do; FailSet, when set,
// makes Set fail for the keys it returns true for.
type MemStorage struct {
	mu         sync.Mutex
	m          map[string]string
	QuotaBytes int
	FailSet    func(key string) bool
}

// NewMemStorage returns an empty MemStorage.
func NewMemStorage() *MemStorage { return &MemStorage{m: map[string]string{}} }

// Get implements Storage.
func (s *MemStorage) Get(key string) (string, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[key]
	return v, ok, nil
}

// Set implements Storage.
func (s *MemStorage) Set(key, value string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.FailSet != nil && s.FailSet(key) {
		return errors.New("storage failed (test)")
	}
	if s.QuotaBytes > 0 {
		used := len(key) + len(value)
		for k, v := range s.m {
			if k != key {
				used += len(k) + len(v)
			}
		}
		if used > s.QuotaBytes {
			return ErrQuota
		}
	}
	s.m[key] = value
	return nil
}

// Remove implements Storage.
func (s *MemStorage) Remove(key string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m, key)
	return nil
}

// Keys implements Storage.
func (s *MemStorage) Keys() ([]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Collect(maps.Keys(s.m)), nil
}

// GetAll implements AllGetter; the map is a copy.
func (s *MemStorage) GetAll() (map[string]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return maps.Clone(s.m), nil
}
