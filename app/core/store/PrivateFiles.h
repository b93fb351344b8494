// PrivateFiles: what the app writes about a person (the history, the settings) is theirs alone.
// Folders the app creates for it are made 0700 and its files 0600 on POSIX systems (elsewhere the
// user's profile folder already keeps them private). Folders that existed before are left as
// they are: --state /tmp/feed.sqlite must not change /tmp.
#pragma once

#include <QString>

namespace AsanaFeed::PrivateFiles {

// Creates `directory` and any missing parents, each new one readable by the owner only.
bool makeDirectory(const QString& directory);
// Makes sure `path` exists (created empty, owner-only, in an owner-only folder where new) and is
// not readable by others. False when it could not be created.
bool prepareFile(const QString& path);
// Takes away group and other permissions of an existing file (an older version created it 0644).
void restrictToOwner(const QString& path);

} // namespace AsanaFeed::PrivateFiles
