#include "store/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace AsanaFeed::PrivateFiles {

namespace {

constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
constexpr QFile::Permissions ownerOnlyFolder = ownerOnly | QFile::ExeOwner | QFile::ExeUser;
constexpr QFile::Permissions othersMayRead =
    QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

} // namespace

bool makeDirectory(const QString& directory)
{
    // Find the folders that do not exist yet, outermost first, and create them one by one.
    QStringList missing;
    QString current = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    while (!QFileInfo::exists(current)) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).absolutePath();
        if (parent == current) {
            break;
        }
        current = parent;
    }
    for (const QString& folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder) && !QFileInfo(folder).isDir()) {
            return false;
        }
        QFile::setPermissions(folder, ownerOnlyFolder);
    }
    return QFileInfo(directory).isDir();
}

bool prepareFile(const QString& path)
{
    if (!makeDirectory(QFileInfo(path).absolutePath())) {
        return false;
    }
    if (!QFileInfo::exists(path)) {
        // Created with its permissions in one step: there is no moment when others could open it.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly) && !QFileInfo::exists(path)) {
            return false;
        }
        return true;
    }
    restrictToOwner(path);
    return true;
}

void restrictToOwner(const QString& path)
{
    const QFile::Permissions permissions = QFile::permissions(path);
    if (permissions & othersMayRead) {
        QFile::setPermissions(path, permissions & ~othersMayRead);
    }
}

} // namespace AsanaFeed::PrivateFiles
