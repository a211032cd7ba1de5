// Arms in the Compare set-up, offscreen: Vary turns the checked models into
// one arm per value (with their settings, named by what differs), a bad value
// is named and changes nothing, and Edit arm renames a model and sets what it
// trains differently, refusing a name another arm has.

#include <QDoubleSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

#include "AppSession.h"
#include "compare/ArmDialog.h"
#include "compare/CompareSetupPanel.h"
#include "compare/VaryArmsRow.h"

using namespace cnnlab;
using namespace cnnlab::ui;

namespace {

void checkOnly(QListWidget *list, const QString &label)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(list->item(i)->text() == label ? Qt::Checked : Qt::Unchecked);
}

// What the Vary row says under its values.
QString statusText(CompareSetupPanel *setup)
{
    const QLabel *message = setup->varyRow()->messageLabel();
    return message->isVisibleTo(setup) ? message->text() : QString();
}

// Runs `fill` on the arm dialog once it is open (exec() blocks the test).
void whenArmDialogOpens(const std::function<void(ArmDialog *)> &fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<ArmDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(dialog);
    });
}

} // namespace

class TestCompareArms : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSession> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        AppSessionOptions options;
        options.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
        m_session = std::make_unique<AppSession>(options);
    }

    void varyMakesOneArmPerValue()
    {
        CompareSetupPanel setup(m_session.get());
        VaryArmsRow *vary = setup.varyRow();
        checkOnly(setup.modelList(), QStringLiteral("A"));
        vary->knobBox()->setCurrentIndex(vary->knobBox()->findData(QStringLiteral("optimizer")));
        QVERIFY(vary->valuesEdit()->placeholderText().contains(QLatin1String("adam")));
        vary->valuesEdit()->setText(QStringLiteral("sgd, adam"));
        vary->addButton()->click();
        ComparisonPlan plan = setup.plan();
        QCOMPARE(int(plan.models.size()), 2);
        QCOMPARE(plan.models[0].training.optimizer, std::optional(OptimizerKind::Sgd));
        QCOMPARE(plan.models[1].training.optimizer, std::optional(OptimizerKind::Adam));
        QCOMPARE(plan.models[0].spec.matchingPreset(), QStringLiteral("A"));
        QVERIFY(plan.models[0].label != plan.models[1].label);
        QVERIFY2(statusText(&setup).contains(QLatin1Char('2')), qPrintable(statusText(&setup)));

        // Two values of the training-set size on both arms: a grid of four, named by both.
        vary->knobBox()->setCurrentIndex(vary->knobBox()->findData(QStringLiteral("train-size")));
        vary->valuesEdit()->setText(QStringLiteral("600,all"));
        QTest::keyClick(vary->valuesEdit(), Qt::Key_Return);
        plan = setup.plan();
        QCOMPARE(int(plan.models.size()), 4);
        QCOMPARE(plan.models[0].training.trainSize, std::optional(600));
        QCOMPARE(plan.models[0].training.optimizer, std::optional(OptimizerKind::Sgd));
    }

    void badValuesAreNamedAndChangeNothing()
    {
        CompareSetupPanel setup(m_session.get());
        VaryArmsRow *vary = setup.varyRow();
        checkOnly(setup.modelList(), QStringLiteral("B"));
        const int before = setup.modelList()->count();
        vary->knobBox()->setCurrentIndex(vary->knobBox()->findData(QStringLiteral("lr")));
        vary->valuesEdit()->setText(QStringLiteral("0.01,fast"));
        vary->addButton()->click();
        QVERIFY2(statusText(&setup).contains(QLatin1String("\"fast\"")), qPrintable(statusText(&setup)));
        QVERIFY(!statusText(&setup).contains(QLatin1String("--vary")));
        QCOMPARE(setup.modelList()->count(), before);
        QCOMPARE(setup.plan().models.size(), size_t(1));

        checkOnly(setup.modelList(), QString()); // nothing checked
        vary->valuesEdit()->setText(QStringLiteral("0.01,0.1"));
        vary->addButton()->click();
        QVERIFY2(statusText(&setup).contains(QLatin1String("Check the models")), qPrintable(statusText(&setup)));
    }

    void editArmSetsItsTraining()
    {
        CompareSetupPanel setup(m_session.get());
        QListWidget *list = setup.modelList();
        checkOnly(list, QStringLiteral("A"));
        list->setCurrentRow(0);
        whenArmDialogOpens([](ArmDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("armName"))->setText(QStringLiteral("A, lr 0.05"));
            dialog->findChild<QDoubleSpinBox *>(QStringLiteral("armLearningRate"))->setValue(0.05);
            auto *augment = dialog->findChild<QComboBox *>(QStringLiteral("armAugment"));
            augment->setCurrentIndex(augment->findData(1));
            dialog->findChild<QSpinBox *>(QStringLiteral("armTrainSize"))->setValue(6000);
            dialog->accept();
        });
        setup.findChild<QPushButton *>(QStringLiteral("compareEditArm"))->click();
        const ComparisonPlan plan = setup.plan();
        QCOMPARE(int(plan.models.size()), 1);
        QCOMPARE(plan.models[0].label, QStringLiteral("A, lr 0.05"));
        QCOMPARE(plan.models[0].training.learningRate, std::optional(0.05));
        QCOMPARE(plan.models[0].training.augment, std::optional(true));
        QCOMPARE(plan.models[0].training.trainSize, std::optional(6000));
        QVERIFY(!plan.models[0].training.optimizer); // untouched: the comparison's
        QVERIFY(!plan.models[0].training.batchSize);
        QVERIFY(list->item(0)->toolTip().contains(QLatin1String("0.05")));

        // Back to "as the comparison" clears a setting.
        whenArmDialogOpens([](ArmDialog *dialog) {
            dialog->findChild<QDoubleSpinBox *>(QStringLiteral("armLearningRate"))->setValue(0);
            dialog->accept();
        });
        Q_EMIT list->itemDoubleClicked(list->item(0));
        QVERIFY(!setup.plan().models[0].training.learningRate);
        QCOMPARE(setup.plan().models[0].training.trainSize, std::optional(6000));
    }

    void editArmRefusesATakenName()
    {
        CompareSetupPanel setup(m_session.get());
        QListWidget *list = setup.modelList();
        list->setCurrentRow(0);
        bool refused = false;
        whenArmDialogOpens([&refused](ArmDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("armName"))->setText(QStringLiteral("B"));
            dialog->accept(); // refused: B is another arm's name
            auto *problem = dialog->findChild<QLabel *>(QStringLiteral("armProblem"));
            refused = dialog->isVisible() && problem->isVisible() && problem->text().contains(QLatin1String("\"B\""));
            dialog->findChild<QLineEdit *>(QStringLiteral("armName"))->clear();
            dialog->accept(); // refused: no name
            refused = refused && dialog->isVisible();
            dialog->reject();
        });
        setup.findChild<QPushButton *>(QStringLiteral("compareEditArm"))->click();
        QVERIFY(refused);
        QCOMPARE(list->item(0)->text(), QStringLiteral("A")); // cancelled: unchanged
    }
};

QTEST_MAIN(TestCompareArms)
#include "tst_comparearms.moc"
