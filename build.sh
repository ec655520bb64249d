#!/usr/bin/env bash
# One entry point for building Rakkan on Debian 12:
#   ./build.sh run     install what is missing, build, and start the Rakkan GUI on your default catalogue
#   ./build.sh test    install what is missing, build everything with the sanitizers and warnings as errors, run
#                      every test, then build the core alone with clang and run its tests and the fuzz targets,
#                      then build, install, use and remove the Debian package, as CI does
#   ./build.sh bench   build and run the benchmarks of docs/PERFORMANCE.md
set -euo pipefail
cd "$(dirname "$0")"
jobs=$(nproc 2>/dev/null || echo 2)

configure() { # dir, extra cmake args...
    local dir=$1
    shift
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
}

case "${1:-}" in
run)
    packaging/install-deps.sh build run
    configure build -DRAKKAN_BUILD_TESTS=OFF
    cmake --build build --parallel "$jobs" --target rakkan rakkan-cli
    shift
    exec build/bin/rakkan "$@"
    ;;
test)
    packaging/install-deps.sh build run test
    # 1. Everything, the GUI included, with AddressSanitizer and UndefinedBehaviorSanitizer and warnings as errors:
    #    the whole suite, each test stopped by the first memory error, leak or undefined behaviour.
    configure build-sanitize -DRAKKAN_WARNINGS_AS_ERRORS=ON -DRAKKAN_BUILD_TESTS=ON -DRAKKAN_SANITIZE=ON \
        -DRAKKAN_BUILD_BENCH=OFF
    cmake --build build-sanitize --parallel "$jobs"
    (cd build-sanitize && ctest --output-on-failure --parallel "$jobs")
    echo "== core-only configuration (no GUI), by clang, with the fuzz targets =="
    # 2. The core alone proves it needs no GUI; clang's warnings and sanitizers add to GCC's; libFuzzer runs every
    #    parser of outside data for a bounded time (tests/fuzz).
    CXX=clang++-15 configure build-core -DRAKKAN_WARNINGS_AS_ERRORS=ON -DRAKKAN_BUILD_GUI=OFF \
        -DRAKKAN_BUILD_TESTS=ON -DRAKKAN_BUILD_BENCH=OFF -DRAKKAN_SANITIZE=ON -DRAKKAN_BUILD_FUZZERS=ON
    cmake --build build-core --parallel "$jobs"
    (cd build-core && ctest --output-on-failure --parallel "$jobs")
    echo "== the Debian package: built, installed, used and removed =="
    # 3. What a user installs: a release build packaged by CPack, installed with apt, run from /usr/bin, purged.
    packaging/test-deb.sh build-package
    ;;
bench)
    packaging/install-deps.sh build run
    configure build -DRAKKAN_BUILD_TESTS=OFF
    cmake --build build --parallel "$jobs" --target rakkan-bench
    build/bin/rakkan-bench import --files 1000
    build/bin/rakkan-bench open --works 100000
    ;;
*)
    sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
