#!/usr/bin/env bash
# Debian packages azadkar needs beyond Python: chromium (browser tests, web screenshots),
# poppler-utils (pdftotext/pdftoppm to check PDF reports), Noto fonts (Arabic-script
# fallback in PDFs), a Java runtime (the optional Spark engine), libpango (WeasyPrint).
# Idempotent: does nothing when everything is there already.
set -euo pipefail
pkgs=(chromium poppler-utils fonts-noto-core default-jre-headless libpango-1.0-0 libpangoft2-1.0-0 tmux)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# A Java runtime that is already there (any version >= 17) is enough for Spark.
if [[ " ${missing[*]} " == *" default-jre-headless "* ]] && command -v java >/dev/null 2>&1; then
  missing=("${missing[@]/default-jre-headless}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi
echo "system packages: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
