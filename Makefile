# Twoway: `make run` opens the app, `make test` checks everything. Both install what a fresh
# machine lacks first (Rust components here; system and npm packages as the app needs them).

SHELL := /bin/bash
.DEFAULT_GOAL := help

export CARGO_TERM_COLOR ?= never
# CI builds once from scratch: incremental artefacts would only cost disk.
ifdef CI
export CARGO_INCREMENTAL := 0
endif

TOOLCHAIN := $(shell sed -n 's/^channel = "\(.*\)"/\1/p' rust-toolchain.toml)

.PHONY: help run test deps deps-rust fmt-check lint test-rust bench fmt

help:
	@echo "make run     open Twoway on your journal"
	@echo "make test    formatting, lints and every test"
	@echo "make bench   criterion benchmarks of the journal (numbers in README.md)"

## Installs the pinned Rust toolchain with rustfmt and clippy when missing.
deps-rust:
	@if command -v rustup >/dev/null; then \
	  rustup toolchain list | grep -q "^$(TOOLCHAIN)" || \
	    rustup toolchain install "$(TOOLCHAIN)" --profile minimal -c rustfmt -c clippy; \
	  rustup component list --toolchain "$(TOOLCHAIN)" --installed | grep -q '^clippy' || \
	    rustup component add --toolchain "$(TOOLCHAIN)" clippy rustfmt; \
	else \
	  command -v cargo >/dev/null || { echo "Rust is missing: install rustup (https://rustup.rs)"; exit 1; }; \
	fi

deps: deps-rust

fmt:
	cargo fmt --all

fmt-check: deps-rust
	cargo fmt --all -- --check

lint: deps-rust
	cargo clippy --workspace --all-targets --locked -- -D warnings

test-rust: deps-rust
	cargo test --workspace --locked

test: fmt-check lint test-rust

run: deps-rust
	cargo run --locked -p twoway

bench: deps-rust
	cargo bench --locked -p twoway-journal --bench journal
