#!/usr/bin/env bash
# Sourced by test.sh: installs Debian's Chromium when missing, for the browser tests of the web pages (Playwright
# drives /usr/bin/chromium; it never downloads a browser of its own).

ensure_test_chromium() {
  if [ -x /usr/bin/chromium ]; then
    return 0
  fi
  echo "Installing Chromium (Debian package 'chromium') for the browser tests..."
  if [ "$(id -u)" -ne 0 ]; then
    echo "Chromium is not installed and this is not root: run 'sudo apt-get install -y chromium' and try again." >&2
    return 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && \
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || { echo "apt-get install chromium failed" >&2; return 1; }
}
