#pragma once

// The Draw page's agreement check as a pure function: each column's answer
// (a digit, or none when the column could not read the drawing) in, the
// majority and who disagrees with it out. A column disagrees when the answers
// differ and its own is not the majority's; with no majority (1 vs 1, or three
// different answers) every answering column disagrees.

#include <optional>
#include <vector>

namespace cnnlab {

struct MajorityVote
{
    int majority = -1;  // the answer of more than half of the answering columns; -1 when none has that many
    int answered = 0;   // columns with an answer
    int different = 0;  // how many different answers there are
    std::vector<bool> disagrees; // per column
    // Per column: the other columns' answers that differ from its own, in
    // column order, each once (empty for a column that agrees or has no answer).
    std::vector<std::vector<int>> othersRead;
};

MajorityVote majorityVote(const std::vector<std::optional<int>> &answers);

} // namespace cnnlab
