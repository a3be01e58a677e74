#pragma once
// The pages of the import wizard (see ImportWizard.h).

#include "io/ColumnMapping.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStandardItemModel;
class QTableWidget;

namespace ltv::ui {

class DataTableView;
class ImportWizard;

class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);
    QString path() const;
    void setPath(const QString &path);
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    ImportWizard *wizard_;
    QLabel *hint_;
    QLineEdit *pathEdit_;
    QPushButton *browse_;
};

class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    QComboBox *encodingBox() const { return encoding_; }
    QComboBox *delimiterBox() const { return delimiter_; }
    QComboBox *headerBox() const { return header_; }
    QTableWidget *previewTable() const { return table_; }
    // Cells shown with a replacement character because bytes could not be decoded.
    int undecodableCells() const { return undecodable_; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();
    ImportWizard *wizard_;
    QLabel *encodingLabel_;
    QComboBox *encoding_;
    QLabel *delimiterLabel_;
    QComboBox *delimiter_;
    QLabel *headerLabel_;
    QComboBox *header_;
    QLabel *detected_;
    QTableWidget *table_;
    bool ok_ = false;
    int undecodable_ = 0;
    bool updating_ = false;
};

class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    enum Role { Customer, Date, Amount, Quantity, UnitPrice, Invoice, Product, RoleCount };
    explicit ImportMappingPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QComboBox *roleBox(Role role) const { return roles_[role]; }
    QComboBox *dateFormatBox() const { return dateFormat_; }
    QRadioButton *amountFromQuantityTimesPrice() const { return fromQuantity_; }
    QCheckBox *pseudonymizeBox() const { return pseudonymize_; }
    QListWidget *attributeList() const { return attributes_; }
    // True when the sample's dates read both as day/month and month/day.
    bool datesAmbiguous() const { return ambiguous_; }
    // The "role=N" specs the page will hand to the importer.
    QStringList mappingSpecs() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateState();
    void retranslate();
    ImportWizard *wizard_;
    QLabel *roleLabels_[RoleCount];
    QComboBox *roles_[RoleCount];
    QRadioButton *singleAmount_;
    QRadioButton *fromQuantity_;
    QLabel *dateFormatLabel_;
    QComboBox *dateFormat_;
    QLabel *dateWarning_;
    QLabel *attributesLabel_;
    QListWidget *attributes_;
    QCheckBox *pseudonymize_;
    QLabel *maxErrorsLabel_;
    QSpinBox *maxErrors_;
    QLabel *missing_;
    bool ambiguous_ = false;
};

class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const { return jobId_ != 0; }
    void cancel();
    QPushButton *cancelButton() const { return cancel_; }
    QProgressBar *progressBar() const { return progress_; }

signals:
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    ImportWizard *wizard_;
    QLabel *status_;
    QProgressBar *progress_;
    QPushButton *cancel_;
    quint64 jobId_ = 0;
    bool done_ = false;
};

class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportSummaryPage(ImportWizard *wizard);
    void initializePage() override;
    QLabel *countsLabel() const { return counts_; }
    QStandardItemModel *rejectedModel() const { return rejected_; }
    // Writes the rejected rows (line, column, reason) as CSV; false with *error on failure.
    bool saveRejected(const QString &path, QString *error) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    ImportWizard *wizard_;
    QLabel *counts_;
    QStandardItemModel *rejected_;
    DataTableView *view_;
    QPushButton *save_;
};

} // namespace ltv::ui
