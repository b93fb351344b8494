// Translations: the language the app speaks. The app's own strings come from the .qm files built
// from translations/*.ts and embedded as resources; Qt's own (the buttons of a standard dialog,
// a line edit's context menu) from the Qt installation's qtbase_*.qm where it has them. The same
// choice sets the default QLocale, so dates, times and numbers follow the language too.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace AsanaFeed::Translations {

// The languages the app is translated into, as ISO 639 codes ("en" first: the source language).
[[nodiscard]] QStringList languages();

// The language's own name for itself, for a language menu: "Deutsch", "Français".
[[nodiscard]] QString nativeName(const QString& language);

// The locale for `language` (one of languages(); empty or unknown: the system's). When the
// system's locale speaks that language, it is kept, with its country's conventions ("de" on an
// Austrian system stays de_AT).
[[nodiscard]] QLocale localeFor(const QString& language);

// Which of languages() the app speaks for `locale`: its first UI language the app has, else "en".
[[nodiscard]] QString languageFor(const QLocale& locale);

// Makes `locale` the default (dates, numbers) and installs the translators for it on `app`
// (owned by it; earlier ones installed here are replaced). Returns the language chosen.
QString install(QCoreApplication* app, const QLocale& locale);

} // namespace AsanaFeed::Translations
