#!/usr/bin/env bash
# Installs what building and testing Leverage needs, and only what is missing.
set -euo pipefail

missing=()
pkg-config --exists ncursesw 2>/dev/null || missing+=(libncurses-dev)
[ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
# The tests read every Markdown export back through GitHub's CommonMark parser.
[ -f /usr/include/cmark-gfm.h ] || missing+=(libcmark-gfm-dev)
[ -f /usr/include/cmark-gfm-core-extensions.h ] || missing+=(libcmark-gfm-extensions-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
# The man page test reads it with `man -l`; groff renders it.
command -v man >/dev/null 2>&1 || missing+=(man-db)
command -v groff >/dev/null 2>&1 || missing+=(groff-base)
# The end-to-end tests page with the real less and more and edit with the real vim and nano.
command -v less >/dev/null 2>&1 || missing+=(less)
command -v more >/dev/null 2>&1 || missing+=(util-linux)
command -v vim >/dev/null 2>&1 || missing+=(vim)
command -v nano >/dev/null 2>&1 || missing+=(nano)
infocmp xterm-256color >/dev/null 2>&1 || missing+=(ncurses-term)

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The tests read every Markdown export through markdown-it with linkify too (PyPI's port,
# which follows markdown-it 14; Debian's is older and links through escapes).
if ! python3 -c 'import markdown_it, linkify_it; assert markdown_it.__version__ >= "4"' \
  2>/dev/null; then
  echo "Installing: markdown-it-py 4.0.0, linkify-it-py 2.0.3"
  python3 -m pip install --quiet --disable-pip-version-check \
    'markdown-it-py[linkify]==4.0.0' 'linkify-it-py==2.0.3'
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "Swift 6 is needed and is not on PATH: install it from swift.org, then run make again." >&2
  exit 1
fi
