#!/usr/bin/env bash
# Rebuilds the player app from a locked npm install: app/ (TypeScript, CSS, HTML) into
#   src/ace_step_mcp/surface/app/player.html   the ui:// resource the Python package ships, and
#   tests/browser/host.html                the browser test's host page.
# Both are committed, so neither the package nor its tests need Node; CI runs this and fails if the
# result differs from what is committed. Needs Node.js 20+ and npm.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
npm run --silent typecheck
npm run --silent build
