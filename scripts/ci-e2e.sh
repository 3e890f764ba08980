#!/usr/bin/env bash
# CI: the end-to-end browser test (bot + Microsoft 365 Agents Playground in headless Debian Chromium).
# Expects dependencies installed and the project built (npm ci && npm test, or npm run build).
# Installs Debian's chromium with apt only when /usr/bin/chromium is missing; never downloads a browser build.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "ci-e2e: /usr/bin/chromium ontbreekt; installeren met apt / missing, installing with apt"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi
/usr/bin/chromium --version 2>/dev/null || true

if [ ! -f dist/src/index.js ]; then
  echo "ci-e2e: dist/src/index.js ontbreekt; eerst bouwen / not built yet, building"
  npm run build
fi

npm run test:e2e
