#!/usr/bin/env bash
# Runs every test of the solution on a fresh Debian machine with the .NET SDK:
# installs what the tests need and the machine lacks, builds once, runs `dotnet test`,
# and ends with a plain "N passed, N failed" line read from the test results.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || need+=(postgresql)
fc-list 2>/dev/null | grep -qi "WenQuanYi Micro Hei" || need+=(fonts-wqy-microhei)   # the charts' font (Chinese labels)
[ -x /usr/bin/chromium ] || need+=(chromium)                                          # the browser test (Playwright drives it)
command -v npm >/dev/null || need+=(nodejs npm)                                       # the API document's lint (Redocly, Spectral)
[ -x /usr/bin/prometheus ] || need+=(prometheus)                                     # the metrics test scrapes the silo with the real Prometheus
command -v pdftotext >/dev/null || need+=(poppler-utils)                              # the PDF tests read the printed report's text and render its QR code
[ -x /usr/sbin/smtp-sink ] || need+=(postfix)                                        # the notification tests' SMTP server (Postfix's smtp-sink; no mail system is set up)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${need[*]}"
  sudo_=""; [ "$(id -u)" -eq 0 ] || sudo_="sudo"
  $sudo_ apt-get update -q
  # Postfix asks how to set up the machine's mail: not at all (only its smtp-sink is used, started by the tests).
  echo "postfix postfix/main_mailer_type select No configuration" | $sudo_ debconf-set-selections
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -q --no-install-recommends "${need[@]}"
fi

# The linters of the API document, at the versions pinned in tools/openapi-lint/package-lock.json.
[ -d tools/openapi-lint/node_modules ] || (cd tools/openapi-lint && npm ci --no-audit --no-fund --loglevel=error)

results="$(pwd)/tests/TestResults"
rm -rf "$results"
dotnet build AfterSales.Orleans.sln -c Debug -nologo -v q
status=0
dotnet test AfterSales.Orleans.sln --no-build -c Debug --logger "trx" --results-directory "$results" || status=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
echo "${passed} passed, ${failed} failed"
[ "$passed" -gt 0 ] || status=1
exit $status
