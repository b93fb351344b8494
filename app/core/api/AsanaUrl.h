// AsanaUrl: what a link copied from Asana's web app names — a project, task, goal or portfolio —
// so that a person can hand over the address they have in the browser where a gid is asked for.
// Purely textual: nothing is asked of Asana, so a gid's type is what the link's shape says.
#pragma once

#include <QString>

#include <optional>

namespace AsanaFeed {

struct AsanaResource
{
    enum class Type {
        Unknown, // a bare gid: the text does not say what it names (/events takes a task, project
                 // or goal gid alike, so callers that took gids before keep taking them)
        Project, // also what a V0 `/0/<gid>/list` My Tasks link names: the shape cannot tell them apart
        Task,
        Goal,
        Portfolio, // followable? unconfirmed: /events does not document portfolios; the caller decides
    };
    // There is no Workspace: a page that names only a workspace (home, inbox, search) is not
    // followable by a person — only an Enterprise service account may read a workspace's events.

    Type type = Type::Unknown;
    QString gid;
    QString workspaceGid; // when the link says (the V1 form `/1/<workspace>/…`), else empty

    friend bool operator==(const AsanaResource&, const AsanaResource&) = default;
};

struct AsanaUrlResult
{
    std::optional<AsanaResource> resource;
    QString problem; // when there is no resource: one sentence for a person, quoting the text

    [[nodiscard]] bool isValid() const { return resource.has_value(); }
};

// `text` is a gid (1 to 20 digits) or an http(s) link to app.asana.com, as pasted: surrounding
// whitespace and angle brackets are trimmed, the query and fragment ignored. Of the objects a link
// names, the deepest followable one wins: a task opened in a project is the task.
[[nodiscard]] AsanaUrlResult recognizeAsanaUrl(const QString& text);

} // namespace AsanaFeed
