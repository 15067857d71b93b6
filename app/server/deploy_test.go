package server

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The configurations in deploy/ are what the generator writes today: the
// header values have one source, headers.go.
func TestShippedDeployConfigsAreGenerated(t *testing.T) {
	for name, file := range DeployFiles {
		want, err := DeployConfig(name)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join("..", "..", "deploy", file))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("deploy/%s differs from `nightcramp deploy-config %s`: run `make deploy-configs`", file, name)
		}
		for _, kv := range SecurityHeaders {
			if strings.ContainsAny(kv[1], "\"\\") {
				t.Errorf("%s's value would need quoting in deploy/%s", kv[0], file)
			}
			if !strings.Contains(want, kv[0]+` "`+kv[1]+`"`) {
				t.Errorf("deploy/%s lacks %s: %s", file, kv[0], kv[1])
			}
		}
		for _, part := range []string{"application/wasm", "no-cache", "404.html", "index.html"} {
			if !strings.Contains(want, part) {
				t.Errorf("deploy/%s lacks %q", file, part)
			}
		}
	}
	if _, err := DeployConfig("apache"); err == nil {
		t.Error("an unknown server got a configuration")
	}
}
