#include "io/Pseudonymizer.h"

#include <QMessageAuthenticationCode>

namespace ltv::io {

std::string pseudonymize(const std::string &customerId, const QByteArray &secret)
{
    const QByteArray mac = QMessageAuthenticationCode::hash(
        QByteArray(customerId.data(), static_cast<qsizetype>(customerId.size())), secret, QCryptographicHash::Sha256);
    return mac.left(16).toHex().toStdString();
}

} // namespace ltv::io
