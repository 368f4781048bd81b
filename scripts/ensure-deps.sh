#!/usr/bin/env bash
# Installs node_modules from the lock file when they are missing or older than it.
# `npm install` rather than `npm ci`: ci refuses a lock whose optional per-platform packages (swc's binaries
# for other systems) a registry mirror does not serve; install skips them and leaves the lock as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "deps: npm install" >&2
  npm install --no-audit --no-fund
fi
