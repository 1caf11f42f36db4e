# Leverage: `make run` opens the coach, `make test` runs every test.
SWIFT ?= swift
BIN := .build/debug/leverage

.PHONY: setup build run test lint bench soak release release-flags check-brief man install uninstall

setup:
	@bash scripts/setup.sh

build: setup
	$(SWIFT) build

run: build
	@$(BIN)

test: build man
	$(SWIFT) test

lint: setup
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests Resources

# The brief printed through headless Chromium on Letter and A4 must be one page each; a
# browser is heavy, so this is not part of `test`.
check-brief: setup
	@bash scripts/check-brief-page.sh

# The Swift runtime linked in (no dynamic relocation at start), the symbols stripped (-s):
# they are two thirds of an unstripped binary and are never read when it runs.
# That left 64,536,312 bytes (61.5 MiB; target < 30 MB); with the rest below, 29,073,632
# (`journal search` on an empty journal: 45.1M -> 44.3M instructions, callgrind):
# - lld instead of gold, for packed relative relocations (-z pack-relative-relocs, glibc
#   >= 2.36): the 85,000 relocations of a position-independent binary took 2.1 MB as RELA
#   entries and take 35 KB (RELR and what is left as RELA); the binary stays position-
#   independent (ASLR).
# - no dynamic symbol table (--no-export-dynamic): nothing looks the binary's own symbols up
#   at run time, and exporting them cost 0.8 MB.
# - LEAN_ICU: the 20 items of ICU's data Leverage reads instead of all 4,855, 1.4 MB of
#   34 MB (scripts/lean-icu-data.py says how they were found).
RELEASE_FLAGS := -c release --static-swift-stdlib -Xswiftc -use-ld=lld \
  -Xlinker -z -Xlinker pack-relative-relocs -Xlinker --no-export-dynamic -Xlinker -s
# Prints the flags that link the lean ICU data, making it first; a recipe runs it with `&&`
# so that a failure stops the build instead of linking all 34 MB.
LEAN_ICU := python3 scripts/lean-icu-data.py .build/lean-icu

release: setup
	icu=$$($(LEAN_ICU)) && $(SWIFT) build $(RELEASE_FLAGS) $$icu --product leverage

# What `make release` passes to `swift build`, for bench/run.sh.
release-flags:
	@icu=$$($(LEAN_ICU)) && echo $(RELEASE_FLAGS) $$icu

bench: release
	@icu=$$($(LEAN_ICU)) && RELEASE_FLAGS="$(RELEASE_FLAGS) $$icu" bash bench/run.sh

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

# The man page, generated from the command line's own help by swift-argument-parser's plugin,
# from the debug build `make test` has just made (the plugin would otherwise build a release),
# then given ENVIRONMENT, FILES and EXIT STATUS (docs/man-sections.mdoc).
man: setup
	@mkdir -p .build/man
	$(SWIFT) package --allow-writing-to-directory .build/man generate-manual \
	  --configuration debug --output-directory .build/man --date 2026-12-03 \
	  --authors "The Leverage team"
	python3 scripts/finish-man.py .build/man/leverage.1 docs/man-sections.mdoc

# `make install PREFIX=/usr/local`; by default into ~/.local, which needs no root.
PREFIX ?= $(HOME)/.local
RELEASE_BIN := .build/release/leverage

install: man
	icu=$$($(LEAN_ICU)) && $(SWIFT) build $(RELEASE_FLAGS) $$icu --product leverage
	install -d -m 755 $(PREFIX)/bin $(PREFIX)/share/leverage $(PREFIX)/share/man/man1 \
	  $(PREFIX)/share/bash-completion/completions $(PREFIX)/share/zsh/site-functions \
	  $(PREFIX)/share/fish/vendor_completions.d
	install -s -m 755 $(RELEASE_BIN) $(PREFIX)/bin/leverage
	install -m 644 Resources/course.json $(PREFIX)/share/leverage/course.json
	install -m 644 .build/man/leverage.1 $(PREFIX)/share/man/man1/leverage.1
	$(RELEASE_BIN) --generate-completion-script bash > $(PREFIX)/share/bash-completion/completions/leverage
	$(RELEASE_BIN) --generate-completion-script zsh > $(PREFIX)/share/zsh/site-functions/_leverage
	$(RELEASE_BIN) --generate-completion-script fish > $(PREFIX)/share/fish/vendor_completions.d/leverage.fish
	@echo "Installed $(PREFIX)/bin/leverage; make sure $(PREFIX)/bin is on your PATH."

uninstall:
	rm -f $(PREFIX)/bin/leverage $(PREFIX)/share/man/man1/leverage.1 \
	  $(PREFIX)/share/bash-completion/completions/leverage $(PREFIX)/share/zsh/site-functions/_leverage \
	  $(PREFIX)/share/fish/vendor_completions.d/leverage.fish
	rm -rf $(PREFIX)/share/leverage
