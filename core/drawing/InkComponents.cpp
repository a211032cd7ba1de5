#include "drawing/InkComponents.h"

#include <algorithm>

namespace cnnlab {

InkComponents findInkComponents(const QImage &gray, int threshold)
{
    InkComponents out;
    if (gray.isNull() || gray.format() != QImage::Format_Grayscale8)
        return out;
    const int w = gray.width(), h = gray.height();
    out.width = w;
    out.labels.assign(size_t(w) * size_t(h), 0);
    // Two passes with union-find: provisional labels from the four neighbours
    // already seen (left, and the three above), merged when they meet.
    std::vector<int> parent{0};
    auto find = [&](int a) {
        while (parent[size_t(a)] != a) {
            parent[size_t(a)] = parent[size_t(parent[size_t(a)])];
            a = parent[size_t(a)];
        }
        return a;
    };
    for (int y = 0; y < h; ++y) {
        const uchar *row = gray.constScanLine(y);
        int *labels = out.labels.data() + size_t(y) * size_t(w);
        const int *above = y > 0 ? labels - w : nullptr;
        for (int x = 0; x < w; ++x) {
            if (row[x] <= threshold)
                continue;
            int mine = 0;
            const int neighbours[4] = {x > 0 ? labels[x - 1] : 0, above && x > 0 ? above[x - 1] : 0,
                                       above ? above[x] : 0, above && x + 1 < w ? above[x + 1] : 0};
            for (int n : neighbours) {
                if (n == 0)
                    continue;
                if (mine == 0) {
                    mine = find(n);
                } else {
                    const int a = find(mine), b = find(n);
                    if (a != b)
                        parent[size_t(std::max(a, b))] = std::min(a, b);
                    mine = std::min(a, b);
                }
            }
            if (mine == 0) {
                mine = int(parent.size());
                parent.push_back(mine);
            }
            labels[x] = mine;
        }
    }
    std::vector<int> index(parent.size(), -1);
    for (int y = 0; y < h; ++y) {
        int *labels = out.labels.data() + size_t(y) * size_t(w);
        for (int x = 0; x < w; ++x) {
            if (labels[x] == 0)
                continue;
            const int root = find(labels[x]);
            if (index[size_t(root)] < 0) {
                index[size_t(root)] = int(out.components.size());
                out.components.push_back({int(out.components.size()) + 1, 0, QRect(x, y, 1, 1)});
            }
            InkComponent &c = out.components[size_t(index[size_t(root)])];
            ++c.area;
            c.box |= QRect(x, y, 1, 1);
            labels[x] = c.label;
        }
    }
    std::stable_sort(out.components.begin(), out.components.end(),
                     [](const InkComponent &a, const InkComponent &b) { return a.area > b.area; });
    return out;
}

int similarMarks(const InkComponents &found, double share)
{
    if (found.components.empty())
        return 0;
    const double least = share * double(found.components.front().area);
    return int(std::count_if(found.components.cbegin(), found.components.cend(),
                             [&](const InkComponent &c) { return double(c.area) >= least; }));
}

} // namespace cnnlab
