#pragma once
// Loads and switches the UI language at run time. Widgets react to
// QEvent::LanguageChange by retranslating their texts.

#include <QLocale>
#include <QObject>
#include <QTranslator>

#include <memory>

namespace ltv::ui {

class LanguageManager : public QObject
{
    Q_OBJECT
public:
    static LanguageManager &instance();

    // Languages with a bundled translation, plus English (the source language).
    static QStringList availableLanguages(); // e.g. {"en", "zh_CN"}
    static QString nativeName(const QString &language);

    // "en", "zh_CN", or empty for the system locale. Returns false if unknown.
    bool setLanguage(const QString &language);
    QString language() const { return language_; }
    QLocale locale() const;

signals:
    void languageChanged(const QString &language);

private:
    LanguageManager() = default;
    QString language_ = QStringLiteral("en");
    std::unique_ptr<QTranslator> appTranslator_;
    std::unique_ptr<QTranslator> qtTranslator_;
};

} // namespace ltv::ui
