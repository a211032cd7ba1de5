#pragma once

// The small text helpers every part of core needs: the optional `QString *error`
// out-parameter, and a shape written as text. Torch-free, header-only.

#include <QString>
#include <QStringView>

namespace cnnlab {

// Stores `message` in *error when the caller asked for it (error may be null).
// Returns false, so a bool function can end with `return setError(error, ...);`.
inline bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// A shape's dimensions joined by `separator`: ({1, 28, 28}, u"x") gives "1x28x28".
// Any range of integers: std::vector<int>, c10::IntArrayRef, ...
template <typename Dims>
QString shapeString(const Dims &dims, QStringView separator)
{
    QString text;
    bool first = true;
    for (const auto dim : dims) {
        if (!first)
            text += separator;
        text += QString::number(dim);
        first = false;
    }
    return text;
}

} // namespace cnnlab
