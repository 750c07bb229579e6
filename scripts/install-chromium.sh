#!/usr/bin/env bash
# Headless Chromium for the browser tests (tests/e2e): Debian's `chromium` package, plus a
# Japanese font so the pages' Japanese text renders in screenshots. Installs only what is
# missing (apt-get, through sudo when not root), then prints the browser's path.
set -euo pipefail
path=${KAIYU_CHROMIUM:-/usr/bin/chromium}
[ -x "$path" ] || path=/usr/bin/chromium

packages=()
if [ ! -x "$path" ]; then
  packages+=(chromium fonts-noto-cjk)
elif command -v fc-list >/dev/null && [ -z "$(fc-list :lang=ja family)" ]; then
  packages+=(fonts-noto-cjk)
fi
if [ ${#packages[@]} -gt 0 ]; then
  sudo=()
  [ "$(id -u)" = 0 ] || sudo=(sudo)
  echo "installing ${packages[*]} (apt-get)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq >&2
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >&2
fi
if [ ! -x "$path" ]; then
  echo "install-chromium.sh: no Chromium at $path after installing" >&2
  exit 1
fi
echo "$path"
