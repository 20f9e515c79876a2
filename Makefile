# Twoway: `make run` opens the app, `make test` checks everything. Both first install what a
# fresh Debian/Ubuntu machine lacks: system packages (apt), the UI's npm packages, the Rust
# components. Nothing is downloaded from outside the package registries.

SHELL := /bin/bash
.DEFAULT_GOAL := help

export CARGO_TERM_COLOR ?= never
# CI builds once from scratch: incremental artefacts would only cost disk.
ifdef CI
export CARGO_INCREMENTAL := 0
endif

TOOLCHAIN := $(shell sed -n 's/^channel = "\(.*\)"/\1/p' rust-toolchain.toml)

# Build: WebKitGTK and friends, and libcrypto for SQLCipher; the tray icon's library, which the
# app loads when it keeps running without its window. Tests and screenshots: a virtual
# display, WebKit's WebDriver, ImageMagick's `import`, fonts that render every glyph the UI
# uses, Chromium, which draws the programme dashboard (a page opened outside the app), and a
# D-Bus daemon with python-dbusmock's notification service, which receives the reminders;
# Syncthing, two instances of which sync two journals in a network namespace with only loopback
# (`ip` from iproute2 brings that loopback up). The package test: desktop-file-validate, the
# MIME database and xdg-mime with the `mimetype` it asks on a desktop it does not know.
DEBIAN_PACKAGES := build-essential pkg-config libwebkit2gtk-4.1-dev librsvg2-dev libssl-dev \
	libayatana-appindicator3-1 xvfb xauth x11-utils webkit2gtk-driver imagemagick fonts-noto-color-emoji fonts-dejavu-core \
	chromium dbus python3-dbusmock syncthing iproute2 \
	desktop-file-utils shared-mime-info xdg-utils libfile-mimeinfo-perl libglib2.0-bin

# Every end-to-end run gets a display of its own.
XVFB := xvfb-run -a -s "-screen 0 1280x860x24"

# The Tauri CLI from the UI's npm packages (`@tauri-apps/cli`), which builds the Debian package.
TAURI := $(CURDIR)/ui/node_modules/.bin/tauri
VERSION := $(shell sed -n 's/^  "version": "\(.*\)",/\1/p' src-tauri/tauri.conf.json)
DEB_NAME = Twoway_$(VERSION)_$(shell dpkg --print-architecture).deb

.PHONY: help run test deps deps-system deps-rust deps-ui ui fmt fmt-check lint lint-ui sync-metrics \
	test-ui test-rust bindings bench bench-encrypted screenshots launch-metrics package package-test

help:
	@echo "make run          open Twoway on your journal"
	@echo "make test         formatting, lints and every test (end-to-end ones under Xvfb)"
	@echo "make screenshots  PNGs of the main views, light and dark, in target/screenshots"
	@echo "make bench        criterion benchmarks of the journal (numbers in README.md)"
	@echo "make bench-encrypted  the same benchmarks on encrypted journals"
	@echo "make bindings     regenerate ui/src/lib/bindings.ts from the Rust commands"
	@echo "make launch-metrics  launch time and memory of the release app against a bare Tauri window"
	@echo "make sync-metrics  time and bytes of device sync (one edit, a day, the heavy journal)"
	@echo "make package      the Debian package (release build) in target/release/bundle/deb"
	@echo "make package-test build the package from the debug build, install, start and remove it"

## Debian packages, installed only when one is missing.
deps-system:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:" $$missing; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

## The pinned Rust toolchain with rustfmt and clippy.
deps-rust:
	@if command -v rustup >/dev/null; then \
	  rustup toolchain list | grep -q "^$(TOOLCHAIN)" || \
	    rustup toolchain install "$(TOOLCHAIN)" --profile minimal -c rustfmt -c clippy; \
	  rustup component list --toolchain "$(TOOLCHAIN)" --installed | grep -q '^clippy' || \
	    rustup component add --toolchain "$(TOOLCHAIN)" clippy rustfmt; \
	else \
	  command -v cargo >/dev/null || { echo "Rust is missing: install rustup (https://rustup.rs)"; exit 1; }; \
	fi

## The UI's npm packages, exactly as locked, when missing or out of date.
deps-ui: ui/node_modules/.package-lock.json

ui/node_modules/.package-lock.json: ui/package-lock.json ui/package.json
	cd ui && npm ci --no-audit --no-fund
	@touch $@

deps: deps-system deps-rust deps-ui

## The UI, built into ui/dist (which the app embeds at compile time).
ui: deps-ui
	cd ui && npm run build

fmt:
	cargo fmt --all
	cd ui && npm run format

fmt-check: deps-rust
	cargo fmt --all -- --check

lint: deps-system deps-rust ui
	cargo clippy --workspace --all-targets --locked -- -D warnings

lint-ui: deps-ui
	cd ui && npm run check && npm run lint

test-ui: deps-ui
	cd ui && npm test

## Every Rust test in one cargo invocation, so the app is built once and the end-to-end tests
## drive that very binary. Includes the check that the committed bindings are current.
test-rust: deps ui
	$(XVFB) cargo test --workspace --locked

test: fmt-check lint-ui test-ui lint test-rust

bindings: deps-system deps-rust ui
	UPDATE_BINDINGS=1 cargo test -p twoway --test bindings --locked

run: deps ui
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "No display found. On a machine without one, run: xvfb-run make run"; exit 1; \
	fi
	cargo run --locked -p twoway

bench: deps-rust
	cargo bench --locked -p twoway-journal --bench journal

bench-encrypted: deps-rust
	TWOWAY_BENCH_ENCRYPTED=1 cargo bench --locked -p twoway-journal --bench journal

## The app is built first: the screenshot test drives target/debug/twoway, which a test of
## another package does not rebuild. One test at a time: each shoots the whole display.
screenshots: deps ui
	cargo build --locked -p twoway
	$(XVFB) cargo test --locked -p twoway-tests --test screenshots -- --ignored --nocapture --test-threads=1

## Release build, then how long device sync takes and how much it writes (README.md, Sync).
sync-metrics: deps-rust
	cargo test --release --locked -p twoway-tests --test sync_metrics -- --ignored --nocapture

## Release builds of the app and of the bare Tauri window it is measured against
## (tests/yardstick, its own workspace, built into this target/ so the dependencies it shares
## with the app are compiled once), then start-up time and memory of both, in turn; the numbers
## go in README.md.
launch-metrics: deps ui
	cargo build --release --locked -p twoway
	cargo build --release --locked --manifest-path tests/yardstick/Cargo.toml --target-dir $(CURDIR)/target
	TWOWAY_BIN=$(CURDIR)/target/release/twoway YARDSTICK_BIN=$(CURDIR)/target/release/twoway-yardstick \
	  $(XVFB) cargo test --release --locked -p twoway-tests --test launch -- --ignored --nocapture

## The Debian package, built by Tauri's bundler from the release build (deb only: an AppImage
## would download its tools): target/release/bundle/deb/Twoway_<version>_<arch>.deb.
package: deps ui
	cd src-tauri && $(TAURI) build --ci --bundles deb -- --locked
	@echo "The package: target/release/bundle/deb/$(DEB_NAME)"

## The same package from the debug build (which `make test` has already made, so only the
## bundling is left), then checked, installed, started under Xvfb and removed (tests/package.sh).
package-test: deps ui
	cd src-tauri && $(TAURI) build --ci --debug --bundles deb -- --locked
	tests/package.sh target/debug/bundle/deb/$(DEB_NAME)
