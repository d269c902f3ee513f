// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NativeSqlite.h"

#include <cstring>

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include "store/SqlSupport.h"

namespace grapevine::native {

// A connection opened by our copy of SQLite points at our copy's default VFS through the first
// member of struct sqlite3 (pVfs, first since SQLite 3.0): reading that one pointer is safe
// whichever copy opened it.
sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3* const connection = *static_cast<sqlite3* const*>(handle.constData());
    if (!connection)
        return nullptr;
    sqlite3_vfs* opener = nullptr;
    std::memcpy(&opener, static_cast<const void*>(connection), sizeof opener);
    sqlite3_vfs* const ours = sqlite3_vfs_find(nullptr);
    return ours && opener == ours ? connection : nullptr;
}

void StatementDeleter::operator()(sqlite3_stmt* statement) const
{
    sqlite3_finalize(statement);
}

Error errorOf(sqlite3* handle, int code, const QString& doing)
{
    const QString text = QString::fromUtf8(sqlite3_errmsg(handle));
    return store::storageError(QSqlError(text, text, QSqlError::StatementError, QString::number(code)), doing);
}

Result<Statement> prepare(sqlite3* handle, const QString& sql, const QVariantList& binds, const QString& doing)
{
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt* raw = nullptr;
    const int prepared = sqlite3_prepare_v2(handle, text.constData(), static_cast<int>(text.size()), &raw, nullptr);
    Statement statement(raw);
    if (prepared != SQLITE_OK)
        return errorOf(handle, prepared, doing);
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant& value = binds.at(i);
        int bound = SQLITE_OK;
        if (value.isNull()) {
            bound = sqlite3_bind_null(raw, i + 1);
        } else if (value.typeId() == QMetaType::QString) {
            const QByteArray utf8 = value.toString().toUtf8();
            bound = sqlite3_bind_text64(
                raw, i + 1, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
        } else {
            bound = sqlite3_bind_int64(raw, i + 1, value.toLongLong());
        }
        if (bound != SQLITE_OK)
            return errorOf(handle, bound, doing);
    }
    return statement;
}

} // namespace grapevine::native
