// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>

#include <QString>

namespace grapevine {

/// What went wrong, in words a user can act on, and which field it concerns (if any).
struct Error
{
    enum class Code {
        Invalid, ///< a value the user gave is not acceptable (field says which)
        Duplicate, ///< would create a second record of something that must be unique
        NotFound, ///< the record no longer exists
        InUse, ///< other records still depend on it
        ReadOnly, ///< the database was opened read-only
        Busy, ///< another program holds the database
        Storage, ///< the database or disk failed
        Stale ///< changed elsewhere since it was read (another window, an import); nothing was saved
    };

    Error() = default;
    Error(Code code, QString message, QString field = QString(), qint64 relatedId = 0)
        : code(code)
        , message(std::move(message))
        , field(std::move(field))
        , relatedId(relatedId)
    { }

    Code code = Code::Storage;
    QString message;
    QString field; ///< domain field name ("email", "referral_code"), empty if not about one field
    qint64 relatedId = 0; ///< for Duplicate: the record that already has the value, so the UI can go to it
};

/// A value or the Error that prevented it. Models return these instead of showing anything.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): implicit so `return value;` reads naturally
        : m_value(std::move(value))
    { }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    // By value on an rvalue, so `for (x : store.list().value())` owns what it loops over
    // instead of referring into a Result that died at the end of the full expression.
    T value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    T operator*() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Success or an Error, for operations that return nothing.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_failed(true)
        , m_error(std::move(error))
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace grapevine
