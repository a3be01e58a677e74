// Wizard step 3: which column plays which role, and how dates read.

#include "dialogs/ImportWizard.h"
#include "dialogs/import/ImportPages.h"

#include "io/DateParser.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ltv::ui {

namespace {
const QStringList kDateFormats = {QString(),
                                  QStringLiteral("yyyy-MM-dd"),
                                  QStringLiteral("dd/MM/yyyy"),
                                  QStringLiteral("MM/dd/yyyy"),
                                  QStringLiteral("dd.MM.yyyy"),
                                  QStringLiteral("yyyyMMdd"),
                                  QStringLiteral("dd/MM/yy"),
                                  QStringLiteral("MM/dd/yy")};
const char *const kRoleSpecs[] = {"customer", "date", "amount", "quantity", "price", "invoice", "product"};
} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , wizard_(wizard)
    , singleAmount_(new QRadioButton(this))
    , fromQuantity_(new QRadioButton(this))
    , dateFormatLabel_(new QLabel(this))
    , dateFormat_(new QComboBox(this))
    , dateWarning_(new QLabel(this))
    , attributesLabel_(new QLabel(this))
    , attributes_(new QListWidget(this))
    , pseudonymize_(new QCheckBox(this))
    , maxErrorsLabel_(new QLabel(this))
    , maxErrors_(new QSpinBox(this))
    , missing_(new QLabel(this))
{
    auto *grid = new QGridLayout;
    for (int r = 0; r < RoleCount; ++r) {
        roleLabels_[r] = new QLabel(this);
        roles_[r] = new QComboBox(this);
        roles_[r]->setObjectName(QStringLiteral("role_") + QString::fromLatin1(kRoleSpecs[r]));
        roles_[r]->setMinimumWidth(200);
        connect(roles_[r], &QComboBox::currentIndexChanged, this, &ImportMappingPage::updateState);
    }
    auto *amountMode = new QButtonGroup(this);
    amountMode->addButton(singleAmount_);
    amountMode->addButton(fromQuantity_);
    singleAmount_->setChecked(true);
    connect(singleAmount_, &QRadioButton::toggled, this, &ImportMappingPage::updateState);

    int row = 0;
    grid->addWidget(roleLabels_[Customer], row, 0);
    grid->addWidget(roles_[Customer], row++, 1);
    grid->addWidget(roleLabels_[Date], row, 0);
    grid->addWidget(roles_[Date], row++, 1);
    grid->addWidget(dateFormatLabel_, row, 0);
    grid->addWidget(dateFormat_, row++, 1);
    grid->addWidget(dateWarning_, row++, 0, 1, 3);
    grid->addWidget(singleAmount_, row, 0);
    grid->addWidget(roles_[Amount], row++, 1);
    grid->addWidget(fromQuantity_, row++, 0, 1, 2);
    grid->addWidget(roleLabels_[Quantity], row, 0);
    grid->addWidget(roles_[Quantity], row++, 1);
    grid->addWidget(roleLabels_[UnitPrice], row, 0);
    grid->addWidget(roles_[UnitPrice], row++, 1);
    grid->addWidget(roleLabels_[Invoice], row, 0);
    grid->addWidget(roles_[Invoice], row++, 1);
    grid->addWidget(roleLabels_[Product], row, 0);
    grid->addWidget(roles_[Product], row++, 1);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(row, 1); // extra height goes below the roles, not between them
    roleLabels_[Amount]->hide();

    dateFormat_->setObjectName(QStringLiteral("dateFormatBox"));
    dateFormat_->setEditable(true);
    for (const QString &f : kDateFormats)
        dateFormat_->addItem(f, f);
    connect(dateFormat_, &QComboBox::currentTextChanged, this, &ImportMappingPage::updateState);
    dateWarning_->setWordWrap(true);
    dateWarning_->setObjectName(QStringLiteral("dateWarning"));

    attributes_->setObjectName(QStringLiteral("attributeList"));
    attributes_->setMaximumHeight(140);
    pseudonymize_->setObjectName(QStringLiteral("pseudonymizeBox"));
    maxErrors_->setRange(0, 100000000);
    maxErrors_->setValue(1000);
    missing_->setWordWrap(true);

    auto *right = new QVBoxLayout;
    right->addWidget(attributesLabel_);
    right->addWidget(attributes_);
    right->addSpacing(8);
    right->addWidget(pseudonymize_);
    auto *errors = new QHBoxLayout;
    errors->addWidget(maxErrorsLabel_);
    errors->addWidget(maxErrors_);
    errors->addStretch(1);
    right->addLayout(errors);
    right->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(grid, 3);
    columns->addSpacing(16);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(missing_);
    retranslate();
}

void ImportMappingPage::initializePage()
{
    const io::ImportLayout &layout = wizard_->layout();
    io::ColumnMapping suggestion;
    io::suggestMapping(layout.columns, layout.hasHeader, layout.sampleRows, &suggestion);
    const int suggested[RoleCount] = {suggestion.customer,  suggestion.date,    suggestion.amount, suggestion.quantity,
                                      suggestion.unitPrice, suggestion.invoice, suggestion.product};
    for (int r = 0; r < RoleCount; ++r) {
        QSignalBlocker block(roles_[r]);
        roles_[r]->clear();
        roles_[r]->addItem(tr("(not mapped)"), -1);
        for (int c = 0; c < layout.columns.size(); ++c)
            roles_[r]->addItem(layout.columns.at(c), c);
        roles_[r]->setCurrentIndex(suggested[r] + 1);
    }
    // Quantity x unit price when there is no amount column but both parts exist.
    const bool useParts = suggestion.amount < 0 && suggestion.quantity >= 0 && suggestion.unitPrice >= 0;
    fromQuantity_->setChecked(useParts);
    singleAmount_->setChecked(!useParts);
    attributes_->clear();
    for (int c = 0; c < layout.columns.size(); ++c) {
        auto *item = new QListWidgetItem(layout.columns.at(c), attributes_);
        item->setData(Qt::UserRole, c);
        const bool suggestedAttribute =
            std::find(suggestion.attributes.begin(), suggestion.attributes.end(), c) != suggestion.attributes.end();
        item->setCheckState(suggestedAttribute ? Qt::Checked : Qt::Unchecked);
    }
    dateFormat_->setCurrentIndex(0);
    updateState();
}

