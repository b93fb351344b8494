#!/bin/sh
# Gathers the figures the benchmarks print as "FIGURE<TAB>what<TAB>value<TAB>unit[<TAB>note]" lines
# (tests/bench/BenchFigures.h) into one aligned table, in the order they were printed, formatted as
# Markdown so that it reads in a terminal and pastes into the README as it is.
#   tests/bench/table.sh [LOG...]      (standard input when no LOG is given)
set -eu
awk -F '\t' '
function grow(i, text) { if (length(text) > width[i]) width[i] = length(text) }
function pad(text, n) { while (length(text) < n) text = text " "; return text }
function padLeft(text, n) { while (length(text) < n) text = " " text; return text }
function dashes(n,   s) { s = ""; while (length(s) < n) s = s "-"; return s }
BEGIN { width[1] = length("What"); width[2] = length("Value"); width[3] = length("Unit"); width[4] = length("Note") }
$1 == "FIGURE" && NF >= 4 {
    rows++
    what[rows] = $2; value[rows] = $3; unit[rows] = $4; note[rows] = (NF >= 5 ? $5 : "")
    grow(1, $2); grow(2, $3); grow(3, $4); grow(4, note[rows])
}
END {
    if (rows == 0) { print "table.sh: no figures (FIGURE lines) in the benchmarks output" > "/dev/stderr"; exit 1 }
    printf "| %s | %s | %s | %s |\n", pad("What", width[1]), padLeft("Value", width[2]), pad("Unit", width[3]), pad("Note", width[4])
    printf "|%s|%s:|%s|%s|\n", dashes(width[1] + 2), dashes(width[2] + 1), dashes(width[3] + 2), dashes(width[4] + 2)
    for (i = 1; i <= rows; i++)
        printf "| %s | %s | %s | %s |\n", pad(what[i], width[1]), padLeft(value[i], width[2]), pad(unit[i], width[3]), pad(note[i], width[4])
}' "$@"
