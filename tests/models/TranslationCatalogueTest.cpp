// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Every catalogue complete for the sources as they are now: the .ts files are copied, brought
// up to date with lupdate exactly as the update_translations target does, and read. A tr()
// string added without a translation, or one left behind, fails here. The checks themselves are
// scripts/check-translations.py, the translators' own tool, so there is one definition of a
// finished catalogue.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

int runTool(const QString& program, const QStringList& arguments, QString* output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForStarted() || !p.waitForFinished(300000)) {
        *output = p.errorString();
        return -1;
    }
    *output = QString::fromUtf8(p.readAll());
    return p.exitCode();
}

TEST(TranslationCatalogues, EveryLanguageIsCompleteForTheSourcesAsTheyAreNow)
{
    QTemporaryDir dir;
    const QStringList languages = QDir(QStringLiteral(GRAPEVINE_TRANSLATIONS_DIR))
                                      .entryList({QStringLiteral("grapevine_*.ts")}, QDir::Files, QDir::Name)
                                      .filter(QRegularExpression(QStringLiteral("^grapevine_(?!en\\.)")));
    ASSERT_GE(languages.size(), 3) << "German, French and Spanish at least";
    QStringList copies;
    for (const QString& name : languages) {
        ASSERT_TRUE(QFile::copy(QStringLiteral(GRAPEVINE_TRANSLATIONS_DIR "/") + name, dir.filePath(name)));
        QFile::setPermissions(dir.filePath(name), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        copies << dir.filePath(name);
    }

    // The lupdate project of the build (the sources of every target), as update_translations
    // makes it.
    QString output;
    const QString project = dir.filePath(QStringLiteral("project.json"));
    ASSERT_EQ(runTool(QStringLiteral(GRAPEVINE_CMAKE),
                  {QStringLiteral("-DIN_FILE=" GRAPEVINE_LUPDATE_PROJECT), QStringLiteral("-DOUT_FILE=") + project,
                      QStringLiteral("-P"), QStringLiteral(GRAPEVINE_LUPDATE_GENERATOR)},
                  &output),
        0)
        << output.toStdString();
    ASSERT_EQ(runTool(QStringLiteral(GRAPEVINE_LUPDATE),
                  QStringList {QStringLiteral("-project"), project, QStringLiteral("-no-obsolete"),
                      QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts")}
                      + copies,
                  &output),
        0)
        << output.toStdString();

    const int checked = runTool(
        QStringLiteral("python3"), QStringList {QStringLiteral(GRAPEVINE_TRANSLATIONS_CHECKER)} + copies, &output);
    EXPECT_EQ(checked, 0) << "run the update_translations target, translate, and check with "
                             "scripts/check-translations.py:\n"
                          << output.left(6000).toStdString();
    // One summary line per catalogue, "<file>: <done> of <all> translated, <n> problem(s)".
    static const QRegularExpression summary(
        QStringLiteral("^(\\S+): (\\d+) of (\\d+) translated"), QRegularExpression::MultilineOption);
    int catalogues = 0;
    for (auto it = summary.globalMatch(output); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        ++catalogues;
        EXPECT_GT(m.captured(3).toInt(), 2000) << m.captured(1).toStdString() << ": lupdate found the sources";
        EXPECT_EQ(m.captured(2), m.captured(3)) << m.captured(1).toStdString();
    }
    EXPECT_EQ(catalogues, copies.size()) << output.left(2000).toStdString();
}

} // namespace
