#!/usr/bin/env bash
# Puts Utrecht's NL Design System CSS (npm @utrecht/component-library-css and @utrecht/design-tokens)
# where the app serves it: target/generated-resources/web/static/nlds/. Installs from npm on first use.
# Without npm the public pages lose their NL Design System styling, so the build stops with a message.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$here"
if [ ! -f node_modules/@utrecht/component-library-css/dist/index.css ] || [ ! -f node_modules/axe-core/axe.min.js ]; then
  command -v npm >/dev/null || { echo "web: npm is required for the NL Design System CSS of the public pages" >&2; exit 1; }
  npm ci --no-audit --no-fund --loglevel=error
fi
out="$root/target/generated-resources/web/static/nlds"
mkdir -p "$out"
cp node_modules/@utrecht/component-library-css/dist/index.css "$out/component-library.css"
cp node_modules/@utrecht/design-tokens/dist/index.css "$out/design-tokens.css"
echo "web: NL Design System CSS in target/generated-resources/web/static/nlds"
