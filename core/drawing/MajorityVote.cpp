#include "drawing/MajorityVote.h"

#include <algorithm>
#include <map>

namespace cnnlab {

MajorityVote majorityVote(const std::vector<std::optional<int>> &answers)
{
    MajorityVote vote;
    std::map<int, int> votes; // answer -> columns giving it
    for (const std::optional<int> &a : answers)
        if (a) {
            ++votes[*a];
            ++vote.answered;
        }
    vote.different = int(votes.size());
    for (const auto &[answer, n] : votes)
        if (2 * n > vote.answered)
            vote.majority = answer;

    vote.disagrees.assign(answers.size(), false);
    vote.othersRead.assign(answers.size(), {});
    for (std::size_t i = 0; i < answers.size(); ++i) {
        if (!answers[i] || vote.different < 2 || *answers[i] == vote.majority)
            continue;
        vote.disagrees[i] = true;
        std::vector<int> &others = vote.othersRead[i];
        for (std::size_t j = 0; j < answers.size(); ++j)
            if (j != i && answers[j] && *answers[j] != *answers[i]
                && std::find(others.begin(), others.end(), *answers[j]) == others.end())
                others.push_back(*answers[j]);
    }
    return vote;
}

} // namespace cnnlab
