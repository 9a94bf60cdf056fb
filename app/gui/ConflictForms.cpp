// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictForms.h"
#include "Labels.h"

#include "calendar/Clock.h"
#include "calendar/FiscalYear.h"
#include "calendar/ThaiDate.h"
#include "office/OfficeProfile.h"
#include "storage/Database.h"
#include "text/ThaiBahtText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sujarit::gui {

namespace {

struct FormText
{
    Q_DECLARE_TR_FUNCTIONS(FormText)
};

/** Save and Cancel, named in the interface's language (Debian ships no Thai for Qt's own buttons). */
QDialogButtonBox* buttons(QDialog* dialog)
{
    auto* box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    box->button(QDialogButtonBox::Save)->setText(FormText::tr("&Save"));
    box->button(QDialogButtonBox::Cancel)->setText(FormText::tr("Cancel"));
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

QLineEdit* newDateEdit(QWidget* parent)
{
    auto* e = new QLineEdit(calendar::formatThaiDate(calendar::now().date(), calendar::DateStyle::Numeric), parent);
    e->setPlaceholderText(QStringLiteral("15/1/2569"));
    return e;
}

/**
 * The staff in office, by name, for choosing a declarant; with \a formerToo also those who left less than two years
 * ago, whom the gift rule still binds, for choosing a gift's receiver.
 */
void fillStaff(QComboBox* combo, storage::Database& db, bool formerToo = false)
{
    staff::StaffList list(db);
    const QDate today = calendar::now().date();
    for (const staff::StaffMember& m : list.all().value_or(QList<staff::StaffMember>{})) {
        QString shown = m.position.isEmpty() ? m.name : QStringLiteral("%1 (%2)").arg(m.name, m.position);
        if (m.leftOn && formerToo && m.boundOn(today))
            shown += QStringLiteral(" — ") + FormText::tr("left office on %1").arg(calendar::formatThaiDate(*m.leftOn));
        else if (!m.active)
            continue;
        combo->addItem(shown, m.name);
    }
}

void fillChoices(QComboBox* combo, const QList<conflicts::Choice>& choices)
{
    for (const conflicts::Choice& c : choices)
        combo->addItem(c.label, c.code);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

StaffDialog::StaffDialog(storage::Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_name(new QLineEdit(this))
    , m_position(new QLineEdit(this))
    , m_division(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_error(errorLabel(this))
{
    setWindowTitle(tr("Add a staff member"));
    m_division->setEditable(true);
    m_division->addItems(office::OfficeProfile::load(db).divisions);
    m_division->setCurrentText(QString());
    for (const staff::StaffKind& k : staff::staffKinds())
        m_kind->addItem(k.label, k.code);
    m_kind->setCurrentIndex(2);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Position"), m_position);
    form->addRow(tr("&Division"), m_division);
    form->addRow(tr("&Kind"), m_kind);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this));
    resize(460, sizeHint().height());
}

QString StaffDialog::errorText() const
{
    return m_error->text();
}

void StaffDialog::accept()
{
    QList<staff::StaffMember> members = { { 0, m_name->text(), m_position->text(), m_division->currentText(),
                                                m_kind->currentData().toString(), true, std::nullopt } };
    staff::StaffList list(m_db);
    if (!list.add(members, { tr("Staff member") })) {
        m_error->setText(list.errorString());
        return;
    }
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------------------------

DeclarationDialog::DeclarationDialog(storage::Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_kind(new QComboBox(this))
    , m_declarant(new QComboBox(this))
    , m_date(newDateEdit(this))
    , m_noInterest(new QCheckBox(tr("No interest to declare (nil return)"), this))
    , m_form(new QComboBox(this))
    , m_procurementLabel(new QLabel(tr("Procurement and its &number"), this))
    , m_procurementName(new QLineEdit(this))
    , m_procurementNumber(new QLineEdit(this))
    , m_partiesLabel(new QLabel(this))
    , m_parties(new QTableWidget(0, 2, this))
    , m_details(new QPlainTextEdit(this))
    , m_error(errorLabel(this))
{
    setWindowTitle(tr("New declaration of interest"));
    fillChoices(m_kind, conflicts::declarationKinds());
    fillStaff(m_declarant, db);
    m_form->addItem(QString(), QString());
    fillChoices(m_form, conflicts::conflictForms());
    m_procurementName->setPlaceholderText(tr("e.g. จ้างก่อสร้างถนนคอนกรีต หมู่ 3"));
    m_procurementNumber->setPlaceholderText(tr("number"));
    m_procurementNumber->setMaximumWidth(160);
    m_procurementLabel->setBuddy(m_procurementName);
    m_parties->setHorizontalHeaderLabels({ tr("Person or company"), tr("Relation to the declarant") });
    m_parties->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_parties->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_parties->verticalHeader()->hide();
    m_details->setTabChangesFocus(true);
    m_details->setMaximumHeight(90);

    auto* procurement = new QHBoxLayout;
    procurement->addWidget(m_procurementName, 1);
    procurement->addWidget(m_procurementNumber);
    auto* addParty = new QPushButton(tr("&Add a row"), this);
    auto* removeParty = new QPushButton(tr("&Remove the row"), this);
    connect(addParty, &QPushButton::clicked, this, [this] { this->addParty(QString(), QStringLiteral("none")); });
    connect(removeParty, &QPushButton::clicked, this, [this] {
        if (m_parties->currentRow() >= 0)
            m_parties->removeRow(m_parties->currentRow());
    });
    auto* partyButtons = new QHBoxLayout;
    partyButtons->addWidget(addParty);
    partyButtons->addWidget(removeParty);
    partyButtons->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Declarant"), m_declarant);
    form->addRow(tr("D&ate"), m_date);
    form->addRow(QString(), m_noInterest);
    form->addRow(tr("&Form of conflict"), m_form);
    form->addRow(m_procurementLabel, procurement);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_partiesLabel);
    layout->addWidget(m_parties, 1);
    layout->addLayout(partyButtons);
    auto* detailsLabel = new QLabel(tr("De&tails"), this);
    detailsLabel->setBuddy(m_details);
    layout->addWidget(detailsLabel);
    layout->addWidget(m_details);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DeclarationDialog::kindChanged);
    connect(m_noInterest, &QCheckBox::toggled, this, [this](bool nil) {
        m_form->setEnabled(!nil);
        m_parties->setEnabled(!nil);
    });
    kindChanged();
    resize(720, 620);
}

void DeclarationDialog::kindChanged()
{
    const QString kind = m_kind->currentData().toString();
    const bool procurement = kind == QLatin1String("procurement");
    m_noInterest->setVisible(kind == QLatin1String("annual"));
    if (kind != QLatin1String("annual"))
        m_noInterest->setChecked(false);
    m_procurementLabel->setVisible(procurement);
    m_procurementName->setVisible(procurement);
    m_procurementNumber->setVisible(procurement);
    m_partiesLabel->setText(procurement ? tr("The &bidders, and your tie to each (none when there is none)")
                                        : tr("&Persons or companies involved, and your relation to them"));
    m_partiesLabel->setBuddy(m_parties);
    m_error->clear();
}

void DeclarationDialog::addParty(const QString& name, const QString& relation)
{
    const int row = m_parties->rowCount();
    m_parties->insertRow(row);
    m_parties->setItem(row, 0, new QTableWidgetItem(name));
    auto* combo = new QComboBox(m_parties);
    fillChoices(combo, conflicts::partyRelations());
    combo->setCurrentIndex(std::max(0, combo->findData(relation)));
    m_parties->setCellWidget(row, 1, combo);
    m_parties->setCurrentCell(row, 0);
}

QString DeclarationDialog::errorText() const
{
    return m_error->text();
}

std::optional<conflicts::Declaration> DeclarationDialog::declaration()
{
    conflicts::Declaration d;
    d.kind = m_kind->currentData().toString();
    d.declarant = m_declarant->currentData().toString();
    QString why;
    const auto day = calendar::parseThaiDate(m_date->text(), &why);
    if (!day) {
        m_error->setText(tr("Date: %1").arg(why));
        m_date->setFocus();
        return std::nullopt;
    }
    d.date = *day;
    d.noInterest = m_noInterest->isVisible() && m_noInterest->isChecked();
    if (!d.noInterest)
        d.form = m_form->currentData().toString();
    if (d.kind == QLatin1String("procurement")) {
        d.procurementName = m_procurementName->text();
        d.procurementNumber = m_procurementNumber->text();
    }
    if (!d.noInterest)
        for (int row = 0; row < m_parties->rowCount(); ++row) {
            const QString name = m_parties->item(row, 0) ? m_parties->item(row, 0)->text().simplified() : QString();
            const auto* relation = qobject_cast<QComboBox*>(m_parties->cellWidget(row, 1));
            if (!name.isEmpty())
                d.parties.append({ name, relation ? relation->currentData().toString() : QStringLiteral("none") });
        }
    d.details = m_details->toPlainText();
    return d;
}

void DeclarationDialog::accept()
{
    auto d = declaration();
    if (!d)
        return;
    if (d->declarant.isEmpty()) {
        m_error->setText(tr("Declarant: add the staff member to the staff list first"));
        return;
    }
    QList<conflicts::Declaration> batch = { *d };
    conflicts::DeclarationRegister reg(m_db);
    if (!reg.add(batch, { tr("Declaration") })) {
        m_error->setText(reg.errorString());
        return;
    }
    m_savedId = batch.first().id;
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------------------------

GiftDialog::GiftDialog(storage::Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_receiver(new QComboBox(this))
    , m_date(newDateEdit(this))
    , m_giver(new QLineEdit(this))
    , m_relation(new QComboBox(this))
    , m_occasion(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_value(new QLineEdit(this))
    , m_publicOffer(new QCheckBox(tr("Offered to the public at large on the same terms"), this))
    , m_refused(new QCheckBox(tr("Refused (not received)"), this))
    , m_disposition(new QLineEdit(this))
    , m_verdict(new QLabel(this))
    , m_error(errorLabel(this))
{
    setWindowTitle(tr("Record a gift"));
    fillStaff(m_receiver, db, true);
    for (const gifts::Relation& r : gifts::relations())
        m_relation->addItem(r.label, r.code);
    m_occasion->setPlaceholderText(tr("e.g. ปีใหม่ 2570"));
    m_value->setPlaceholderText(tr("baht, e.g. 3,500"));
    m_disposition->setPlaceholderText(tr("e.g. shared in the office, returned, kept"));
    m_verdict->setWordWrap(true);
    m_verdict->setFrameShape(QFrame::StyledPanel);
    m_verdict->setMargin(6);
    auto* form = new QFormLayout;
    form->addRow(tr("&Receiver"), m_receiver);
    form->addRow(tr("D&ate received"), m_date);
    form->addRow(tr("&Giver"), m_giver);
    form->addRow(tr("Giver's re&lation"), m_relation);
    form->addRow(tr("&Occasion"), m_occasion);
    form->addRow(tr("&What"), m_description);
    form->addRow(tr("&Value"), m_value);
    form->addRow(QString(), m_publicOffer);
    form->addRow(QString(), m_refused);
    form->addRow(tr("What &happened to it"), m_disposition);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Under the NACC gift rule:"), this));
    layout->addWidget(m_verdict);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons(this));
    for (QLineEdit* e : { m_date, m_giver, m_occasion, m_value })
        connect(e, &QLineEdit::textChanged, this, &GiftDialog::updateVerdict);
    for (QComboBox* c : { m_receiver, m_relation })
        connect(c, &QComboBox::currentIndexChanged, this, &GiftDialog::updateVerdict);
    for (QCheckBox* c : { m_publicOffer, m_refused })
        connect(c, &QCheckBox::toggled, this, &GiftDialog::updateVerdict);
    updateVerdict();
    resize(640, sizeHint().height());
}

QString GiftDialog::verdictText() const
{
    return m_verdict->text();
}
QString GiftDialog::errorText() const
{
    return m_error->text();
}

std::optional<gifts::RegisteredGift> GiftDialog::gift(QString* why) const
{
    gifts::RegisteredGift g;
    g.entry.receiver = m_receiver->currentData().toString();
    g.entry.giver = m_giver->text();
    g.entry.relation = m_relation->currentData().toString();
    g.entry.occasion = m_occasion->text();
    g.entry.publicOffer = m_publicOffer->isChecked();
    g.entry.accepted = !m_refused->isChecked();
    g.description = m_description->text();
    g.disposition = m_disposition->text();
    const auto day = calendar::parseThaiDate(m_date->text(), why);
    if (!day) {
        *why = tr("Date: %1").arg(*why);
        return std::nullopt;
    }
    g.entry.date = *day;
    const auto value = text::parseBaht(m_value->text());
    if (!value) {
        *why = tr("Value: “%1” is not an amount in baht (e.g. 3500 or 3,500.50)").arg(m_value->text());
        return std::nullopt;
    }
    g.entry.valueSatang = *value;
    if (const QString invalid = gifts::validate(g.entry); !invalid.isEmpty()) {
        *why = invalid;
        return std::nullopt;
    }
    return g;
}

void GiftDialog::updateVerdict()
{
    QString why;
    const auto g = gift(&why);
    if (!g) {
        m_verdict->setText(tr("(fill in the receiver, date, giver and value to see the verdict)"));
        return;
    }
    // The giver's other gifts to the receiver on the occasion count toward the limit.
    gifts::GiftRegister reg(m_db);
    const auto rules = gifts::GiftRuleSet::nacc2563();
    QList<gifts::GiftEntry> entries;
    for (const gifts::RegisteredGift& other :
         reg.gifts(calendar::fiscalYearOf(g->entry.date), rules).value_or(QList<gifts::RegisteredGift> {}))
        entries << other.entry;
    entries << g->entry;
    const gifts::GiftJudgement j = gifts::judge(entries, rules).constLast();
    QString text = QStringLiteral("<b>%1</b> — %2").arg(gifts::verdictLabel(j.verdict), j.reason.toHtmlEscaped());
    if (j.reportDue)
        text += QStringLiteral("<br><b>%1</b>")
                    .arg(tr("Report to the head by %1").arg(calendar::formatThaiDate(*j.reportDue)));
    m_verdict->setText(text);
}

void GiftDialog::accept()
{
    QString why;
    auto g = gift(&why);
    if (!g) {
        m_error->setText(why);
        return;
    }
    QList<gifts::RegisteredGift> batch = { *g };
    gifts::GiftRegister reg(m_db);
    if (!reg.addGifts(batch, { tr("Gift") })) {
        m_error->setText(reg.errorString());
        return;
    }
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------------------------

DecisionDialog::DecisionDialog(const QString& title, const QString& subject, const QList<conflicts::Choice>& choices,
                               std::function<QString(const QString&, const QString&, QDate, const QString&)> save,
                               QWidget* parent)
    : QDialog(parent)
    , m_save(std::move(save))
    , m_by(new QLineEdit(this))
    , m_decision(new QComboBox(this))
    , m_date(newDateEdit(this))
    , m_reason(new QPlainTextEdit(this))
    , m_error(errorLabel(this))
{
    setWindowTitle(title);
    fillChoices(m_decision, choices);
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(100);
    auto* about = new QLabel(subject, this);
    about->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Decision"), m_decision);
    form->addRow(tr("&By"), m_by);
    form->addRow(tr("D&ate"), m_date);
    form->addRow(tr("&Reason"), m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this));
    resize(600, sizeHint().height());
}

QString DecisionDialog::errorText() const
{
    return m_error->text();
}

void DecisionDialog::accept()
{
    QString why;
    const auto day = calendar::parseThaiDate(m_date->text(), &why);
    if (!day) {
        m_error->setText(tr("Date: %1").arg(why));
        return;
    }
    const QString error = m_save(m_by->text(), m_decision->currentData().toString(), *day, m_reason->toPlainText());
    if (!error.isEmpty()) {
        m_error->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace sujarit::gui
