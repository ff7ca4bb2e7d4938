# EHC Plan Writer — build, run and test (GNU make, Debian/Ubuntu).
#
#   make run     install what the app needs, build it and open it on your own plans
#   make test    install what the tests need, then vet, unit tests, GUI smoke test, Windows build
#
# Go flags: GOFLAGS from your environment is respected (never overridden here);
# extra build flags can be passed with GOBUILDFLAGS="...".

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := build

GO           ?= go
GOBUILDFLAGS ?=
BIN          := bin
DIST         := dist

# FyneApp.toml opts in to the fyneDo migration; `fyne build` turns that into this
# build tag, so the GUI binaries get it too. Tests run without it, so Fyne's
# thread checks stay on there.
FYNE_TAGS    ?= migrated_fynedo

APP_VERSION  := $(shell sed -n 's/^[[:space:]]*Version[[:space:]]*=[[:space:]]*"\(.*\)"/\1/p' FyneApp.toml)
APP_BUILD    := $(shell sed -n 's/^[[:space:]]*Build[[:space:]]*=[[:space:]]*\([0-9]*\).*/\1/p' FyneApp.toml)

# Windows cross-build (cgo, MinGW-w64) and its icon/manifest resource.
WIN_CC       ?= x86_64-w64-mingw32-gcc
GO_WINRES    ?= github.com/tc-hib/go-winres@v0.3.3
WIN_SYSO     := cmd/ehcplan/rsrc_windows_amd64.syso
# -s -w drops the symbol table and DWARF (about 40% of the .exe).
WIN_LDFLAGS  ?= -H windowsgui -s -w

BENCHTIME    ?= 300ms
FUZZTIME     ?= 60s
DEMO_DB      ?= tmp/demo/plans.db

# System packages (Debian names).
RUN_PKGS  := gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev \
             libxinerama-dev libxi-dev libxxf86vm-dev libwayland-dev libxkbcommon-dev
WIN_PKGS  := gcc-mingw-w64-x86-64
# postgresql: the store's suite runs again on a throwaway server (plan/store/pgtest).
TEST_PKGS := $(RUN_PKGS) xvfb xauth libgl1-mesa-dri imagemagick poppler-utils qpdf postgresql $(WIN_PKGS)

.PHONY: all run build test vet unit smoke windows bench fuzz demo clean \
        deps-run deps-test deps-windows help

all: build

help:
	@echo "make run      install missing system packages, build bin/ehcplan and open it"
	@echo "make test     install test packages; go vet, go test, Xvfb smoke test, Windows build"
	@echo "make build    bin/ehcplan (GUI) and bin/ehcplanctl (command line)"
	@echo "make windows  dist/ehcplan.exe and dist/ehcplanctl.exe (cross-compiled with MinGW-w64)"
	@echo "make bench    benchmarks (BENCHTIME=$(BENCHTIME))"
	@echo "make fuzz     fuzz the plan file decoder (FUZZTIME=$(FUZZTIME))"
	@echo "make demo     a store of 200 fictional plans in $(DEMO_DB)"
	@echo "make clean    remove bin/, dist/, shots/ and the demo store"

# --- system packages -------------------------------------------------------

deps-run:
	@scripts/apt-install.sh $(RUN_PKGS)

deps-test:
	@scripts/apt-install.sh $(TEST_PKGS)

deps-windows:
	@scripts/apt-install.sh $(WIN_PKGS)

# --- build and run ---------------------------------------------------------

build: deps-run
	$(GO) build $(GOBUILDFLAGS) -tags "$(FYNE_TAGS)" -o $(BIN)/ehcplan ./cmd/ehcplan
	$(GO) build $(GOBUILDFLAGS) -o $(BIN)/ehcplanctl ./cmd/ehcplanctl

# Opens the GUI on the default store (in your user config directory).
run: deps-run
	$(GO) build $(GOBUILDFLAGS) -tags "$(FYNE_TAGS)" -o $(BIN)/ehcplan ./cmd/ehcplan
	./$(BIN)/ehcplan

# --- tests -----------------------------------------------------------------

test: deps-test
	@echo "==> go vet ./..."
	$(GO) vet ./...
	@echo "==> go test ./... -count=1"
	EHC_REQUIRE_PG=1 $(GO) test ./... -count=1
	@echo "==> smoke test (Xvfb)"
	GO="$(GO)" FYNE_TAGS="$(FYNE_TAGS)" GOBUILDFLAGS="$(GOBUILDFLAGS)" scripts/smoke.sh
	@echo "==> Windows build"
	@$(MAKE) --no-print-directory windows
	@echo "make test: vet, unit tests, smoke test and Windows build all passed"

vet:
	$(GO) vet ./...

unit:
	$(GO) test ./... -count=1

smoke: deps-test
	GO="$(GO)" FYNE_TAGS="$(FYNE_TAGS)" GOBUILDFLAGS="$(GOBUILDFLAGS)" scripts/smoke.sh

# --- Windows ---------------------------------------------------------------

# The .syso (icon, version info, manifest with DPI awareness and common
# controls v6) is generated next to main.go only for the build, then removed.
windows: deps-windows
	@mkdir -p $(DIST)
	@trap 'rm -f $(WIN_SYSO)' EXIT; \
	echo "$(GO) run $(GO_WINRES) simply ... --out cmd/ehcplan/rsrc"; \
	$(GO) run $(GO_WINRES) simply --arch amd64 --manifest gui \
		--icon assets/icon.png \
		--product-name "EHC Plan Writer" --file-description "EHC Plan Writer" \
		--original-filename ehcplan.exe \
		--product-version "$(APP_VERSION).$(APP_BUILD)" --file-version "$(APP_VERSION).$(APP_BUILD)" \
		--out cmd/ehcplan/rsrc; \
	echo "CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=$(WIN_CC) $(GO) build -tags $(FYNE_TAGS) -ldflags \"$(WIN_LDFLAGS)\" -o $(DIST)/ehcplan.exe ./cmd/ehcplan"; \
	CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=$(WIN_CC) \
		$(GO) build $(GOBUILDFLAGS) -tags "$(FYNE_TAGS)" -ldflags "$(WIN_LDFLAGS)" -o $(DIST)/ehcplan.exe ./cmd/ehcplan
	CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=$(WIN_CC) \
		$(GO) build $(GOBUILDFLAGS) -ldflags "-s -w" -o $(DIST)/ehcplanctl.exe ./cmd/ehcplanctl
	@ls -l $(DIST)/ehcplan.exe $(DIST)/ehcplanctl.exe

# --- benchmarks, fuzzing, demo data ----------------------------------------

bench: deps-run
	$(GO) test -run XXX -bench . -benchmem -benchtime $(BENCHTIME) ./plan/... ./render/ ./app/...

fuzz:
	$(GO) test -run XXX -fuzz '^FuzzDecode$$' -fuzztime $(FUZZTIME) ./plan/

# A fresh store of 200 fictional plans; open it with: bin/ehcplan --db $(DEMO_DB)
demo: build
	@mkdir -p $(dir $(DEMO_DB))
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	./$(BIN)/ehcplanctl demo --count 200 --db $(DEMO_DB)
	@echo "demo store: $(DEMO_DB)  (open it with: $(BIN)/ehcplan --db $(DEMO_DB))"

clean:
	rm -rf $(BIN) $(DIST) shots tmp/demo
	rm -f $(WIN_SYSO)
