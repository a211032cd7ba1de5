#pragma once

// The Design page's files: architectures (JSON), trained weights (.pt), runs
// (JSON with the weights beside it) and the plots' exports. Opening a file
// puts what it holds into the page's panels and the session, and logs it.

#include <optional>

#include <QObject>

#include "model/ArchitectureSpec.h"

namespace cnnlab {
class AppSession;
}

namespace cnnlab::ui {

class ArchitecturePanel;
class PlotPanel;
class TrainingPanel;

class DesignFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesignFiles)

public:
    DesignFiles(AppSession *session, ArchitecturePanel *architecture, TrainingPanel *training, PlotPanel *plots,
                QObject *parent = nullptr);

    bool saveArchitecture(const QString &path, QString *error) const;
    bool openArchitecture(const QString &path, QString *error);
    bool saveWeights(const QString &path, QString *error) const;
    bool loadWeights(const QString &path, QString *error);
    // Training → Fine-tune a shipped model: the shipped Model `name`'s weights
    // become the next run's start, when they fit the loaded dataset (else *error says why).
    bool startFromShipped(const QString &name, QString *error);
    // A run record (curves, results, settings) as JSON with its weights beside it.
    bool saveRun(const QString &path, QString *error) const;
    // Reopens a saved run: architecture, settings, curves and weights as they were.
    bool openRun(const QString &path, QString *error);
    // kind: "png", "pdf" or "csv".
    bool exportPlots(const QString &path, const QString &kind, QString *error) const;

private:
    // An architecture JSON file, read and parsed; nullopt with *error naming the file.
    static std::optional<ArchitectureSpec> readArchitecture(const QString &path, QString *error);

    AppSession *m_session;
    ArchitecturePanel *m_architecture;
    TrainingPanel *m_training;
    PlotPanel *m_plots;
};

} // namespace cnnlab::ui
