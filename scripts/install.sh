#!/usr/bin/env bash
# Installs what a fresh machine lacks for building and testing Gloss:
# Debian's Chromium (the end-to-end tests and the demo drive it), Debian's Firefox ESR
# (the Firefox end-to-end tests drive it; 140 or later) and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
if [ -z "${GLOSS_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then missing+=(chromium); fi
if [ -z "${GLOSS_FIREFOX:-}" ] && ! command -v firefox-esr >/dev/null 2>&1; then missing+=(firefox-esr); fi
if [ "${#missing[@]}" -gt 0 ]; then
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# `npm install`, not `npm ci`: the registry mirror here serves oxlint's native
# binding for linux-x64/arm64 only, so the lockfile cannot list the other
# platforms' optional bindings and `npm ci` refuses it as out of sync. With
# every version pinned exactly and the lockfile present, `npm install`
# installs the same tree (and leaves the lockfile as it is).
npm install --no-audit --no-fund
