#pragma once

// The CNN Lab window: a shell. It creates the shared AppSession, the pages
// (Design & train, Inside, Draw, Compare), the menus from the pages' actions
// and the status bar, and remembers its geometry. Everything a page does
// lives in that page's folder (ui/design, ui/inside, ui/draw, ui/compare);
// zoom, presentation mode and fitting the screen are in ui/common.

#include <memory>
#include <optional>

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;

namespace cnnlab {
class AppSession;
}

namespace cnnlab::ui {

class DatasetController;
class PresentationMode;
class QuitQuestion;
class ComparePage;
class DesignPage;
class DrawPage;
class InsidePage;
struct RecentFile;

struct MainWindowOptions
{
    QString dataDir;        // --data: tried first; MNIST's folder unless `dataset` says otherwise
    QString model;          // --model A|B|C: overrides the remembered architecture
    bool train = false;     // --train: start as soon as the data is loaded
    QString settingsFile;   // an INI file instead of the user's settings (tests, benchmarks)
    bool askForData = true; // show DatasetSetupDialog when no dataset is found
    QString dataset;        // --dataset mnist|fashion-mnist; empty: MNIST with --data, else the remembered choice
    QString systemRoot;     // prefixes the system's Fashion-MNIST folder (tests pass a fixture)
    int zoomPercent = 0;    // --zoom: 75..250; 0: the remembered zoom
    QString page;           // --page design|inside|draw|compare; empty: the remembered page
    QStringList files;      // files given on the command line or by the desktop, opened on their pages
    QString language;       // the language installTranslations() chose ("en" when empty)
};

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { DesignTrain, Inside, Draw, Compare };

    explicit MainWindow(const MainWindowOptions &options = MainWindowOptions(), QWidget *parent = nullptr);
    ~MainWindow() override;

    // Finds and loads the data (asking when needed), opens the files given on
    // the command line, then starts training if --train was given. Call once
    // the window is shown.
    void startup();

    AppSession *session() const { return m_session.get(); }
    DatasetController *datasets() const { return m_datasets; }
    DesignPage *designPage() const { return m_design; }
    // The Inside and Draw pages take a sixth of a second to build, more than
    // the rest of the window: the one on screen is built with the window, the
    // other right after the first frame (startup()), or here when asked first.
    DrawPage *drawPage();
    InsidePage *insidePage();
    ComparePage *comparePage() const { return m_compare; }
    QTabWidget *pages() const { return m_pages; }
    void showPage(Page page);
    // The page `page` (each sits in a scroll area that scrolls only when even
    // its compact layout does not fit); built first where it was not yet.
    QWidget *pageWidget(Page page);
    // Whether `page` is built yet (the tests of the deferred pages).
    bool isPageBuilt(Page page) const;
    // "design", "inside", "draw" or "compare"; nullopt for anything else.
    static std::optional<Page> pageFromName(const QString &name);
    PresentationMode *presentation() const { return m_presentation; }
    QuitQuestion *quitQuestion() const { return m_quitQuestion; }

    void saveSettings() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPages();
    // A tab whose page comes later (the page's scroll area holds an empty widget until then).
    void addDeferredTab(const QString &name, const QString &title);
    void buildInsidePage();
    void buildDrawPage();
    void createMenus();
    void createViewMenu();
    void applyZoom(int percent);
    void restoreSettings();
    void updateDatasetStatus();
    void showStatusMessage(const QString &text, int timeoutMs);
    void about();
    // File → Open Recent: the entry opens on its page; an error is shown as its Open… action shows it.
    void openRecent(const RecentFile &file);
    // The files of MainWindowOptions::files, each on its page; what cannot be opened says why.
    void openGivenFiles();

    MainWindowOptions m_options;
    std::unique_ptr<AppSession> m_session;
    DatasetController *m_datasets = nullptr;
    QTabWidget *m_pages = nullptr;
    DesignPage *m_design = nullptr;
    DrawPage *m_draw = nullptr;
    InsidePage *m_inside = nullptr;
    ComparePage *m_compare = nullptr;
    // Filled with the deferred pages' actions when they are built.
    QMenu *m_insideExportMenu = nullptr;
    QMenu *m_drawingsMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QLabel *m_datasetLabel = nullptr;
    PresentationMode *m_presentation = nullptr;
    QuitQuestion *m_quitQuestion = nullptr;
    bool m_trainWhenLoaded = false; // --train waits for the setup dialog
};

} // namespace cnnlab::ui
