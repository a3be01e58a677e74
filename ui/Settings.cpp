#include "Settings.h"

#include <QFileInfo>
#include <QSettings>

namespace ltv::ui {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kDecimals = QStringLiteral("display/decimals");
const QString kDateFormat = QStringLiteral("display/dateFormat");
const QString kHorizon = QStringLiteral("models/defaultHorizonWeeks");
const QString kDiscount = QStringLiteral("models/defaultAnnualDiscountRate");
const QString kRecent = QStringLiteral("projects/recent");
} // namespace

Settings &Settings::instance()
{
    static Settings settings;
    return settings;
}

QString Settings::language() const
{
    return QSettings().value(kLanguage).toString();
}

void Settings::setLanguage(const QString &language)
{
    if (language == this->language())
        return;
    QSettings().setValue(kLanguage, language);
    emit languageChanged(language);
}

int Settings::displayDecimals() const
{
    return std::clamp(QSettings().value(kDecimals, 2).toInt(), 0, 6);
}

void Settings::setDisplayDecimals(int decimals)
{
    QSettings().setValue(kDecimals, std::clamp(decimals, 0, 6));
    emit displayChanged();
}

QString Settings::dateFormat() const
{
    const QString format = QSettings().value(kDateFormat, QStringLiteral("iso")).toString();
    return format == u"locale" ? format : QStringLiteral("iso");
}

void Settings::setDateFormat(const QString &format)
{
    QSettings().setValue(kDateFormat, format == u"locale" ? format : QStringLiteral("iso"));
    emit displayChanged();
}

int Settings::defaultHorizonWeeks() const
{
    return std::clamp(QSettings().value(kHorizon, 39).toInt(), 1, 520);
}

void Settings::setDefaultHorizonWeeks(int weeks)
{
    QSettings().setValue(kHorizon, std::clamp(weeks, 1, 520));
    emit defaultsChanged();
}

double Settings::defaultAnnualDiscountRate() const
{
    return std::clamp(QSettings().value(kDiscount, 0.10).toDouble(), 0.0, 1.0);
}

void Settings::setDefaultAnnualDiscountRate(double rate)
{
    QSettings().setValue(kDiscount, std::clamp(rate, 0.0, 1.0));
    emit defaultsChanged();
}

QStringList Settings::recentProjects() const
{
    QStringList out;
    for (const QString &path : QSettings().value(kRecent).toStringList())
        if (QFileInfo::exists(path) && !out.contains(path))
            out << path;
    return out.mid(0, maxRecent());
}

void Settings::addRecentProject(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = QSettings().value(kRecent).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    QSettings().setValue(kRecent, list.mid(0, maxRecent()));
    emit recentProjectsChanged();
}

void Settings::removeRecentProject(const QString &path)
{
    QStringList list = QSettings().value(kRecent).toStringList();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kRecent, list);
    emit recentProjectsChanged();
}

} // namespace ltv::ui
