// cnnlab: the desktop app. Only the command line lives here; the window is in cnnlab_ui.

#include <cstdio>
#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include "ArchitectureSpec.h"
#include "MainWindow.h"

namespace {

// --help and --version must work without a display, so they get a QCoreApplication.
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> appHolder;
    if (wantsTextOnly(argc, argv))
        appHolder = std::make_unique<QCoreApplication>(argc, argv);
    else
        appHolder = std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *appHolder;
    QCoreApplication::setOrganizationName(QStringLiteral("CNNLab"));
    QCoreApplication::setApplicationName(QStringLiteral("cnnlab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CNNLAB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("CNN Lab: design a convolutional neural network, watch every layer's size change, "
                       "and train it on MNIST with live plots."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("Folder with the four MNIST files (raw or .gz)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption modelOption(QStringLiteral("model"),
                                         QStringLiteral("Open with the lesson's model A, B or C."),
                                         QStringLiteral("A|B|C"));
    const QCommandLineOption trainOption(QStringLiteral("train"),
                                         QStringLiteral("Start training as soon as the data is loaded."));
    parser.addOptions({dataOption, modelOption, trainOption});
    parser.process(app);

    cnnlab::ui::MainWindowOptions options;
    options.dataDir = parser.value(dataOption);
    options.model = parser.value(modelOption).toUpper();
    options.train = parser.isSet(trainOption);
    if (!options.model.isEmpty() && !cnnlab::ArchitectureSpec::preset(options.model)) {
        std::fprintf(stderr, "cnnlab: unknown model '%s'; choose A, B or C.\n", qPrintable(parser.value(modelOption)));
        return 2;
    }

    QGuiApplication::setApplicationDisplayName(QStringLiteral("CNN Lab"));
    QGuiApplication::setDesktopFileName(QStringLiteral("cnnlab"));
    cnnlab::ui::MainWindow window(options);
    window.show();
    QTimer::singleShot(0, &window, &cnnlab::ui::MainWindow::startup);
    return app.exec();
}