QStringList ImportMappingPage::mappingSpecs() const
{
    QStringList specs;
    for (int r = 0; r < RoleCount; ++r) {
        const int column = roles_[r]->currentData().toInt();
        if (column < 0 || !roles_[r]->isEnabled())
            continue;
        specs << QStringLiteral("%1=%2").arg(QString::fromLatin1(kRoleSpecs[r])).arg(column + 1);
    }
    for (int i = 0; i < attributes_->count(); ++i)
        if (attributes_->item(i)->checkState() == Qt::Checked)
            specs << QStringLiteral("attribute=%1").arg(attributes_->item(i)->data(Qt::UserRole).toInt() + 1);
    return specs;
}

void ImportMappingPage::updateState()
{
    const bool parts = fromQuantity_->isChecked();
    roles_[Amount]->setEnabled(!parts);
    roles_[UnitPrice]->setEnabled(parts);

    // Date order check on the sample: never guess between day/month and month/day.
    ambiguous_ = false;
    bool unreadable = false;
    const int dateColumn = roles_[Date]->currentData().toInt();
    const QString format = dateFormat_->currentText().trimmed();
    if (dateColumn >= 0 && format.isEmpty()) {
        io::DateOrderVotes votes;
        for (const auto &row : wizard_->layout().sampleRows)
            if (static_cast<std::size_t>(dateColumn) < row.size())
                votes.add(row[static_cast<std::size_t>(dateColumn)]);
        ambiguous_ = votes.ambiguous();
        unreadable = !ambiguous_ && votes.decide() == io::DateOrder::Unknown;
    }
    const bool badFormat = !format.isEmpty() && !io::parseDateFormat(format).isValid();
    if (ambiguous_)
        dateWarning_->setText(QStringLiteral("<span style='color:#b00020'>%1</span>")
                                  .arg(tr("Every date in the sample reads both as day/month and as month/day. "
                                          "Choose the date format.")
                                           .toHtmlEscaped()));
    else if (unreadable)
        dateWarning_->setText(QStringLiteral("<span style='color:#b00020'>%1</span>")
                                  .arg(tr("The dates in this column are not recognised. Choose the date format or "
                                          "another column.")
                                           .toHtmlEscaped()));
    else if (badFormat)
        dateWarning_->setText(
            QStringLiteral("<span style='color:#b00020'>%1</span>")
                .arg(tr("Unknown date format. Use for example yyyy-MM-dd or dd/MM/yyyy.").toHtmlEscaped()));
    else
        dateWarning_->clear();

    io::ColumnMapping mapping;
    QString error;
    const bool applied = io::applyMappingSpecs(mappingSpecs(), wizard_->layout().columns, &mapping, &error);
    const QString missing = applied ? mapping.missingRoles() : error;
    missing_->setText(missing.isEmpty()
                          ? QString()
                          : QStringLiteral("<span style='color:#b00020'>%1</span>").arg(missing.toHtmlEscaped()));
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return missing_->text().isEmpty() && dateWarning_->text().isEmpty();
}

bool ImportMappingPage::validatePage()
{
    io::ImportOptions &options = wizard_->options();
    options.mapping = mappingSpecs();
    options.dateFormat = dateFormat_->currentText().trimmed();
    options.pseudonymize = pseudonymize_->isChecked();
    options.maxErrors = maxErrors_->value();
    return true;
}

void ImportMappingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportMappingPage::retranslate()
{
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Tell LTV Studio which column holds what. Suggestions come from the header and the values."));
    roleLabels_[Customer]->setText(tr("Customer id (required):"));
    roleLabels_[Date]->setText(tr("Date (required):"));
    roleLabels_[Quantity]->setText(tr("Quantity:"));
    roleLabels_[UnitPrice]->setText(tr("Unit price:"));
    roleLabels_[Invoice]->setText(tr("Invoice / order id:"));
    roleLabels_[Product]->setText(tr("Product:"));
    singleAmount_->setText(tr("Amount column:"));
    fromQuantity_->setText(tr("Amount = quantity × unit price"));
    dateFormatLabel_->setText(tr("Date format:"));
    dateFormat_->setItemText(0, QString());
    dateFormat_->lineEdit()->setPlaceholderText(tr("detect from the values"));
    attributesLabel_->setText(tr("Customer attributes to keep (channel, country, …):"));
    pseudonymize_->setText(tr("Pseudonymise customer ids (store a keyed hash, never the raw id)"));
    maxErrorsLabel_->setText(tr("Stop after this many rejected rows:"));
    for (int r = 0; r < RoleCount; ++r)
        if (roles_[r]->count() > 0)
            roles_[r]->setItemText(0, tr("(not mapped)"));
    if (wizard_->layout().columns.size() > 0)
        updateState();
}

} // namespace ltv::ui
