// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Every catalogue complete for the sources as they are now: the .ts files are copied, brought
// up to date with lupdate exactly as the update_translations target does, and read. A tr()
// string added without a translation, or one left behind, fails here. The same checks, with
// every problem listed, are scripts/check-translations.py.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; ///< of its <translation>: "", "unfinished", "obsolete", "vanished"
    QStringList forms; ///< the translation, or each plural form
    bool numerus = false;
};

QList<Message> readCatalogue(const QString& path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message {context, QString(), QString(), {},
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus) {
                current.forms << xml.readElementText();
                messages << current;
            }
        } else if (name == QLatin1String("numerusform")) {
            current.forms << xml.readElementText();
        }
        if (current.numerus && name == QLatin1String("translation"))
            messages << current; // forms are added to the copy below as they are read
        if (current.numerus && name == QLatin1String("numerusform") && !messages.isEmpty())
            messages.last().forms = current.forms;
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return messages;
}

QStringList placeholders(const QString& text, bool numerus)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured(1);
        if (!(numerus && p == QLatin1String("n")))
            found << p;
    }
    QStringList sorted(found.begin(), found.end());
    sorted.sort();
    return sorted;
}

int accelerators(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?!&)(?![a-zA-Z]+;|#\\d+;)(?=\\w)"));
    int n = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

QStringList tags(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*>"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(1).toLower();
    found.sort();
    return found;
}

/// What would stop this message from showing correctly, or nothing.
QStringList problems(const Message& m)
{
    QStringList found;
    if (m.type == QLatin1String("unfinished"))
        return {QStringLiteral("not translated")};
    if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished"))
        return {QStringLiteral("obsolete")};
    if (m.forms.isEmpty())
        return {QStringLiteral("no translation")};
    for (const QString& form : m.forms) {
        if (form.trimmed().isEmpty())
            found << QStringLiteral("an empty translation");
        else if (placeholders(form, m.numerus) != placeholders(m.source, m.numerus))
            found << QStringLiteral("other placeholders: ") + form;
        else if (accelerators(form) != accelerators(m.source))
            found << QStringLiteral("not one keyboard accelerator as in the source: ") + form;
        else if (tags(form) != tags(m.source))
            found << QStringLiteral("other HTML tags: ") + form;
    }
    if (m.numerus && m.source.contains(QStringLiteral("%")) && !m.forms.isEmpty()
        && placeholders(m.source, false).contains(QStringLiteral("n"))
        && !placeholders(m.forms.last(), false).contains(QStringLiteral("n")))
        found << QStringLiteral("the plural form does not show the number");
    return found;
}

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

    for (const QString& copy : copies) {
        const QList<Message> messages = readCatalogue(copy);
        EXPECT_GT(messages.size(), 2000) << copy.toStdString();
        QStringList report;
        for (const Message& m : messages) {
            for (const QString& p : problems(m))
                report << QStringLiteral("[%1] \"%2\": %3").arg(m.context, m.source.left(70), p);
        }
        EXPECT_TRUE(report.isEmpty()) << QFileInfo(copy).fileName().toStdString() << ", " << report.size()
                                      << " problem(s); run the update_translations target, translate, and check with "
                                         "scripts/check-translations.py:\n"
                                      << report.mid(0, 30).join(QLatin1Char('\n')).toStdString();
    }
}

} // namespace
