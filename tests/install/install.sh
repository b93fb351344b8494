#!/bin/sh
# install_deb: the Debian package as a person gets it. cpack makes the .deb from the build tree;
# apt installs it; from the PATH, `asana-feed --version` says the project's version, the installed
# asana-sim serves 127.0.0.1 and the installed `asana-feed --follow` prints its events as JSON
# lines; the installed desktop entry's command opens the window on an X display of the test's own
# (with the WM_CLASS the entry names); `dpkg -L` lists exactly tests/install/expected-files.txt;
# and remove and purge leave none of those files behind.
#
# Usage: install.sh BUILD_DIR VERSION EXPECTED_FILES SESSION_BUS_CONF
#
# It installs a package system-wide, so it runs only as root or with sudo without a password
# (CI: `./dev test` as root), and never over an asana-feed package it did not install itself (a
# person's own install is left alone): otherwise it exits 77 (ctest: skipped), saying why. The
# apps run with a HOME, XDG folders, display and session bus of the test's own.
set -eu
build_dir=$1
version=$2
expected=$3
bus_conf=$4

name=install_deb
package=asana-feed
app_id=io.github.asana_feed.AsanaFeed
# This test's record that the installed package is its own: an interrupted run leaves it, and the
# next run removes that package first.
marker="$build_dir/install_deb.installed"
timeout=180 # seconds, for each thing awaited (a slow machine under load, not an expectation)

say() { echo "$name: $*" || true; }
skip() {
    say "skipped: $*"
    exit 77
}
fail() {
    say "FAILED: $*"
    exit 1
}

if [ "$(id -u)" -eq 0 ]; then
    as_root() { "$@"; }
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root() { sudo -n "$@"; }
else
    skip "installing a package needs root, or sudo without a password"
fi
for tool in cpack apt-get dpkg dpkg-deb dpkg-query dpkg-shlibdeps Xvfb xdotool xprop dbus-run-session; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool is not installed (./dev installs it)"
done

installed() {
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q ' installed$'
}
apt() {
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -q -y -o DPkg::Lock::Timeout=600 "$@"
}

if installed || [ -n "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -v 'not-installed' || true)" ]; then
    if [ -f "$marker" ]; then
        say "removing the package an interrupted run of this test left installed"
        apt purge "$package" >/dev/null
        rm -f "$marker"
    else
        skip "an $package package is installed that this test did not install; it is left alone"
    fi
fi

