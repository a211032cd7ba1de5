// cnnlab: the desktop app. Only the command line lives here; the window is in cnnlab_ui.

#include <algorithm>
#include <cstdio>
#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include "model/ArchitectureSpec.h"
#include "compute/ComputeThreads.h"
#include "MainWindow.h"
#include "AfterFirstFrame.h"
#include "common/Translations.h"
#include "common/Zoom.h"
#include "data/ImageDataset.h"

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

// --zoom and --page into `options`; false (with the reason on stderr) when either is wrong.
bool readViewOptions(const QCommandLineParser &parser, const QCommandLineOption &zoomOption,
                     const QCommandLineOption &pageOption, cnnlab::ui::MainWindowOptions *options)
{
    using cnnlab::ui::Zoom;
    if (parser.isSet(zoomOption)) {
        bool ok = false;
        options->zoomPercent = parser.value(zoomOption).toInt(&ok);
        if (!ok || options->zoomPercent < Zoom::MinPercent || options->zoomPercent > Zoom::MaxPercent) {
            std::fprintf(stderr, "cnnlab: zoom '%s' is not a whole percentage from %d to %d.\n",
                         qPrintable(parser.value(zoomOption)), Zoom::MinPercent, Zoom::MaxPercent);
            return false;
        }
    }
    if (parser.isSet(pageOption)) {
        if (!cnnlab::ui::MainWindow::pageFromName(parser.value(pageOption))) {
            std::fprintf(stderr, "cnnlab: unknown page '%s'; choose design, inside, draw or compare.\n",
                         qPrintable(parser.value(pageOption)));
            return false;
        }
        options->page = parser.value(pageOption);
    }
    return true;
}

// --language, else View → Language's choice, else the system's: installs its
// translations. False (with the reason on stderr) for a language without one.
bool installLanguage(const QCommandLineParser &parser, const QCommandLineOption &languageOption,
                     cnnlab::ui::MainWindowOptions *options)
{
    QString language = parser.value(languageOption);
    if (parser.isSet(languageOption)) {
        const auto languages = cnnlab::ui::availableLanguages();
        if (std::none_of(languages.begin(), languages.end(), [&](const auto &l) { return l.code == language; })) {
            std::fprintf(stderr, "cnnlab: no translation for language '%s'; choose en, de or es.\n",
                         qPrintable(language));
            return false;
        }
    } else {
        language = cnnlab::ui::languageSetting(QSettings());
    }
    options->language = cnnlab::ui::installTranslations(language);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    cnnlab::boundOpenMpSpinning(argv, cnnlab::SpinProfile::Interactive);
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
                       "and train it on MNIST or Fashion-MNIST with live plots."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("Folder with the four MNIST files (raw or .gz); with --dataset fashion-mnist, "
                                                       "Fashion-MNIST's."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption modelOption(QStringLiteral("model"),
                                         QStringLiteral("Open with the lesson's model A, B or C, or its "
                                                        "feedforward network FNN."),
                                         QStringLiteral("A|B|C|FNN"));
    const QCommandLineOption trainOption(QStringLiteral("train"),
                                         QStringLiteral("Start training as soon as the data is loaded."));
    const QCommandLineOption datasetOption(
        QStringLiteral("dataset"),
        QStringLiteral("Train on MNIST (handwritten digits) or Fashion-MNIST (clothing). Default: MNIST with --data, "
                       "else the last one used."),
        QStringLiteral("mnist|fashion-mnist"));
    const QCommandLineOption zoomOption(QStringLiteral("zoom"),
                                        QStringLiteral("Zoom text, plots and pictures to PERCENT (75 to 250; a projector "
                                                       "wants 150 or more). Default: the last zoom used."),
                                        QStringLiteral("PERCENT"));
    const QCommandLineOption pageOption(QStringLiteral("page"), QStringLiteral("Open on this page."),
                                        QStringLiteral("design|inside|draw|compare"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("Speak this language (en, de, es) instead of the one chosen in View > Language or the system's."),
        QStringLiteral("CODE"));
    parser.addOptions({dataOption, datasetOption, modelOption, trainOption, zoomOption, pageOption, languageOption});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("Drawings, images, weights (.pt), runs, comparisons or architectures "
                                                "to open, each on its page."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    cnnlab::ui::MainWindowOptions options;
    options.dataDir = parser.value(dataOption);
    options.model = parser.value(modelOption).toUpper();
    options.train = parser.isSet(trainOption);
    if (parser.isSet(datasetOption)) {
        const auto kind = cnnlab::datasetKindFromId(parser.value(datasetOption));
        if (!kind) {
            std::fprintf(stderr, "cnnlab: unknown dataset '%s'; choose mnist or fashion-mnist.\n",
                         qPrintable(parser.value(datasetOption)));
            return 2;
        }
        options.dataset = cnnlab::datasetId(*kind);
    }
    if (!options.model.isEmpty() && !cnnlab::ArchitectureSpec::preset(options.model)) {
        std::fprintf(stderr, "cnnlab: unknown model '%s'; choose A, B, C or FNN.\n", qPrintable(parser.value(modelOption)));
        return 2;
    }

    if (!readViewOptions(parser, zoomOption, pageOption, &options))
        return 2;
    options.files = parser.positionalArguments();
    if (!installLanguage(parser, languageOption, &options))
        return 2;

    QGuiApplication::setApplicationDisplayName(QStringLiteral("CNN Lab"));
    QGuiApplication::setDesktopFileName(QStringLiteral("cnnlab"));
    cnnlab::ui::MainWindow window(options);
    new cnnlab::AfterFirstFrame(&window, [&window] { window.startup(); });
    window.show();
    return app.exec();
}
