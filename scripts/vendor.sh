#!/usr/bin/env bash
# Copy the front-end files we serve from their npm packages (versions pinned in package-lock.json)
# into static/vendor/, where whitenoise serves them. Run after changing package.json.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
rm -rf static/vendor
mkdir -p static/vendor/bootstrap
# Bootstrap is not copied: static/scss/portal.scss builds the parts the portal uses from its Sass.
cp node_modules/bootstrap/LICENSE static/vendor/bootstrap/LICENSE
mkdir -p static/vendor/fonts
for file in source-sans-3-latin-wght-normal.woff2 source-sans-3-latin-ext-wght-normal.woff2; do
  cp "node_modules/@fontsource-variable/source-sans-3/files/$file" static/vendor/fonts/
done
cp node_modules/@fontsource-variable/source-sans-3/LICENSE static/vendor/fonts/LICENSE
echo "vendored: Source Sans 3 $(node -p "require('./node_modules/@fontsource-variable/source-sans-3/package.json').version")"
mkdir -p static/vendor/htmx tests/vendor
cp node_modules/htmx.org/dist/htmx.min.js static/vendor/htmx/htmx.min.js
cp node_modules/htmx.org/LICENSE static/vendor/htmx/LICENSE
cp node_modules/axe-core/axe.min.js tests/vendor/axe.min.js
cp node_modules/axe-core/LICENSE tests/vendor/axe-core-LICENSE
echo "vendored: htmx $(node -p "require('./node_modules/htmx.org/package.json').version"), axe-core $(node -p "require('./node_modules/axe-core/package.json').version")"
node scripts/world_map.mjs
bash scripts/build_css.sh