work=$(mktemp -d)
chmod 755 "$work" # apt reads the .deb as its own user
pids=""    # what this test started, ended by their ids when it stops
session="" # dbus-run-session: it ends when the app does, and takes its bus with it
cleanup() {
    status=$?
    # The clean-up runs to its end, even when a step fails or nobody reads its output any more.
    set +e
    trap '' HUP INT PIPE TERM
    for pid in $pids; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in $pids $session; do
        wait "$pid" 2>/dev/null || true
    done
    if [ -f "$marker" ] && installed; then
        say "removing the package after a failure"
        apt purge "$package" >/dev/null 2>&1 || true
    fi
    rm -f "$marker"
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 1' HUP INT PIPE TERM

# Polls until the command succeeds, for at most $timeout seconds.
wait_for() {
    what=$1
    shift
    deadline=$(($(date +%s) + timeout))
    until "$@"; do
        [ "$(date +%s)" -lt "$deadline" ] || return 1
        sleep 0.1
    done
    say "$what"
}

# A fresh session's environment: nothing of the caller's (no bus, no display, no settings), a
# HOME and XDG folders of the test's own, and the programs from the PATH. Secrets never go on a
# command line: a program that needs the token reads it from $work/token (see with_token).
home="$work/home"
mkdir -p "$home/.config" "$home/.local/share" "$home/.cache" "$home/.local/state" "$work/runtime"
chmod 700 "$work/runtime"
# It execs: use it in a subshell only, `$(clean …)` or `clean … &`, so that $! is the program itself.
clean() {
    exec env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 XDG_CONFIG_HOME="$home/.config" \
        XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache" XDG_STATE_HOME="$home/.local/state" \
        XDG_RUNTIME_DIR="$work/runtime" TOKEN_FILE="$work/token" "$@"
}
# with_token VARIABLE PROGRAM ARGS...: PROGRAM with VARIABLE set to the token, in a clean environment
# (it execs too).
with_token() {
    # shellcheck disable=SC2016
    clean sh -c 'variable=$1; shift; eval "$variable=\$(cat \"\$TOKEN_FILE\")"; export "$variable"; exec "$@"' sh "$@"
}

# --- the package
arch=$(dpkg --print-architecture)
say "cpack -G DEB (from $build_dir)"
if ! cpack -G DEB -B "$work/cpack" --config "$build_dir/CPackConfig.cmake" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    fail "cpack could not make the package"
fi
deb="$work/cpack/${package}_${version}_${arch}.deb"
[ -f "$deb" ] || fail "no ${package}_${version}_${arch}.deb; cpack made: $(ls "$work/cpack")"
chmod 644 "$deb"
[ "$(dpkg-deb -f "$deb" Package)" = "$package" ] || fail "the package is not called $package"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "the package's version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
say "Depends: $depends"
for dependency in libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libqt6keychain1 libc6; do
    printf '%s\n' "$depends" | tr ',' '\n' | grep -q "^ *$dependency\( \|$\)" || fail "Depends lacks $dependency"
done

# Which of the listed folders were here before (other packages share /usr/share/icons/hicolor…).
sed -e '/^#/d' -e '/^$/d' -e "s/@VERSION@/$version/g" -e "s/@ARCH@/$arch/g" "$expected" | sort >"$work/expected"
while IFS= read -r path; do
    if [ -e "$path" ]; then printf '%s\n' "$path"; fi
done <"$work/expected" >"$work/there-before"

echo "$version" >"$marker"
say "apt-get install $(basename "$deb")"
# Its dependencies are already here (./dev installs them), so nothing is downloaded. (apt's
# --no-download refuses a local .deb: "Pathname to install is not absolute".)
if ! apt install --no-install-recommends "$deb" >"$work/apt.log" 2>&1; then
    cat "$work/apt.log"
    fail "apt-get could not install the package"
fi
installed || fail "the package is not installed after apt-get install"

# --- from the PATH
[ "$(clean sh -c 'command -v asana-feed')" = /usr/bin/asana-feed ] || fail "asana-feed is not /usr/bin/asana-feed"
printed=$(clean asana-feed --version)
[ "$printed" = "asana-feed $version" ] || fail "asana-feed --version printed \"$printed\""
say "asana-feed --version: $printed"

# --- the installed simulator, and the installed follow mode against it
od -An -N16 -tx1 /dev/urandom | tr -d ' \n' >"$work/token"
chmod 600 "$work/token"
with_token ASANA_SIM_TOKENS asana-sim --port 0 --scenario demo --rate 600 >"$work/sim.out" 2>"$work/sim.err" &
pids="$pids $!"
sim_ready() { grep -q '^tokens: from ASANA_SIM_TOKENS' "$work/sim.out"; }
wait_for "asana-sim is listening" sim_ready || fail "asana-sim did not start: $(cat "$work/sim.out" "$work/sim.err")"
url=$(sed -n 's/^listening on //p' "$work/sim.out")
project=$(sed -n 's/^project \([0-9][0-9]*\) .*/\1/p' "$work/sim.out" | head -n 1)
[ -n "$project" ] || fail "asana-sim named no project"

with_token ASANA_TOKEN asana-feed --follow "$project" --base-url "$url" --interval 0.2 \
    >"$work/follow.out" 2>"$work/follow.err" &
follow=$!
pids="$pids $follow"
three_events() { [ "$(grep -c '^{"type":"event","subscription":"'"$project"'","event":{.*}}$' "$work/follow.out")" -ge 3 ]; }
wait_for "asana-feed --follow printed events" three_events ||
    fail "asana-feed --follow printed no events: $(head -c 2000 "$work/follow.out") $(head -c 2000 "$work/follow.err")"
kill -TERM "$follow"
code=0
wait "$follow" || code=$?
[ "$code" -eq 0 ] || fail "asana-feed --follow exited $code on SIGTERM, not 0"
# Every line is one JSON object of the documented form, and nothing else is on stdout.
if grep -v -e '^{"type":"event","subscription":"[0-9]*","event":{.*}}$' \
    -e '^{"type":"gap","subscription":"[0-9]*","detected_at":"[^"]*"}$' "$work/follow.out"; then
    fail "asana-feed --follow printed the lines above, which are not event lines"
fi
say "asana-feed --follow: $(wc -l <"$work/follow.out") JSON lines from the installed asana-sim"

# --- the desktop entry's command opens the window
entry="/usr/share/applications/$app_id.desktop"
[ -f "$entry" ] || fail "$entry is not installed"
key() { sed -n '/^\[Desktop Entry\]/,/^\[/{s/^'"$1"'=//p;}' "$entry" | head -n 1; }
# The command without its field codes (%U, %f…; %% is a percent sign).
command_line=$(key Exec | sed -e 's/%[a-zA-Z]//g' -e 's/%%/%/g')
wm_class=$(key StartupWMClass)
[ -n "$command_line" ] || fail "$entry has no Exec"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >/dev/null 2>"$work/xvfb.log" &
pids="$pids $!"
display_ready() { [ -s "$work/display" ]; }
wait_for "Xvfb is running" display_ready || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
display=":$(head -n 1 "$work/display")"
eval "set -- $command_line"
clean DISPLAY="$display" QT_QPA_PLATFORM=xcb dbus-run-session --config-file="$bus_conf" -- "$@" \
    >"$work/app.log" 2>&1 &
session=$!
window=""
window_shown() {
    window=$(DISPLAY="$display" xdotool search --onlyvisible --name '^Asana Feed$' 2>/dev/null | head -n 1)
    [ -n "$window" ] || ! kill -0 "$session" 2>/dev/null
}
wait_for "Exec=$command_line started" window_shown || fail "no window \"Asana Feed\": $(cat "$work/app.log")"
[ -n "$window" ] || fail "Exec=$command_line ended without a window: $(cat "$work/app.log")"
class=$(xprop -display "$display" -id "$window" WM_CLASS)
case "$class" in
*", \"$wm_class\"") ;;
*) fail "StartupWMClass=$wm_class, but the window's is $class" ;;
esac
say "a window \"Asana Feed\" is shown, $class"
app=$(DISPLAY="$display" xdotool getwindowpid "$window")
pids="$pids $app"
kill -TERM "$app"
wait "$session" || true
session=""

