#!/bin/sh
# The Linux packaging files as they are installed (`cmake --install` into a folder of its own):
#   packaging.sh desktop  BUILD_DIR VERSION   desktop-file-validate on the desktop entry
#   packaging.sh metainfo BUILD_DIR VERSION   appstreamcli: the metainfo (with a release of VERSION),
#                                              and the installed tree (entry, metainfo and icon
#                                              agree); not a single issue
#   packaging.sh manpages BUILD_DIR VERSION   groff and man without a warning, VERSION in the title
#                                              line, and every option --help lists in the page
# Exit 77 (ctest: skipped) when a tool is missing (./dev installs them all).
set -eu
what=$1
build_dir=$2
version=$3
name="lint_$what"

skip() {
    echo "$name: skipped: $*"
    exit 77
}
fail() {
    echo "$name: $*"
    exit 1
}
need() {
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 || skip "$tool is not installed (./dev installs it)"
    done
}

app_id=io.github.asana_feed.AsanaFeed
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cmake --install "$build_dir" --prefix "$stage/usr" >"$stage/install.log" 2>&1 || {
    cat "$stage/install.log"
    fail "cmake --install failed"
}
share="$stage/usr/share"

case "$what" in
desktop)
    need desktop-file-validate
    entry="$share/applications/$app_id.desktop"
    [ -f "$entry" ] || fail "not installed: share/applications/$app_id.desktop"
    # Errors, warnings and hints alike: the entry is clean or the test fails.
    output=$(desktop-file-validate "$entry" 2>&1) || true
    [ -z "$output" ] || fail "desktop-file-validate: $output"
    # What the desktop starts and shows must be installed under the same prefix.
    exec_line=$(sed -n '/^\[Desktop Entry\]/,/^\[/{s/^Exec=//p;}' "$entry" | head -n 1)
    program=${exec_line%% *}
    [ -x "$stage/usr/bin/$program" ] || fail "Exec=$exec_line: bin/$program is not installed"
    icon=$(sed -n '/^\[Desktop Entry\]/,/^\[/{s/^Icon=//p;}' "$entry" | head -n 1)
    [ -f "$share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "Icon=$icon: no scalable icon installed"
    for size in 16 22 24 32 48 64 128 256 512; do
        [ -f "$share/icons/hicolor/${size}x$size/apps/$icon.png" ] || fail "Icon=$icon: no ${size}x$size icon"
    done
    echo "$name: $app_id.desktop is valid; Exec and Icon are installed"
    ;;
metainfo)
    need appstreamcli
    metainfo="$share/metainfo/$app_id.metainfo.xml"
    [ -f "$metainfo" ] || fail "not installed: share/metainfo/$app_id.metainfo.xml"
    grep -q "<release version=\"$version\"" "$metainfo" || fail "no <release> for the project's version $version"
    # Every issue (E:, W:, I:) fails the test. The
    # pedantic level is left out: it only says that the app id has capitals, which it keeps.
    for check in "validate --no-net $metainfo" "validate-tree --no-net $stage"; do
        # shellcheck disable=SC2086
        output=$(appstreamcli $check 2>&1) || true
        issues=$(printf '%s\n' "$output" | grep -E '^[[:space:]]*[EWI]:' || true)
        [ -z "$issues" ] || fail "appstreamcli $check:
$output"
    done
    echo "$name: $app_id.metainfo.xml and the installed tree validate without an issue"
    ;;
manpages)
    need groff man gzip
    man1="$share/man/man1"
    for page in asana-feed asana-sim; do
        [ -f "$man1/$page.1.gz" ] || fail "not installed: share/man/man1/$page.1.gz"
        gzip -t "$man1/$page.1.gz" || fail "$page.1.gz is not gzip"
        gzip -dc "$man1/$page.1.gz" >"$stage/$page.1"
        output=$(groff -t -man -ww -z "$stage/$page.1" 2>&1) || fail "groff failed on $page.1: $output"
        [ -z "$output" ] || fail "groff on $page.1: $output"
        output=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$man1/$page.1.gz" 2>&1 >/dev/null) ||
            fail "man failed on $page.1.gz: $output"
        [ -z "$output" ] || fail "man --warnings on $page.1.gz: $output"
        grep -q "^\.TH .*\"Asana Feed $version\"" "$stage/$page.1" || fail "$page.1: the .TH line does not say $version"
        # Every option the program knows is documented (in roff, a dash is \-).
        options=$(QT_QPA_PLATFORM=offscreen "$stage/usr/bin/$page" --help | grep -o -e '--[a-z][a-z-]*' | sort -u)
        [ -n "$options" ] || fail "$page --help lists no options"
        for option in $options; do
            roff=$(printf '%s' "$option" | sed 's/-/\\\\-/g')
            grep -q -e "$roff" "$stage/$page.1" || fail "$page.1 does not document $option"
        done
    done
    echo "$name: asana-feed.1 and asana-sim.1 format without a warning and document every option"
    ;;
*)
    fail "unknown check $what"
    ;;
esac
