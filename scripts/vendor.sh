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