# --- exactly the files listed
dpkg -L "$package" | grep -v '^/\.$' | sed -e "s/$(printf '%s' "$version" | sed 's/\./\\./g')/@VERSION@/g" \
    -e "s/$arch/@ARCH@/g" | sort >"$work/listed"
sed -e '/^#/d' -e '/^$/d' "$expected" | sort >"$work/expected.abstract"
if ! diff -u "$work/expected.abstract" "$work/listed" >"$work/files.diff"; then
    cat "$work/files.diff"
    fail "dpkg -L $package differs from $(basename "$expected") (- missing, + not expected)"
fi
say "dpkg -L: $(wc -l <"$work/listed") paths, as expected"

# --- remove and purge: nothing of it is left
apt remove "$package" >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log"
    fail "apt-get remove failed"
}
# A package without configuration files is forgotten by remove already; apt cannot name it then
# (it is in no repository), so what dpkg still knows of it is purged with dpkg.
if dpkg-query -W "$package" >/dev/null 2>&1; then
    as_root dpkg --purge "$package" >"$work/apt.log" 2>&1 || {
        cat "$work/apt.log"
        fail "dpkg --purge failed"
    }
fi
rm -f "$marker"
! dpkg-query -W "$package" >/dev/null 2>&1 || fail "dpkg still knows $package after remove and purge"
left=""
while IFS= read -r path; do
    if [ -e "$path" ] && ! grep -qxF "$path" "$work/there-before"; then
        left="$left $path"
    fi
done <"$work/expected"
[ -z "$left" ] || fail "left behind after purge:$left"
say "removed and purged; nothing left behind"
