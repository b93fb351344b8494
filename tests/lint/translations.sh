#!/bin/sh
# Keeps translations/*.ts in step with the sources.
#   translations.sh update LUPDATE SOURCE_DIR SOURCES_LIST   brings the .ts files up to date
#   translations.sh check  LUPDATE SOURCE_DIR SOURCES_LIST   fails when a .ts file is not up to
#       date (a string missing, one no longer used), or when a translation is unfinished or empty
# SOURCES_LIST is the build's translations/sources.lst (one source file a line).
set -eu
mode=$1 lupdate=$2 source_dir=$3 sources=$4
ts_dir="$source_dir/translations"

# lupdate the .ts files in folder $1: every string for the translations, only the plural forms
# for English (the source language).
run_lupdate() {
    for ts in "$1"/asana-feed_*.ts; do
        case "$ts" in
            *_en.ts) extra=-pluralonly ;;
            *) extra= ;;
        esac
        # shellcheck disable=SC2086
        "$lupdate" -silent -locations none -no-obsolete -source-language en $extra \
            -I "$source_dir/app/core" -I "$source_dir/app" -I "$source_dir/ui" "@$sources" -ts "$ts"
    done
}

case "$mode" in
    update)
        run_lupdate "$ts_dir"
        ;;
    check)
        work=$(mktemp -d)
        trap 'rm -rf "$work"' EXIT
        cp "$ts_dir"/asana-feed_*.ts "$work"/
        run_lupdate "$work"
        status=0
        for ts in "$ts_dir"/asana-feed_*.ts; do
            name=$(basename "$ts")
            if ! diff -u "$ts" "$work/$name" >"$work/$name.diff"; then
                echo "$name is not up to date with the sources (run ./dev translations):"
                head -n 60 "$work/$name.diff"
                status=1
            fi
            unfinished=$(grep -c 'type="unfinished"' "$work/$name" || true)
            empty=$(grep -c -E '<translation( [^>]*)?>\s*</translation>|<translation( [^>]*)?/>|<numerusform>\s*</numerusform>|<numerusform/>' "$work/$name" || true)
            if [ "$unfinished" -ne 0 ] || [ "$empty" -ne 0 ]; then
                echo "$name: $unfinished unfinished and $empty empty translations:"
                grep -B3 -E 'type="unfinished"|<translation( [^>]*)?>\s*</translation>|<translation( [^>]*)?/>|<numerusform>\s*</numerusform>|<numerusform/>' "$work/$name" | grep '<source>' | head -n 20
                status=1
            fi
        done
        exit $status
        ;;
    *)
        echo "usage: $0 update|check LUPDATE SOURCE_DIR SOURCES_LIST" >&2
        exit 2
        ;;
esac
