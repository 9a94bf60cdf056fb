// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDialog>
#include <QImage>

namespace sujarit::gui {

/**
 * The recovery sheet of the register's identity key (users/RecoverySheet.h), shown once after the opening that made
 * it (a new register, or an older one whose identities were just sealed): to print, or to save to an owner-only
 * file, and to keep in the office's safe. Closing it asks whether it was kept, for it is not shown again.
 */
class RecoverySheetDialog : public QDialog
{
    Q_OBJECT
public:
    /** \a qrCode: the recovery key as a QR code (users::recoveryQrCode), shown and printed beside the text. */
    RecoverySheetDialog(const QString& sheet, const QImage& qrCode, QWidget* parent = nullptr);

    void done(int result) override;

private:
    void print();
    void save();
    QString m_sheet;
    QImage m_qrCode;
    bool m_kept = false;
};

} // namespace sujarit::gui
