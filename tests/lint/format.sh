#!/bin/sh
# lint_format: every tracked C++ file reads as clang-format writes it with the repository's
# .clang-format (`./dev format` rewrites them so). Usage: format.sh SOURCE_DIR
# Exit 77 (ctest: skipped) when the tool is missing, is another version than the one the
# formatting is pinned to, or there is no git checkout to list the files of.
set -eu
cd "$1"

skip() {
    echo "lint_format: skipped: $*"
    exit 77
}

tool=""
for candidate in clang-format-14 clang-format; do
    if command -v "$candidate" >/dev/null 2>&1; then
        tool=$candidate
        break
    fi
done
[ -n "$tool" ] || skip "clang-format is not installed (./dev installs it)"
# Versions format differently; .clang-format is written for Debian 12's clang-format 14.
version=$("$tool" --version | sed -n 's/.*version \([0-9][0-9]*\).*/\1/p')
[ "$version" = 14 ] || skip "the formatting is clang-format 14's, $tool is version ${version:-unknown}"
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || skip "not a git checkout, so no list of tracked files"

list=$(mktemp)
trap 'rm -f "$list"' EXIT
git ls-files -- '*.cpp' '*.h' | while IFS= read -r file; do
    [ -f "$file" ] && printf '%s\n' "$file"
done >"$list"
count=$(wc -l <"$list")
if xargs -d '\n' "$tool" --dry-run -Werror <"$list" 2>&1; then
    echo "lint_format: $count files, all formatted"
else
    echo "lint_format: the files above differ from what $tool writes; ./dev format rewrites them"
    exit 1
fi
