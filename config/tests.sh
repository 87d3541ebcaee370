#!/usr/bin/env bash
# The README's test command: installs what the tests need on a fresh Debian machine, then runs the whole suite.
# .ci/run calls this same script, so the README and CI cannot drift apart. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests use: the pages' end-to-end tests drive chromium, in French (chromium-l10n: native widgets);
# python3 checks the documents' links
paquets=(chromium chromium-driver chromium-l10n python3)

manquants=()
for paquet in "${paquets[@]}"; do
  dpkg-query -W -f='${Status}' "$paquet" 2>/dev/null | grep -q "install ok installed" || manquants+=("$paquet")
done
if [ ${#manquants[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages: ${manquants[*]}" >&2
    echo "Install them first (as root): apt-get update && apt-get install -y ${manquants[*]}" >&2
    exit 1
  fi
  echo "Installing ${manquants[*]}…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${manquants[@]}" > /dev/null
fi
# the DMN editor of the rules page is fetched from the npm registry by the build
command -v npm > /dev/null || { echo "npm is missing (the build fetches the DMN editor with it): apt-get install -y npm" >&2; exit 1; }

# the README and docs/ link to each other: every relative link and anchor must resolve
python3 .ci/verifier-liens.py
java -version 2>&1 | head -1
exec ./mvnw -B -ntp verify "$@"
