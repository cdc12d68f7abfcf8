#!/usr/bin/env bash
# Copy the front-end files we serve from their npm packages (versions pinned in package-lock.json)
# into static/vendor/, where whitenoise serves them. Run after changing package.json.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
rm -rf static/vendor
mkdir -p static/vendor/bootstrap
cp node_modules/bootstrap/dist/css/bootstrap.min.css node_modules/bootstrap/dist/css/bootstrap.min.css.map static/vendor/bootstrap/
cp node_modules/bootstrap/dist/js/bootstrap.bundle.min.js node_modules/bootstrap/dist/js/bootstrap.bundle.min.js.map static/vendor/bootstrap/
cp node_modules/bootstrap/LICENSE static/vendor/bootstrap/LICENSE
echo "vendored: bootstrap $(node -p "require('./node_modules/bootstrap/package.json').version")"
mkdir -p static/vendor/htmx tests/vendor
cp node_modules/htmx.org/dist/htmx.min.js static/vendor/htmx/htmx.min.js
cp node_modules/htmx.org/LICENSE static/vendor/htmx/LICENSE
cp node_modules/axe-core/axe.min.js tests/vendor/axe.min.js
cp node_modules/axe-core/LICENSE tests/vendor/axe-core-LICENSE
echo "vendored: htmx $(node -p "require('./node_modules/htmx.org/package.json').version"), axe-core $(node -p "require('./node_modules/axe-core/package.json').version")"
node scripts/world_map.mjs
