#include "model/FreshWeights.h"

#include "model/ModelWeights_p.h"

namespace cnnlab {

ModelWeights freshWeights(const ArchitectureSpec &spec, quint64 seed, QString *error)
{
    try {
        ConvNet net = buildConvNet(spec, seed); // as the trainer builds its net

        return snapshotWeights(net);
    } catch (const std::exception &e) {
        if (error)
            *error = QStringLiteral("Cannot build the network: %1").arg(QString::fromUtf8(e.what()));
        return {};
    }
}

} // namespace cnnlab
