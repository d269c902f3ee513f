// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <ostream>

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include "db/Database.h"
#include "domain/Clock.h"

// Readable failure messages for Qt strings in GoogleTest (found by argument-dependent lookup,
// so it must live in QString's namespace, the global one).
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace grapevine::test {

/// A fresh database in its own temporary folder, created through the migrator exactly as the
/// app creates one, with a clock that only moves when the test says so.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    QSqlDatabase connection() const { return m_database->connection(); }
    db::Database& database() { return *m_database; }
    ManualClock& clock() { return m_clock; }
    QString dir() const { return m_dir.path(); }
    QString path() const;

    /// Closes and reopens the file, as a restart of the app would.
    void reopen();

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<db::Database> m_database;
};

/// Path of a file under tests/data.
QString testDataPath(const QString& relative);

/// The file's bytes (for "left untouched" checks); empty when it cannot be read.
QByteArray fileBytes(const QString& path);

/// A fixed instant used by tests as "now": 2026-03-14 09:26:53 UTC.
QDateTime fixedNow();

} // namespace grapevine::test
