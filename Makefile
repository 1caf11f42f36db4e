# Leverage: `make run` opens the coach, `make test` runs every test.
SWIFT ?= swift
BIN := .build/debug/leverage

.PHONY: setup build run test lint bench soak release check-brief

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

# The brief printed through headless Chromium on Letter and A4 must be one page each; a
# browser is heavy, so this is not part of `test`.
check-brief: setup
	@bash scripts/check-brief-page.sh

# The Swift runtime linked in (no dynamic relocation at start), the symbols stripped (-s):
# they are two thirds of an unstripped binary and are never read when it runs.
RELEASE_FLAGS := -c release --static-swift-stdlib -Xlinker -s

release: setup
	$(SWIFT) build $(RELEASE_FLAGS)

bench: release
	@RELEASE_FLAGS="$(RELEASE_FLAGS)" bash bench/run.sh

# Minutes, not for CI: 200 kill -9s while answering, 50,000 fuzzed keys per seed, a 1 MB paste.
soak: build
	$(SWIFT) build --build-tests
	LEVERAGE_SOAK_KILLS=200 LEVERAGE_SOAK_KEYS=50000 LEVERAGE_SOAK_PASTE=1000000 $(SWIFT) test --skip-build \
	  --filter 'KillNineTests|KeyFuzzTests|FaultEndToEndTests|SuspendEndToEndTests|CommandLineTests|KillDuringExportTests|RealKeyFuzzTests|BadPlacesTests' 2>&1 \
	  | tee .build/soak.log | grep -E '^(✔|✘) Test run'
	@echo "| figure | count |"; echo "| --- | --- |"
	@grep -h '^soak-figure: ' .build/soak.log | sed 's/^soak-figure: /| /; s/$$/ |/'
