#!/usr/bin/env bash
# Lint an OpenAPI document with Redocly CLI (recommended) and Spectral (spectral:oas).
#
# Usage: tools/openapi-lint/lint.sh FILE.json
#
# Prints one line per finding, then exactly two summary lines:
#   redocly: E errors, W warnings
#   spectral: E errors, W warnings
# Exit code: 0 when both tools ran (whatever they found); non-zero when a tool could not run.
set -uo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 FILE.json" >&2
  exit 2
fi
if [ ! -f "$1" ]; then
  echo "lint.sh: no such file: $1" >&2
  exit 2
fi

DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
FILE="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"

if [ ! -d "$DIR/node_modules" ]; then
  (cd "$DIR" && npm ci --no-audit --no-fund) >&2 || { echo "lint.sh: npm ci failed in $DIR" >&2; exit 3; }
fi

REDOCLY="$DIR/node_modules/.bin/redocly"
SPECTRAL="$DIR/node_modules/.bin/spectral"
for bin in "$REDOCLY" "$SPECTRAL"; do
  [ -x "$bin" ] || { echo "lint.sh: missing $bin (delete $DIR/node_modules and re-run)" >&2; exit 3; }
done

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# No telemetry / update checks (offline-friendly). Tool exit codes are ignored on purpose:
# both exit 1 when they find errors; "did it run" is decided by whether they produced valid JSON.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1
(cd "$DIR" && "$REDOCLY" lint --config "$DIR/redocly.yaml" --format=json --max-problems=100000 "$FILE") \
  >"$TMP/redocly.json" 2>"$TMP/redocly.err"
(cd "$DIR" && "$SPECTRAL" lint --ruleset "$DIR/.spectral.yaml" --format json --quiet "$FILE") \
  >"$TMP/spectral.json" 2>"$TMP/spectral.err"

node - "$TMP" <<'JS'
const fs = require('fs');
const path = require('path');
const tmp = process.argv[2];
let failed = false;

function load(name, check) {
  try {
    const data = JSON.parse(fs.readFileSync(path.join(tmp, name + '.json'), 'utf8'));
    if (check(data)) return data;
  } catch (_) { /* fall through */ }
  failed = true;
  const err = fs.readFileSync(path.join(tmp, name + '.err'), 'utf8')
    .split('\n').filter(l => l.trim() && !/[║╔╚]/.test(l)).slice(-20).join('\n');
  const out = fs.readFileSync(path.join(tmp, name + '.json'), 'utf8').slice(0, 2000);
  console.error(`${name}: did not produce a JSON report.\n${err}\n${out}`);
  return null;
}

const sev = s => (s === 'error' || s === 0 ? 'error' : s === 'warn' || s === 1 ? 'warn' : s === 2 ? 'info' : 'hint');
const ptr = p => '#/' + p.map(x => String(x).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
const lines = [];

const r = load('redocly', d => d && d.totals && Array.isArray(d.problems));
if (r) {
  for (const p of r.problems) {
    const loc = (p.location && p.location[0]) || {};
    const line = loc.start ? ` (line ${loc.start.line})` : '';
    lines.push(`redocly  [${sev(p.severity)}] ${p.ruleId} ${loc.pointer || ''}${line}: ${p.message}`);
  }
}
const s = load('spectral', d => Array.isArray(d));
if (s) {
  for (const p of s) {
    const line = p.range ? ` (line ${p.range.start.line + 1})` : '';
    lines.push(`spectral [${sev(p.severity)}] ${p.code} ${ptr(p.path || [])}${line}: ${p.message}`);
  }
}
lines.forEach(l => console.log(l));
if (r) console.log(`redocly: ${r.totals.errors} errors, ${r.totals.warnings} warnings`);
if (s) console.log(`spectral: ${s.filter(p => p.severity === 0).length} errors, ${s.filter(p => p.severity === 1).length} warnings`);
process.exit(failed ? 4 : 0);
JS
