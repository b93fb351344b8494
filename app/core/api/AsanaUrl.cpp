#include "api/AsanaUrl.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace AsanaFeed {

namespace {

// Asana's gids are 64-bit numbers written in decimal: at most 20 digits (16 today).
constexpr qsizetype kMaxGidDigits = 20;
// Room for a long V1 link, while a whole page pasted by mistake still makes a short message.
constexpr qsizetype kQuotedLength = 160;

bool isDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// In a link a zero stands for "none" (the V0 project position of /0/0/<task>); no object has it.
bool isZero(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c == u'0'; });
}

bool isGid(QStringView text)
{
    return isDigits(text) && text.size() <= kMaxGidDigits && !isZero(text);
}

// The static segments of a page's path: inbox, list, board, create-project…
bool isWord(QStringView text)
{
    const auto letter = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); };
    return !text.isEmpty() && letter(text.front()) && std::all_of(text.begin(), text.end(), [&](QChar c) {
        return letter(c) || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
    });
}

std::optional<AsanaResource::Type> followableType(QStringView word)
{
    using Type = AsanaResource::Type;
    if (word.compare(u"project", Qt::CaseInsensitive) == 0) {
        return Type::Project;
    }
    if (word.compare(u"task", Qt::CaseInsensitive) == 0) {
        return Type::Task;
    }
    if (word.compare(u"goal", Qt::CaseInsensitive) == 0) {
        return Type::Goal;
    }
    if (word.compare(u"portfolio", Qt::CaseInsensitive) == 0) {
        return Type::Portfolio;
    }
    return std::nullopt;
}

enum class Verdict { Names, NamesNothing, NotALink, UnknownForm };

struct Reading
{
    Verdict verdict = Verdict::NotALink;
    AsanaResource resource;
};

Reading names(AsanaResource::Type type, const QString& gid, const QString& workspaceGid = {})
{
    return {Verdict::Names, {type, gid, workspaceGid}};
}

// V0: /0/<project>/<task>[/f], /0/<project>[/<view>…], /0/goal/<g>, /0/portfolio/<p>[/…] and pages
// of their own (/0/inbox/…, /0/search/…, /0/home/…) whose further gids say nothing of their type.
Reading readV0(const QStringList& segments)
{
    using Type = AsanaResource::Type;
    if (segments.size() < 2) {
        return {Verdict::NamesNothing, {}};
    }
    const QString& first = segments.at(1);
    if (const auto type = followableType(first); type == Type::Goal || type == Type::Portfolio) {
        if (segments.size() < 3 || !isGid(segments.at(2))) {
            return {};
        }
        return names(*type, segments.at(2));
    }
    if (isWord(first)) {
        return {Verdict::NamesNothing, {}};
    }
    if (!isGid(first) && first != u"0") {
        return {};
    }
    if (segments.size() >= 3) {
        const QString& second = segments.at(2);
        // Whatever follows a task (/f for full screen, a comment's gid) is inside the task.
        if (isGid(second)) {
            return names(Type::Task, second);
        }
        // Otherwise a view of the project (list, board, timeline…) and perhaps the view's gid:
        // a gid after a view word is not known to be a task, so the project is what is named.
        if (!isWord(second)) {
            return {};
        }
    }
    if (first == u"0") {
        return {Verdict::NamesNothing, {}};
    }
    return names(Type::Project, first);
}

// V1: /1/<workspace>/<object>/<gid>/<subobject>/<gid>…, with static segments anywhere (views,
// /timeline, /inbox). Objects that cannot be followed (a view, a comment, an inbox item) are
// passed over; of the rest, the last one is the deepest.
Reading readV1(const QStringList& segments)
{
    if (segments.size() < 2 || !isGid(segments.at(1))) {
        return {};
    }
    const QString& workspace = segments.at(1);
    Reading deepest{Verdict::NamesNothing, {}};
    for (qsizetype i = 2; i < segments.size(); ++i) {
        const QString& segment = segments.at(i);
        const auto type = followableType(segment);
        if (!type) {
            if (!isWord(segment) && !isGid(segment)) {
                return {};
            }
            continue;
        }
        if (i + 1 >= segments.size() || !isGid(segments.at(i + 1))) {
            return {};
        }
        deepest = names(*type, segments.at(i + 1), workspace);
        ++i;
    }
    return deepest;
}

