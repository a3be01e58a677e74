#pragma once
// One typed settings object over QSettings, with change signals, instead of
// string keys scattered around the UI. Read it on the GUI thread and pass
// values into workers.

#include <QObject>
#include <QStringList>

namespace ltv::ui {

class Settings : public QObject
{
    Q_OBJECT
public:
    static Settings &instance();

    QString language() const; // "en", "zh_CN", or "" for the system locale
    void setLanguage(const QString &language);

    int displayDecimals() const; // decimals for money and rates in tables
    void setDisplayDecimals(int decimals);

    QString dateFormat() const; // "iso" (yyyy-MM-dd) or "locale" (the language's short format)
    void setDateFormat(const QString &format);

    int defaultHorizonWeeks() const; // prediction horizon offered on the Models page
    void setDefaultHorizonWeeks(int weeks);

    double defaultAnnualDiscountRate() const; // e.g. 0.10 for 10% a year
    void setDefaultAnnualDiscountRate(double rate);

    QStringList recentProjects() const; // newest first, existing files only, at most maxRecent()
    void addRecentProject(const QString &path);
    void removeRecentProject(const QString &path);
    static int maxRecent() { return 10; }

signals:
    void languageChanged(const QString &language);
    void displayChanged();
    void defaultsChanged();
    void recentProjectsChanged();

private:
    Settings() = default;
};

} // namespace ltv::ui
