#!/usr/bin/env bash
# Set up a machine for Folio: the system tools it and its tests use, then the
# npm dependencies, then compile Folio into dist/ (`npm run compile`).
# `--check` only prints what is missing, one package a line, and installs nothing.
#   chromium       prints the PDF (skipped when a Chrome is already found)
#   epubcheck      validates EPUBs in the tests (W3C EPUBCheck, needs Java)
#   poppler-utils  pdftotext/pdfinfo/pdffonts, read PDFs in the tests
#   qpdf           checks PDF structure in the tests
#   fonts-noto-cjk, fonts-noto-color-emoji
#                  the fallback for scripts the bundled fonts lack (CJK, emoji)
#   mupdf-tools    mutool, a second PDF reader the tests search text with
# and, for the tests, DAISY Ace (the EPUB accessibility checker) into .tools/ace,
# without its install scripts (they would download a browser; it runs with ours).
# On Debian/Ubuntu it installs what is missing with apt-get (as root or via
# sudo); elsewhere it says what to install.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
have_browser() {
  [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ] && return 0
  command -v chromium >/dev/null || command -v chromium-browser >/dev/null || command -v google-chrome >/dev/null ||
    ls "${PUPPETEER_CACHE_DIR:-$HOME/.cache/puppeteer}"/chrome*/*/chrome* >/dev/null 2>&1
}
have_browser || need+=(chromium)
[ -f "${EPUBCHECK_JAR:-/usr/share/java/epubcheck.jar}" ] || need+=(epubcheck)
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v qpdf >/dev/null || need+=(qpdf)
command -v mutool >/dev/null || need+=(mupdf-tools)
# The font list is read whole into a variable and searched in bash: `fc-list | grep -q` under pipefail
# fails when grep stops at the first match and fc-list, still writing, dies of SIGPIPE (issue 14).
fonts=$(fc-list : family 2>/dev/null || true)
[[ $fonts == *"Noto Serif CJK"* ]] || need+=(fonts-noto-cjk)
[[ $fonts == *"Noto Color Emoji"* ]] || need+=(fonts-noto-color-emoji)

if [ "${1:-}" = "--check" ]; then
  [ ${#need[@]} -eq 0 ] || printf '%s\n' "${need[@]}"
  exit 0
fi

if [ ${#need[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "setup: installing ${need[*]} with apt-get"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "setup: please install: ${need[*]} (or a Chrome via: npx @puppeteer/browsers install chrome@stable --path ~/.cache/puppeteer)" >&2
    exit 1
  fi
fi

npm ci --no-audit --no-fund
npm run compile --silent

# Ace is a test tool, kept out of Folio's own dependencies (it brings Electron and Puppeteer's download).
[ -x .tools/ace/node_modules/.bin/ace-puppeteer ] ||
  npm install --prefix .tools/ace --ignore-scripts --no-audit --no-fund --loglevel=error @daisy/ace@1.4.6 >/dev/null
