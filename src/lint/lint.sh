#!/usr/bin/env bash
# Lints every model in bpmn/: BPMN with bpmnlint (recommended + Camunda 7.24 compatibility),
# DMN with dmnlint. Installs the linters from npm on first use. A lint error fails the build.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$here"
if [ ! -x node_modules/.bin/bpmnlint ] || [ ! -x node_modules/.bin/dmnlint ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
shopt -s nullglob
bpmn=("$root"/bpmn/*.bpmn)
dmn=("$root"/bpmn/*.dmn)
if [ ${#bpmn[@]} -gt 0 ]; then
  node_modules/.bin/bpmnlint --config "$here/.bpmnlintrc" --max-warnings=0 "${bpmn[@]}"
fi
if [ ${#dmn[@]} -gt 0 ]; then
  node_modules/.bin/dmnlint --config "$here/.dmnlintrc" "${dmn[@]}"
fi
echo "lint: ${#bpmn[@]} BPMN and ${#dmn[@]} DMN model(s) without errors"
