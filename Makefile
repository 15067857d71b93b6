# Nightcramp: `make run` builds and serves the app; `make test` installs what
# the tests need (when run as root) and runs every check.

ADDR   ?= 127.0.0.1:8000
DIR    ?= out/site
PREFIX ?=
GO     ?= go
GOWASM  = GOOS=js GOARCH=wasm $(GO)
WASMEXEC = $(shell $(GO) env GOROOT)/lib/wasm/go_js_wasm_exec

SOURCES := go.mod go.sum $(shell find app cmd data -type f \( -name '*.go' -o -name '*.json' -o -name '*.js' \) -not -path '*/testdata/*' 2>/dev/null)

FUZZTIME ?= 30s

.PHONY: build run static test deps fmt-check vet unit wasm-unit e2e bench bench-kb fuzz clean

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

test: deps fmt-check vet unit wasm-unit e2e

deps:
	@.ci/deps

fmt-check:
	@out=$$(gofmt -l $$(git ls-files -co --exclude-standard '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...
	$(GOWASM) vet ./app/kb/... ./app/ui/... ./cmd/...

unit:
	$(GO) test -race -count=1 $$($(GO) list ./... | grep -v /app/e2e)

wasm-unit:
	$(GOWASM) test -count=1 -exec="$(WASMEXEC)" ./app/kb/...

e2e:
	$(GO) test -count=1 -timeout 20m ./app/e2e/

# Speed against the floor (a minimal go-app page), in one run: wasm bytes,
# boot times, keystroke to paint; then the knowledge-base benchmarks,
# natively and in wasm under Node.
bench: deps bench-kb
	$(GO) test -run '^$$' -bench . -benchtime 1x -count=1 -timeout 30m ./app/e2e/

bench-kb:
	$(GO) test -run '^$$' -bench . -benchmem -count=1 ./app/kb/
	$(GOWASM) test -run '^$$' -bench . -count=1 -exec="$(WASMEXEC)" ./app/kb/

# Each fuzz target for FUZZTIME; `make test` replays the committed corpora.
fuzz:
	for target in FuzzQuery FuzzParseQuery FuzzLoad; do \
		$(GO) test -run '^$$' -fuzz "^$$target$$" -fuzztime $(FUZZTIME) ./app/kb/ || exit 1; \
	done

clean:
	rm -rf bin out web/app.wasm web/app.wasm.gz web/app.wasm.br
