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

release: setup
	$(SWIFT) build -c release --static-swift-stdlib

bench: release
	@bash bench/run.sh

# Minutes, not for CI: 200 kill -9s while answering, 50,000 fuzzed keys per seed, a 1 MB paste,
# 2,000 fuzzed archives per seed, kills during backups and restores of a 100,000-answer journal.
soak: build
	$(SWIFT) build --build-tests
	LEVERAGE_SOAK_KILLS=200 LEVERAGE_SOAK_KEYS=50000 LEVERAGE_SOAK_PASTE=1000000 LEVERAGE_SOAK_ARCHIVES=2000 \
	  LEVERAGE_SOAK_BACKUP_ANSWERS=100000 LEVERAGE_SOAK_BACKUP_KILLS=20 \
	  $(SWIFT) test --skip-build \
	  --filter 'KillNineTests|KeyFuzzTests|FaultEndToEndTests|SuspendEndToEndTests|CommandLineTests|KillDuringExportTests|RealKeyFuzzTests|BadPlacesTests|ArchiveFuzzTests|HostileArchiveTests|BackupEndToEndTests' 2>&1 \
	  | tee .build/soak.log | grep -E '^(✔|✘) Test run'
	@echo "| figure | count |"; echo "| --- | --- |"
	@grep -h '^soak-figure: ' .build/soak.log | sed 's/^soak-figure: /| /; s/$$/ |/'
