#pragma once

// How a DatasetDownloader run ended, for the tests that run one against a
// local server (tst_downloader, tst_cifar10download).

#include <QSignalSpy>
#include <QString>

#include "data/DatasetDownloader.h"
#include "data/DatasetLocations.h"

namespace testutils {

struct DownloadOutcome
{
    bool finished = false; // false: no finished() within the time allowed (a hang)
    bool ok = false;
    QString message;
};

// Starts `downloader` on `spec` into `dir` and waits up to `timeoutMs` for its finished().
inline DownloadOutcome runDownload(cnnlab::DatasetDownloader &downloader, const cnnlab::DownloadSpec &spec,
                                   const QString &dir, int timeoutMs)
{
    QSignalSpy finished(&downloader, &cnnlab::DatasetDownloader::finished);
    downloader.startSpec(spec, dir);
    DownloadOutcome outcome;
    outcome.finished = finished.wait(timeoutMs);
    if (outcome.finished) {
        outcome.ok = finished.at(0).at(0).toBool();
        outcome.message = finished.at(0).at(1).toString();
    }
    return outcome;
}

} // namespace testutils