Reading readLink(const QString& text)
{
    // The web app never escapes a character of its paths. QUrl decodes an escaped digit or
    // letter ("%30" is "0"), so an escape could pass for a gid: the path is taken as written.
    const qsizetype queryAt = text.indexOf(u'?');
    const qsizetype fragmentAt = text.indexOf(u'#');
    const qsizetype pathEnd = std::min(queryAt < 0 ? text.size() : queryAt, fragmentAt < 0 ? text.size() : fragmentAt);
    if (QStringView(text).left(pathEnd).contains(u'%')) {
        return {};
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        return {};
    }
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == u"https" ? 443 : scheme == u"http" ? 80 : 0;
    // Exactly the web app's host: app.asana.com.evil.example and user@… tricks are someone else's.
    if (defaultPort == 0 || url.host().compare(u"app.asana.com", Qt::CaseInsensitive) != 0 ||
        !url.userInfo().isEmpty() || (url.port() != -1 && url.port() != defaultPort)) {
        return {};
    }
    // Encoded, so that an escaped slash or digit cannot pass for a segment or a gid.
    const QStringList segments = url.path(QUrl::FullyEncoded).split(u'/', Qt::SkipEmptyParts);
    if (segments.isEmpty()) {
        return {Verdict::NamesNothing, {}};
    }
    const QString& version = segments.constFirst();
    if (version == u"0") {
        return readV0(segments);
    }
    if (version == u"1") {
        return readV1(segments);
    }
    // A later format may lay its path out differently; better to say so than to guess.
    if (isDigits(version)) {
        return {Verdict::UnknownForm, {}};
    }
    return {};
}

QString quoted(const QString& text)
{
    const QString shown = text.size() > kQuotedLength ? text.left(kQuotedLength - 1) + QChar(0x2026) : text;
    return u'"' + shown + u'"';
}

AsanaUrlResult failure(const QString& problem)
{
    return {std::nullopt, problem};
}

} // namespace

AsanaUrlResult recognizeAsanaUrl(const QString& text)
{
    QString pasted = text.trimmed();
    // Mail and chat programs wrap links in angle brackets, and people copy them along.
    if (pasted.size() >= 2 && pasted.startsWith(u'<') && pasted.endsWith(u'>')) {
        pasted = pasted.mid(1, pasted.size() - 2).trimmed();
    }
    if (pasted.isEmpty()) {
        return failure(QCoreApplication::translate("AsanaUrl", "an Asana gid or link is needed"));
    }
    if (isGid(pasted)) {
        return {AsanaResource{AsanaResource::Type::Unknown, pasted, {}}, {}};
    }
    if (isDigits(pasted) && pasted.size() > kMaxGidDigits) {
        return failure(QCoreApplication::translate("AsanaUrl", "%1 is not an Asana gid: gids have at most %2 digits")
                           .arg(quoted(pasted))
                           .arg(kMaxGidDigits));
    }

    const Reading reading = readLink(pasted);
    switch (reading.verdict) {
    case Verdict::Names:
        return {reading.resource, {}};
    case Verdict::NamesNothing:
        return failure(QCoreApplication::translate(
                           "AsanaUrl", "%1 is an Asana page that names no project, task, goal or portfolio to follow")
                           .arg(quoted(pasted)));
    case Verdict::UnknownForm:
        return failure(QCoreApplication::translate("AsanaUrl",
                                                   "%1 is an Asana link of a form this version does not read; "
                                                   "give the gid of the project, task or goal instead")
                           .arg(quoted(pasted)));
    case Verdict::NotALink:
        break;
    }
    return failure(QCoreApplication::translate(
                       "AsanaUrl", "%1 is neither an Asana gid nor a link to an Asana project, task, goal or portfolio")
                       .arg(quoted(pasted)));
}

} // namespace AsanaFeed
