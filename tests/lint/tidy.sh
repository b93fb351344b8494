#!/bin/sh
# lint_tidy: clang-tidy with the repository's .clang-tidy, every finding an error.
# Usage: tidy.sh SOURCE_DIR BUILD_DIR (BUILD_DIR holds compile_commands.json: build first).
#
# Which files: the whole tree (82 files) takes 8 to 13 minutes with two jobs on the project's
# two-core machines (measured with clang-tidy 14; 11 minutes of CPU), too long to run with every
# test. So it checks the C++ files changed since the merge base of HEAD and main's previous
# commit (main~1), committed or not: on a branch, what the branch changed; on CI, which tests
# main itself, what the last merge brought. A changed header brings in the files including it.
# ASANAFEED_TIDY_BASE=<commit> takes another base; ASANAFEED_TIDY_BASE=all checks everything.
# Exit 77 (ctest: skipped) without the tool, with another version than the check list is tuned
# to, or without a compilation database or a git checkout.
set -eu
source_dir=$1
build_dir=$2
cd "$source_dir"

skip() {
    echo "lint_tidy: skipped: $*"
    exit 77
}

tool=""
for candidate in clang-tidy-14 clang-tidy; do
    if command -v "$candidate" >/dev/null 2>&1; then
        tool=$candidate
        break
    fi
done
[ -n "$tool" ] || skip "clang-tidy is not installed (./dev installs it)"
# Newer versions bring new checks under the same globs; .clang-tidy's list passes with 14.
version=$("$tool" --version | sed -n 's/.*version \([0-9][0-9]*\).*/\1/p')
[ "$version" = 14 ] || skip "the check list is clang-tidy 14's, $tool is version ${version:-unknown}"
[ -f "$build_dir/compile_commands.json" ] || skip "no $build_dir/compile_commands.json (configure and build first)"
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || skip "not a git checkout, so no list of changed files"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The translation units clang-tidy can check: tracked .cpp files in the compilation database.
git ls-files -- '*.cpp' | while IFS= read -r file; do
    if [ -f "$file" ] && grep -qF "\"file\": \"$source_dir/$file\"" "$build_dir/compile_commands.json"; then
        printf '%s\n' "$file"
    fi
done >"$work/units"

base=${ASANAFEED_TIDY_BASE:-}
if [ -z "$base" ]; then
    main=HEAD
    for ref in main origin/main; do
        if git rev-parse -q --verify "$ref^{commit}" >/dev/null; then
            main=$ref
            break
        fi
    done
    if ! base=$(git merge-base HEAD "$main~1" 2>/dev/null); then
        echo "lint_tidy: $main has no previous commit here (a shallow or new repository): checking every file"
        base=all
    fi
fi

if [ "$base" = all ]; then
    cp "$work/units" "$work/check"
else
    echo "lint_tidy: checking the files changed since $(git rev-parse --short "$base")"
    { git diff --name-only --diff-filter=d "$base" -- '*.cpp' '*.h' &&
        git ls-files --others --exclude-standard -- '*.cpp' '*.h'; } | sort -u >"$work/changed"
    grep '\.cpp$' "$work/changed" >"$work/check" || true
    # Headers: the files that include them, and so on up to the .cpp files.
    grep '\.h$' "$work/changed" >"$work/headers" || true
    git ls-files -- '*.cpp' '*.h' >"$work/sources"
    : >"$work/seen"
    while [ -s "$work/headers" ]; do
        : >"$work/next"
        while IFS= read -r header; do
            name=$(basename "$header" | sed 's/\./\\./g')
            xargs -d '\n' grep -l -E "^[[:space:]]*#[[:space:]]*include[[:space:]]*[\"<]([^\">]*/)?$name[\">]" \
                <"$work/sources" 2>/dev/null | while IFS= read -r includer; do
                grep -qxF "$includer" "$work/seen" && continue
                printf '%s\n' "$includer" >>"$work/seen"
                case $includer in
                *.h) printf '%s\n' "$includer" >>"$work/next" ;;
                *) printf '%s\n' "$includer" >>"$work/check" ;;
                esac
            done
        done <"$work/headers"
        mv "$work/next" "$work/headers"
    done
    sort -u "$work/check" | grep -xF -f "$work/units" >"$work/check.units" || true
    mv "$work/check.units" "$work/check"
fi

count=$(wc -l <"$work/check")
if [ "$count" -eq 0 ]; then
    echo "lint_tidy: no C++ file to check"
    exit 0
fi
echo "lint_tidy: $count files, two at a time"
# -Wno-error: the compiler's warnings are the build's business (the dev preset's -Werror would
# make clang's own warnings, which GCC does not give, into errors here).
status=0
xargs -d '\n' -P2 -n1 "$tool" -p "$build_dir" --quiet --warnings-as-errors='*' --extra-arg=-Wno-error \
    <"$work/check" >"$work/out" 2>&1 || status=$?
grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$' "$work/out" || true
if [ "$status" -ne 0 ]; then
    echo "lint_tidy: findings above (see .clang-tidy)"
    exit 1
fi
echo "lint_tidy: $count files, no findings"
