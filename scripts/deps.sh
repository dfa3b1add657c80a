#!/usr/bin/env bash
# Install the Debian packages kb builds with, when any is missing (Debian 12, as root).
set -euo pipefail
pkgs=(g++ cmake make pkg-config python3 sqlite3
      libsqlite3-dev libsqlitecpp-dev tao-pegtl-dev libfmt-dev libgtest-dev
      libcli11-dev nlohmann-json3-dev libutf8proc-dev libedit-dev "$@")
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
