# Leverage: `make run` opens the coach, `make test` runs every test.
SWIFT ?= swift
BIN := .build/debug/leverage
RELEASE_BIN := .build/release/leverage

.PHONY: setup build run test lint bench soak release

setup:
	@bash scripts/setup.sh

build: setup
	$(SWIFT) build

run: build
	@$(BIN)

test: build
	$(SWIFT) test

lint: setup
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests Resources

release: setup
	$(SWIFT) build -c release

bench: release
	@bash bench/export-import.sh
