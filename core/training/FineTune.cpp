#include "training/FineTune.h"

#include <QCoreApplication>

#include "data/ImageDataset.h"
#include "model/ModelWeights.h"

namespace cnnlab {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cnnlab::FineTune)
};

QStringList digitNames()
{
    QStringList names;
    for (int d = 0; d <= 9; ++d)
        names.append(QString::number(d));
    return names;
}

} // namespace

QString fineTuneProblem(const ModelWeights &weights, const ImageDataset &data)
{
    if (weights.isNull())
        return Tr::tr("There are no weights to start from.");
    const ArchitectureSpec spec = weights.spec();
    if (spec.inputSize != data.side() || spec.inputChannels != data.channels())
        return Tr::tr("The weights read %1 × %1 images with %2 channel(s); %3's are %4 × %4 with %5.")
            .arg(spec.inputSize)
            .arg(spec.inputChannels)
            .arg(data.name())
            .arg(data.side())
            .arg(data.channels());
    if (spec.classes != data.numClasses())
        return Tr::tr("The weights have %1 outputs; %2 has %3 classes.").arg(spec.classes).arg(data.name()).arg(data.numClasses());
    if (data.isBuiltIn())
        return {}; // MNIST's digits, or Fashion-MNIST's ten classes in their place: transfer learning
    const QStringList expected = weights.classNames().isEmpty() ? digitNames() : weights.classNames();
    if (data.classes() != expected)
        return weights.classNames().isEmpty()
                   ? Tr::tr("The weights read the digits 0 to 9; %1's classes are %2. Name the class folders 0 to 9.")
                         .arg(data.name(), data.classes().join(QStringLiteral(", ")))
                   : Tr::tr("The weights were trained on the classes %1; %2's are %3.")
                         .arg(expected.join(QStringLiteral(", ")), data.name(), data.classes().join(QStringLiteral(", ")));
    return {};
}

} // namespace cnnlab
