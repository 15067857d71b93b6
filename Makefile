# Nightcramp: `make run` builds and serves the app; `make test` installs what
# the tests need (when run as root) and runs every check.

ADDR   ?= 127.0.0.1:8000
DIR    ?= out/site
PREFIX ?=
GO     ?= go
GOWASM  = GOOS=js GOARCH=wasm $(GO)
WASMEXEC = $(shell $(GO) env GOROOT)/lib/wasm/go_js_wasm_exec

SOURCES := go.mod go.sum $(shell find app cmd data -type f \( -name '*.go' -o -name '*.json' -o -name '*.js' \) -not -path '*/testdata/*' 2>/dev/null)

# The packages built for the browser (cmd/floor is the measuring floor);
# app/browser once it exists. The native-only tools are not among them.
WASMPKGS = ./data ./app/kb/... ./app/diary/... ./app/ui/... $(if $(wildcard app/browser),./app/browser/...) ./cmd/nightcramp ./cmd/floor

FUZZTIME ?= 30s
LOADCONNS ?= 200
LOADTIME ?= 30s

.PHONY: build run static deploy-configs test deps fmt-check vet lint unit wasm-unit e2e bench bench-kb fuzz load audit screenshots clean

build: bin/nightcramp web/app.wasm.br

bin/nightcramp: $(SOURCES)
	$(GO) build -trimpath -o $@ ./cmd/nightcramp

web/app.wasm: $(SOURCES)
	$(GOWASM) build -trimpath -o $@ ./cmd/nightcramp

# The wasm is served precompressed; the server never compresses it per request.
web/app.wasm.br: web/app.wasm bin/nightcramp
	bin/nightcramp precompress -web web

run: build
	bin/nightcramp -addr $(ADDR) -web web

# Static site for any static host; PREFIX=/repo for a GitHub Pages project.
static: build
	bin/nightcramp static -out $(DIR) -web web $(if $(PREFIX),-prefix $(PREFIX))

# deploy/: the nginx and Caddy configurations, generated from app/server
# (go test ./app/server checks the committed files against the generator).
deploy-configs:
	$(GO) run ./cmd/nightcramp deploy-config nginx > deploy/nginx.conf
	$(GO) run ./cmd/nightcramp deploy-config caddy > deploy/Caddyfile

test: deps fmt-check vet lint unit wasm-unit e2e

deps:
	@.ci/deps

fmt-check:
	@out=$$(gofmt -l $$(git ls-files -co --exclude-standard '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...
	$(GOWASM) vet $(WASMPKGS)
	$(GOWASM) vet -tags core ./cmd/floor

# staticcheck, pinned by the tool line in go.mod. `go tool` would build it
# for GOOS=js too, so the browser pass runs the native binary (`go tool -n`
# builds it and prints its path) with the browser's GOOS.
STATICCHECK = $$($(GO) tool -n staticcheck)
lint:
	$(GO) tool staticcheck ./...
	GOOS=js GOARCH=wasm $(STATICCHECK) $(WASMPKGS)
	GOOS=js GOARCH=wasm $(STATICCHECK) -tags core ./cmd/floor

unit:
	$(GO) test -race -count=1 $$($(GO) list ./... | grep -v /app/e2e)

wasm-unit:
	$(GOWASM) test -count=1 -exec="$(WASMEXEC)" ./app/kb/... ./app/diary/...

e2e:
	$(GO) test -count=1 -timeout 25m ./app/e2e/

# Lighthouse 11 on the home page: PWA and accessibility must both be 100.
# `make e2e` (so `make test`) runs it too, as TestLighthouse.
audit: deps
	$(GO) test -count=1 -v -run '^TestLighthouse$$' ./app/e2e/

# The manifest's screenshots, made from the real app in headless Chromium
# (builds into a temporary directory; writes web/screenshots/*.png).
screenshots:
	$(GO) run ./cmd/screenshots -out web/screenshots -web web

# Speed against the floor (a minimal go-app page), in one run: wasm bytes,
# boot times (with the core, the floor plus the knowledge base, beside them),
# the night boot (a new browser process on an installed profile, server
# stopped: BenchmarkNightBoot), keystroke to paint; then the knowledge-base benchmarks, natively and in
# wasm under Node.
bench: deps bench-kb
	$(GO) test -run '^$$' -bench . -benchtime 1x -count=1 -timeout 30m ./app/e2e/

bench-kb:
	$(GO) test -run '^$$' -bench . -benchmem -count=1 ./app/kb/ ./app/diary/
	$(GOWASM) test -run '^$$' -bench . -count=1 -exec="$(WASMEXEC)" ./app/kb/ ./app/diary/

# Every Fuzz* target of every package (found with go test -list), each for
# FUZZTIME; `make test` replays the committed corpora. The e2e package has
# none, and listing its tests would build the whole app.
fuzz:
	@for pkg in $$($(GO) list ./... | grep -v /app/e2e); do \
		list=$$($(GO) test -list '^Fuzz' $$pkg) || { echo "$$list"; exit 1; }; \
		for target in $$(echo "$$list" | grep '^Fuzz'); do \
			echo "== $$pkg $$target"; \
			$(GO) test -run '^$$' -fuzz "^$$target$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
		done; \
	done

# The real server under load on loopback: LOADCONNS connections for
# LOADTIME, a mix of pages, assets and wasm; it stops by itself, reports
# throughput, p99 latency and the server's memory, and fails on any error.
load: build
	$(GO) build -o bin/loadtest ./cmd/loadtest
	bin/loadtest -server bin/nightcramp -web web -c $(LOADCONNS) -d $(LOADTIME)

clean:
	rm -rf bin out web/app.wasm web/app.wasm.gz web/app.wasm.br
