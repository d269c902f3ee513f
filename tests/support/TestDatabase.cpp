// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <QFile>

namespace grapevine::test {

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 14), QTime(9, 26, 53), Qt::UTC);
}

TestDatabase::TestDatabase()
    : m_clock(fixedNow())
{
    reopen();
}

TestDatabase::~TestDatabase() = default;

QString TestDatabase::path() const
{
    return m_dir.filePath(QStringLiteral("test.sqlite"));
}

void TestDatabase::reopen()
{
    m_database.reset();
    db::OpenFailure failure;
    m_database = db::Database::open(path(), {}, &failure, m_clock);
    if (!m_database)
        ADD_FAILURE() << "could not open test database: " << failure.message.toStdString();
}

QString testDataPath(const QString& relative)
{
    return QStringLiteral(GRAPEVINE_TEST_DATA_DIR "/") + relative;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace grapevine::test
