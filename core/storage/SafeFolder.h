// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QStringList>

namespace sujarit::storage {

/**
 * A folder of files that Sujarit writes and replaces whole (the ITA pack): the new files are written into a hidden
 * folder beside the target, and only when every one of them is on the disk is the old folder moved aside and the new
 * one renamed into its place; the old one is then removed. A kill at any instant leaves the old folder or the new
 * one; the moment between the two renames leaves the old one under its hidden name, and the next write puts it back
 * before it starts. A folder that holds anything Sujarit did not write there (no marker, or a file the marker does
 * not list) is never replaced: pointing the pack at one's Documents folder must not empty it.
 */
class FolderReplacement
{
public:
    /**
     * \a target: the folder to write; \a marker: the name of the file that lists what Sujarit wrote in it;
     * \a purpose: what the folder holds ("ITA 2568"), kept in the marker: a folder written for another purpose is
     * not replaced either, and \a purposeTaken words the refusal (its two lowest markers: the folder, what it holds).
     */
    FolderReplacement(const QString& target, const QString& marker, const QString& purpose, const QString& purposeTaken);
    ~FolderReplacement();
    FolderReplacement(const FolderReplacement&) = delete;
    FolderReplacement& operator=(const FolderReplacement&) = delete;

    /**
     * Checks that the target may be replaced (missing, empty, or a folder this marker lists whole), puts back an
     * old folder a kill left aside, and makes the hidden folder to write into; false with a message naming the
     * folder or the foreign file.
     */
    bool begin(QString* error);
    /** The hidden folder the new files go into (valid after begin()). */
    QString staging() const { return m_staging; }
    /** Writes the marker listing \a files (names in staging()), then puts the new folder in place of the old. */
    bool commit(const QStringList& files, QString* error);

private:
    QString m_target, m_marker, m_purpose, m_purposeTaken, m_staging;
    bool m_committed = false;
};

} // namespace sujarit::storage
