#!/usr/bin/env bash
# Build static/css/portal.css from static/scss/ (Bootstrap's Sass from node_modules, run `npm ci` first).
# The first line records a digest of the sources: tests/test_stylesheet.py fails when a partial
# changed and the stylesheet was not rebuilt.
set -euo pipefail
cd "$(dirname "$0")/.."
digest=$(cat $(ls static/scss/*.scss | LC_ALL=C sort) | sha256sum | cut -c1-16)
npx sass --no-source-map --no-charset --style=compressed --load-path=node_modules --quiet-deps \
  --silence-deprecation=import,global-builtin,color-functions,if-function \
  static/scss/portal.scss static/css/portal.body.css
{ echo "/* built from static/scss by scripts/build_css.sh; sources $digest */"; cat static/css/portal.body.css; } > static/css/portal.css
rm static/css/portal.body.css
echo "built: static/css/portal.css ($(wc -c < static/css/portal.css) bytes)"
