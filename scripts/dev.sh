#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry point for a fresh Debian 12 machine (run as root, or as a user with sudo):
#   scripts/dev.sh app    install what is missing, build, start the desktop app on its embedded SQLite database
#   scripts/dev.sh test   install what is missing, build, run every test (ctest), end with ctest's summary
#   scripts/dev.sh build  install what is missing and build
# Re-running is quick: packages already there are not touched, and the build is incremental (ccache).
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  cmake ninja-build g++ ccache pkg-config
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools libqt6sql6-sqlite
  catch2 sqlite3 libxlsxwriter-dev libsodium-dev libqrencode-dev python3-openpyxl
  fonts-tlwg-laksaman-otf libthai0
  poppler-utils zbar-tools xvfb xauth
  postgresql libqt6sql6-psql
)

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
  if [ ! -f build/build.ninja ]; then
    cmake --preset default
  fi
  cmake --build build --parallel "$(nproc)"
}

case "${1:-app}" in
  app)
    install_missing
    build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "No display here: starting Sujarit under a virtual X server (xvfb-run). Use a desktop session to see it."
      exec xvfb-run -a build/app/gui/sujarit "${@:2}"
    fi
    exec build/app/gui/sujarit "${@:2}"
    ;;
  test)
    install_missing
    build
    export QT_QPA_PLATFORM=offscreen
    cd build
    exec ctest --output-on-failure --timeout 600 "${@:2}"
    ;;
  build)
    install_missing
    build
    ;;
  sanitize)
    # The whole test suite built with AddressSanitizer and UndefinedBehaviorSanitizer (gcc); any report fails it.
    install_missing
    [ -f build-sanitize/build.ninja ] || cmake --preset sanitize
    cmake --build build-sanitize --parallel "$(nproc)"
    export QT_QPA_PLATFORM=offscreen
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
    export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    cd build-sanitize
    exec ctest --output-on-failure --timeout 1800 "${@:2}"
    ;;
  fuzz)
    # libFuzzer (clang) on the CSV import, the Thai date reader and the JSON input, SECONDS each (60).
    PACKAGES+=(clang libclang-rt-14-dev)
    install_missing
    [ -f build-fuzz/build.ninja ] || cmake --preset fuzz
    cmake --build build-fuzz --parallel "$(nproc)" --target fuzz_csv_import fuzz_thai_date fuzz_json_input
    seconds="${2:-60}"
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
    export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0"
    for target in fuzz_csv_import fuzz_thai_date fuzz_json_input; do
      corpus="build-fuzz/corpus/$target"
      mkdir -p "$corpus"
      cp tests/fuzz/seeds/"$target"/* "$corpus"/ 2>/dev/null || true
      echo "== $target, ${seconds} s"
      build-fuzz/tests/fuzz/"$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="build-fuzz/$target-" "$corpus" 2>&1 | tail -12
      [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "$target found a crash: see build-fuzz/$target-*" >&2; exit 1; }
    done
    ;;
  *)
    echo "usage: scripts/dev.sh app|test|build|sanitize|fuzz [SECONDS]" >&2
    exit 2
    ;;
esac
