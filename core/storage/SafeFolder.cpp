// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafeFolder.h"

#include "SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

namespace sujarit::storage {

namespace {
struct FolderText
{
    Q_DECLARE_TR_FUNCTIONS(FolderText)
};

constexpr auto MarkerHeader = "sujarit folder 1";
constexpr qint64 MarkerLimit = 1 << 20;

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

/** The hidden names beside \a target: ".NAME.sujarit-new-XXXXXX" and ".NAME.sujarit-old-XXXXXX". */
QString besideName(const QFileInfo& target, const char* kind)
{
    return QStringLiteral(".%1.sujarit-%2-").arg(target.fileName(), QLatin1String(kind));
}

QString uniqueBeside(const QFileInfo& target, const char* kind)
{
    return target.dir().filePath(besideName(target, kind)
                                 + QString::number(QRandomGenerator::global()->generate64(), 36));
}

/** What the marker in \a folder says: the folder's purpose, then the names it lists; nothing when there is no marker
 *  Sujarit wrote. */
std::optional<QStringList> listed(const QString& folder, const QString& marker)
{
    QString why;
    const QString path = QDir(folder).filePath(marker);
    if (!QFileInfo(path).isFile())
        return std::nullopt;
    const auto bytes = readBounded(path, MarkerLimit, &why);
    if (!bytes)
        return std::nullopt;
    QStringList lines = QString::fromUtf8(*bytes).split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty() || lines.takeFirst() != QLatin1String(MarkerHeader))
        return std::nullopt;
    return lines;
}
} // namespace

FolderReplacement::FolderReplacement(const QString& target, const QString& marker, const QString& purpose,
                                     const QString& purposeTaken)
    : m_target(QDir::cleanPath(QDir(target).absolutePath()))
    , m_marker(marker)
    , m_purpose(purpose)
    , m_purposeTaken(purposeTaken)
{
}

FolderReplacement::~FolderReplacement()
{
    if (!m_committed && !m_staging.isEmpty())
        QDir(m_staging).removeRecursively(); // only ever our own hidden folder
}

bool FolderReplacement::begin(QString* error)
{
    const QFileInfo target(m_target);
    if (target.fileName().isEmpty() || target.isRoot())
        return fail(error, FolderText::tr("%1 cannot hold a pack: choose a folder of its own").arg(m_target));
    if (!QDir().mkpath(target.absolutePath()))
        return fail(error, FolderText::tr("cannot create the folder %1").arg(target.absolutePath()));
    QDir parent = target.dir();
    // A kill between the two renames of an earlier write left the old folder aside and none in its place.
    const QStringList aside = parent.entryList({besideName(target, "old") + u'*'}, QDir::Dirs | QDir::Hidden, QDir::Time);
    if (!target.exists() && !aside.isEmpty() && !parent.rename(aside.first(), target.fileName()))
        return fail(error, FolderText::tr("cannot put the earlier folder %1 back in place of %2")
                               .arg(parent.filePath(aside.first()), m_target));
    for (const QString& leftover : parent.entryList({besideName(target, "new") + u'*', besideName(target, "old") + u'*'},
                                                    QDir::Dirs | QDir::Hidden))
        QDir(parent.filePath(leftover)).removeRecursively();
    const QFileInfo now(m_target);
    if (now.exists() && (!now.isDir() || now.isSymLink()))
        return fail(error, FolderText::tr("%1 is not a folder").arg(m_target));
    if (now.exists()) {
        const QStringList present = QDir(m_target).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        if (!present.isEmpty()) {
            auto ours = listed(m_target, m_marker);
            if (!ours || ours->isEmpty())
                return fail(error, FolderText::tr("the folder %1 is not empty and was not written by Sujarit; choose an "
                                                  "empty folder, or one Sujarit wrote before")
                                       .arg(m_target));
            if (const QString held = ours->takeFirst(); held != m_purpose)
                return fail(error, m_purposeTaken.arg(m_target, held));
            for (const QString& name : present)
                if (name != m_marker && !ours->contains(name))
                    return fail(error, FolderText::tr("the folder %1 holds %2, which Sujarit did not write; move it "
                                                      "elsewhere or choose another folder")
                                           .arg(m_target, name));
        }
    }
    m_staging = uniqueBeside(target, "new");
    if (!QDir().mkdir(m_staging)) {
        const QString made = m_staging;
        m_staging.clear();
        return fail(error, FolderText::tr("cannot write in the folder %1").arg(QFileInfo(made).absolutePath()));
    }
    return true;
}

bool FolderReplacement::commit(const QStringList& files, QString* error)
{
    if (m_staging.isEmpty())
        return fail(error, FolderText::tr("nothing was prepared to write into %1").arg(m_target));
    const QByteArray marker = (QStringList{QLatin1String(MarkerHeader), m_purpose} + files).join(u'\n').toUtf8() + '\n';
    if (!writeFileAtomically(QDir(m_staging).filePath(m_marker), marker, OwnerOnly, error))
        return false;
    syncFolderOf(QDir(m_staging).filePath(m_marker));
    const QFileInfo target(m_target);
    QDir parent = target.dir();
    QString aside;
    if (target.exists()) {
        aside = uniqueBeside(target, "old");
        if (!parent.rename(target.fileName(), QFileInfo(aside).fileName()))
            return fail(error, FolderText::tr("cannot move the earlier folder %1 aside; is one of its files open in "
                                              "another program? Close it and try again")
                                   .arg(m_target));
    }
    if (!parent.rename(QFileInfo(m_staging).fileName(), target.fileName())) {
        if (!aside.isEmpty())
            parent.rename(QFileInfo(aside).fileName(), target.fileName());
        return fail(error, FolderText::tr("cannot put the new folder in place of %1").arg(m_target));
    }
    m_committed = true;
    syncFolderOf(m_target);
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
    return true;
}

} // namespace sujarit::storage
