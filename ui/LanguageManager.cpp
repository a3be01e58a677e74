#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace ltv::ui {

LanguageManager &LanguageManager::instance()
{
    static LanguageManager manager;
    return manager;
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString LanguageManager::nativeName(const QString &language)
{
    if (language == u"zh_CN")
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QLocale LanguageManager::locale() const
{
    return language_ == u"zh_CN" ? QLocale(QLocale::Chinese, QLocale::China)
                                 : QLocale(QLocale::English, QLocale::UnitedStates);
}

bool LanguageManager::setLanguage(const QString &requested)
{
    QString language = requested;
    if (language.isEmpty()) {
        // Follow the system: Chinese locales get Chinese, everything else English.
        language = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    }
    if (!availableLanguages().contains(language))
        return false;

    if (appTranslator_) {
        QCoreApplication::removeTranslator(appTranslator_.get());
        appTranslator_.reset();
    }
    if (qtTranslator_) {
        QCoreApplication::removeTranslator(qtTranslator_.get());
        qtTranslator_.reset();
    }
    // English too: its file holds the plural forms of the "%n ..." texts
    // ("1 customer", "2 customers"); everything else is the source text.
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/ltv_") + language + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(app.get());
        appTranslator_ = std::move(app);
    }
    if (language != u"en") {
        // Qt's own strings (standard buttons, dialogs).
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            qtTranslator_ = std::move(qt);
        }
    }
    language_ = language;
    QLocale::setDefault(locale());
    emit languageChanged(language_);
    return true;
}

} // namespace ltv::ui
