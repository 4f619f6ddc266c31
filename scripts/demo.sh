#!/usr/bin/env bash
# The main job on a fresh machine: install, build Gloss, show it explaining a seed article.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
npm run demo
