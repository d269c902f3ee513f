// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrCode.h"

#include <cerrno>
#include <memory>

#include <qrencode.h>

namespace grapevine::invitations {

namespace {

QRecLevel toQrencode(QrCode::Level level)
{
    switch (level) {
    case QrCode::Level::Low:
        return QR_ECLEVEL_L;
    case QrCode::Level::Medium:
        return QR_ECLEVEL_M;
    case QrCode::Level::Quartile:
        return QR_ECLEVEL_Q;
    case QrCode::Level::High:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

struct QrFree
{
    void operator()(QRcode* code) const { QRcode_free(code); }
};

} // namespace

Result<QrCode> QrCode::encode(const QString& text, Level level)
{
    if (text.isEmpty())
        return Error(Error::Code::Invalid, tr("There is nothing to put in the QR code."));
    const QByteArray utf8 = text.toUtf8();
    errno = 0;
    // Version 0 lets libqrencode choose the smallest version; QR_MODE_8 keeps non-ASCII UTF-8
    // bytes as they are; case-sensitive so a link keeps its exact spelling.
    const std::unique_ptr<QRcode, QrFree> code(
        QRcode_encodeString(utf8.constData(), 0, toQrencode(level), QR_MODE_8, 1));
    if (!code) {
        if (errno == ERANGE)
            return Error(Error::Code::Invalid,
                tr("The text is too long for a QR code (%1 bytes). Use a shorter link.").arg(utf8.size()));
        return Error(Error::Code::Invalid, tr("The QR code could not be made."));
    }
    QrCode qr;
    qr.m_size = code->width;
    qr.m_version = code->version;
    qr.m_dark.resize(static_cast<std::size_t>(code->width) * static_cast<std::size_t>(code->width));
    // libqrencode packs flags into each byte; bit 0 is "dark".
    for (std::size_t i = 0; i < qr.m_dark.size(); ++i)
        qr.m_dark[i] = code->data[i] & 1U;
    return qr;
}

} // namespace grapevine::invitations
