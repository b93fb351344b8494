// BenchFigures: the machine-readable line each benchmark prints beside its prose, one per figure,
// "FIGURE<TAB>what<TAB>value<TAB>unit[<TAB>note]", which `./dev bench` gathers into one table
// (tests/bench/table.sh). Names and notes hold no tab or newline.
#pragma once

#include <cstdio>

namespace AsanaFeed::Bench {

inline void printFigure(const char* what, double value, const char* unit, int decimals = 1, const char* note = "")
{
    std::printf("FIGURE\t%s\t%.*f\t%s\t%s\n", what, decimals, value, unit, note);
    std::fflush(stdout);
}

} // namespace AsanaFeed::Bench
