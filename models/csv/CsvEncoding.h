// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

namespace grapevine::csv {

/// How an encoding was decided, for the import wizard to say.
enum class EncodingReason {
    ByteOrderMark, ///< the file starts with one
    Detected, ///< from the file's bytes
    Assumed, ///< nothing showed: what Excel on Windows writes
    Chosen, ///< by the user
};

/// The encoding a file was found to be in, and how that was decided, to show the user.
struct DetectedEncoding
{
    QString name; ///< one of CsvEncoding::names(): "UTF-8", "UTF-16LE", "windows-1252" …
    int bomLength = 0; ///< bytes of byte-order mark to skip
    EncodingReason reason = EncodingReason::Detected;
};

/// The encodings spreadsheets and shops write CSV in, recognised and decoded. Detection: the
/// byte-order mark when there is one, else uchardet (Debian's libuchardet) on the first part
/// of the file, else UTF-8 when the bytes are valid UTF-8, else Windows-1252 (which is what
/// Excel on Windows writes as "CSV"). Always a guess for the user to confirm or override.
class CsvEncoding final
{
    Q_DECLARE_TR_FUNCTIONS(CsvEncoding)

public:
    /// UTF-8, UTF-16LE, UTF-16BE, windows-1252, ISO-8859-1, ISO-8859-15, macintosh (Mac Roman).
    static QStringList names();
    /// A name the user or a CLI option gave, matched loosely ("utf8", "Latin-1", "cp1252",
    /// "mac-roman"); nothing when it is not one of names().
    static std::optional<QString> canonicalName(const QString& name);
    /// A name for people: "Western European (Windows-1252)".
    static QString displayName(const QString& name);

    static DetectedEncoding detect(QByteArrayView head);
    static bool isValidUtf8(QByteArrayView bytes);
};

/// Turns the raw bytes of one field into text, in one of the ASCII-compatible encodings of
/// CsvEncoding::names() (a UTF-16 file is turned into UTF-8 before it is split into fields).
/// Invalid bytes are never dropped silently: the text gets U+FFFD where they were and
/// lastHadInvalidBytes() says so, for the row's problems.
class FieldDecoder final
{
public:
    explicit FieldDecoder(const QString& encoding);
    bool isValid() const { return m_valid; }
    QString decode(QByteArrayView bytes);
    bool lastHadInvalidBytes() const { return m_invalid; }

private:
    QStringDecoder m_decoder;
    bool m_valid = false;
    bool m_invalid = false;
};

} // namespace grapevine::csv
