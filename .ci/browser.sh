#!/usr/bin/env bash
# Sourced by .ci/run: makes sure Debian's chromium and chromium-driver are installed (the batch-jobs test that opens
# the HTML report in a headless browser uses /usr/bin/chromium and /usr/bin/chromedriver), and a font for the charts
# (Java draws them headless and needs at least one font; DejaVu also covers Cyrillic and Kazakh letters).

offtake_browser() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  [ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core fontconfig)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} (Debian packages) for the report's browser test and charts"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  echo "Browser for the report test: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
}

offtake_browser
