#include "FreshWeights.h"

#include <torch/torch.h>

#include "ModelWeights_p.h"

namespace cnnlab {

ModelWeights freshWeights(const ArchitectureSpec &spec, quint64 seed, QString *error)
{
    try {
        torch::manual_seed(seed); // Trainer's setup() seeds the same way before building the net
        ConvNet net(spec);
        return snapshotWeights(net);
    } catch (const std::exception &e) {
        if (error)
            *error = QStringLiteral("Cannot build the network: %1").arg(QString::fromUtf8(e.what()));
        return {};
    }
}

} // namespace cnnlab
