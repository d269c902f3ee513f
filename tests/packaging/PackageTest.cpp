// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The Linux package as a user gets it: built with CPack from this build, checked by Debian's
// and freedesktop's validators, unpacked into a scratch root and started from there.
#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

struct Outcome
{
    int exitCode = -1;
    bool finished = false;
    QString output;
};

Outcome run(const QString& program, const QStringList& arguments, int timeoutMs = 300000,
    const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(), const QString& dir = QString())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start(program, arguments);
    Outcome r;
    if (!p.waitForStarted(10000)) {
        r.output = p.errorString();
        return r;
    }
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitCode();
    r.output = QString::fromUtf8(p.readAll());
    return r;
}

QString tool(const char* name)
{
    const QString found = QStandardPaths::findExecutable(QLatin1String(name));
    EXPECT_FALSE(found.isEmpty()) << name << " is missing: scripts/setup.sh installs it";
    return found;
}

class PackageTest : public ::testing::Test
{
protected:
    /// One package for all the tests of this program.
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        const Outcome made = run(QStringLiteral(GRAPEVINE_CPACK),
            {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), s_dir->path(),
                QStringLiteral("--config"), QStringLiteral(GRAPEVINE_BUILD_DIR "/CPackConfig.cmake")});
        s_cpackOutput = made.output;
        const QStringList debs = QDir(s_dir->path()).entryList({QStringLiteral("*.deb")});
        if (made.exitCode == 0 && !debs.isEmpty())
            s_deb = s_dir->filePath(debs.first());
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    static inline QTemporaryDir* s_dir = nullptr;
    static inline QString s_deb;
    static inline QString s_cpackOutput;
};

TEST_F(PackageTest, DebiansLintianFindsNoErrorOrWarning)
{
    ASSERT_FALSE(s_deb.isEmpty()) << s_cpackOutput.toStdString();
    const Outcome lint = run(tool("lintian"), {QStringLiteral("--tag-display-limit"), QStringLiteral("0"), s_deb});
    EXPECT_EQ(lint.exitCode, 0) << lint.output.toStdString();
    for (const QString& line : lint.output.split(QLatin1Char('\n'))) {
        EXPECT_FALSE(line.startsWith(QStringLiteral("E:")) || line.startsWith(QStringLiteral("W:")))
            << line.toStdString();
    }
}

TEST_F(PackageTest, TheDesktopFileAndMetainfoPassTheirValidators)
{
    const QString desktop = QStringLiteral(GRAPEVINE_BUILD_DIR "/packaging/" GRAPEVINE_APP_ID ".desktop");
    const QString metainfo = QStringLiteral(GRAPEVINE_BUILD_DIR "/packaging/" GRAPEVINE_APP_ID ".metainfo.xml");
    const Outcome d = run(tool("desktop-file-validate"), {desktop});
    EXPECT_EQ(d.exitCode, 0) << d.output.toStdString();
    EXPECT_TRUE(d.output.trimmed().isEmpty()) << "no hints either: " << d.output.toStdString();
    const Outcome a = run(tool("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
    EXPECT_EQ(a.exitCode, 0) << a.output.toStdString();
}

TEST_F(PackageTest, TheInstalledProgramsRun)
{
    ASSERT_FALSE(s_deb.isEmpty()) << s_cpackOutput.toStdString();
    QTemporaryDir root;
    const Outcome unpacked = run(tool("dpkg"), {QStringLiteral("-x"), s_deb, root.path()});
    ASSERT_EQ(unpacked.exitCode, 0) << unpacked.output.toStdString();
    const QString id = QStringLiteral(GRAPEVINE_APP_ID);
    const QStringList installed = {QStringLiteral("usr/bin/grapevine"), QStringLiteral("usr/bin/grapevine-cli"),
        QStringLiteral("usr/share/applications/") + id + QStringLiteral(".desktop"),
        QStringLiteral("usr/share/metainfo/") + id + QStringLiteral(".metainfo.xml"),
        QStringLiteral("usr/share/icons/hicolor/scalable/apps/") + id + QStringLiteral(".svg"),
        QStringLiteral("usr/share/icons/hicolor/256x256/apps/") + id + QStringLiteral(".png"),
        QStringLiteral("usr/share/man/man1/grapevine.1.gz"), QStringLiteral("usr/share/doc/grapevine/copyright")};
    for (const QString& file : installed)
        EXPECT_TRUE(QFileInfo::exists(root.filePath(file))) << file.toStdString();

    // A home of its own, so nothing of the person running the tests is read or written.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    const Outcome version
        = run(root.filePath(QStringLiteral("usr/bin/grapevine-cli")), {QStringLiteral("--version")}, 60000, env);
    EXPECT_EQ(version.exitCode, 0) << version.output.toStdString();
    EXPECT_TRUE(version.output.contains(QStringLiteral(GRAPEVINE_EXPECTED_VERSION))) << version.output.toStdString();

    const QString shop = home.filePath(QStringLiteral("shop.sqlite"));
    const Outcome demo = run(root.filePath(QStringLiteral("usr/bin/grapevine-cli")),
        {QStringLiteral("demo"), QStringLiteral("--out"), shop}, 120000, env);
    EXPECT_EQ(demo.exitCode, 0) << demo.output.toStdString();

    // The window program starts on that file and is still running a few seconds later.
    QProcess gui;
    gui.setProcessEnvironment(env);
    gui.setProcessChannelMode(QProcess::MergedChannels);
    gui.start(root.filePath(QStringLiteral("usr/bin/grapevine")), {shop});
    ASSERT_TRUE(gui.waitForStarted(10000)) << gui.errorString().toStdString();
    const bool ended = gui.waitForFinished(4000);
    EXPECT_FALSE(ended) << "exit code " << gui.exitCode() << ": " << gui.readAll().toStdString();
    gui.terminate();
    if (!gui.waitForFinished(10000))
        gui.kill();
    gui.waitForFinished();
}

} // namespace
