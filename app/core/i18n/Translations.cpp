#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace AsanaFeed::Translations {

namespace {

// Where the embedded .qm files are (RESOURCE_PREFIX in translations/CMakeLists.txt).
constexpr auto resourceFolder = ":/asanafeed/i18n";

// Qt's own catalogue is looked for where Qt says its translations are, then beside the program
// (windeployqt's layout) and in the bundle's resources (macOS).
QStringList qtTranslationFolders()
{
    const QDir program(QCoreApplication::applicationDirPath());
    return {QLibraryInfo::path(QLibraryInfo::TranslationsPath), program.filePath(QStringLiteral("translations")),
            program.filePath(QStringLiteral("../Resources/translations"))};
}

} // namespace

QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString nativeName(const QString& language)
{
    const QLocale locale(language);
    // CLDR names English by its territory ("American English"); a language menu wants the
    // language alone, which for English is its English name.
    const QString name = locale.language() == QLocale::English ? QLocale::languageToString(QLocale::English)
                                                               : locale.nativeLanguageName();
    if (name.isEmpty()) {
        return language;
    }
    // "français" → "Français": a language menu capitalises its entries.
    return locale.toUpper(name.left(1)) + name.mid(1);
}

QLocale localeFor(const QString& language)
{
    const QLocale system = QLocale::system();
    if (language.isEmpty() || !languages().contains(language)) {
        return system;
    }
    const QLocale chosen(language);
    return system.language() == chosen.language() ? system : chosen;
}

QString languageFor(const QLocale& locale)
{
    const QStringList available = languages();
    for (const QString& uiLanguage : locale.uiLanguages()) {
        // "de-AT", "fr_CA", "en": the language is the part before the territory.
        const QString language = uiLanguage.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (available.contains(language)) {
            return language;
        }
    }
    return QStringLiteral("en");
}

QString install(QCoreApplication* app, const QLocale& locale)
{
    for (QTranslator* old :
         app->findChildren<QTranslator*>(QStringLiteral("asanafeed-translator"), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const QString language = languageFor(locale);
    // Dates and numbers in the language the words are in: a Spanish system gets English words,
    // so English dates too; an Austrian one keeps its own conventions for German.
    const QLocale speaking(language);
    QLocale::setDefault(locale.language() == speaking.language() ? locale : speaking);

    // English needs its catalogue too: it holds the plural forms ("1 new event").
    auto* own = new QTranslator(app);
    own->setObjectName(QStringLiteral("asanafeed-translator"));
    if (own->load(QStringLiteral("asana-feed_") + language, QString::fromLatin1(resourceFolder))) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }
    if (language == QLatin1String("en")) {
        return language;
    }
    auto* qt = new QTranslator(app);
    qt->setObjectName(QStringLiteral("asanafeed-translator"));
    for (const QString& folder : qtTranslationFolders()) {
        if (qt->load(QStringLiteral("qtbase_") + language, folder)) {
            QCoreApplication::installTranslator(qt);
            return language;
        }
    }
    delete qt;
    return language;
}

} // namespace AsanaFeed::Translations
