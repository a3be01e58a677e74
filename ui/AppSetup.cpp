#include "AppSetup.h"

#include "LanguageManager.h"
#include "Settings.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QPixmap>
#include <QSettings>
#include <QWidget>

namespace ltv::ui {

void setupApplication(const QString &language)
{
    QCoreApplication::setOrganizationName(QStringLiteral("LTV Studio"));
    QCoreApplication::setApplicationName(QStringLiteral("LTV Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LTV_VERSION_STRING));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("LTV Studio"));
    QGuiApplication::setDesktopFileName(QStringLiteral("ltv-studio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ltv-studio.svg")));

    QString chosen = language;
    if (chosen.isEmpty())
        chosen = Settings::instance().language();
    if (!LanguageManager::instance().setLanguage(chosen))
        LanguageManager::instance().setLanguage(QString());
}

bool saveScreenshot(QWidget *widget, const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QStringLiteral("cannot create folder %1").arg(info.absolutePath());
        return false;
    }
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace ltv::ui
