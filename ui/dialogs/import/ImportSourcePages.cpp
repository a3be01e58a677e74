// Wizard steps 1 and 2: choose the file, then check how it is read.

#include "dialogs/ImportWizard.h"
#include "dialogs/import/ImportPages.h"

#include "io/TextEncoding.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ltv::ui {

// ---------------------------------------------------------------- file page

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , wizard_(wizard)
    , hint_(new QLabel(this))
    , pathEdit_(new QLineEdit(this))
    , browse_(new QPushButton(this))
{
    setAcceptDrops(true);
    pathEdit_->setObjectName(QStringLiteral("importPath"));
    hint_->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(pathEdit_, 1);
    row->addWidget(browse_);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint_);
    layout->addSpacing(12);
    layout->addLayout(row);
    layout->addStretch(1);
    connect(pathEdit_, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(browse_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a transaction file"), QString(),
                                                          tr("Text files (*.csv *.tsv *.txt);;All files (*)"));
        if (!path.isEmpty())
            setPath(path);
    });
    retranslate();
}

QString ImportFilePage::path() const
{
    return pathEdit_->text().trimmed();
}

void ImportFilePage::setPath(const QString &path)
{
    pathEdit_->setText(path);
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(path()).isFile();
}

bool ImportFilePage::validatePage()
{
    // A new file starts from detection again.
    io::ImportOptions &options = wizard_->options();
    options = io::ImportOptions{};
    return true;
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ImportFilePage::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        setPath(urls.first().toLocalFile());
}

void ImportFilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportFilePage::retranslate()
{
    setTitle(tr("Choose a file"));
    setSubTitle(tr("A transaction export from your shop: one line per order line or purchase."));
    hint_->setText(tr("Pick a CSV or text file, or drop it here. Comma, semicolon, tab and whitespace-aligned "
                      "columns are recognised, in UTF-8, UTF-16, GB18030/GBK or Windows-1252."));
    browse_->setText(tr("Browse…"));
}

// ------------------------------------------------------------- preview page

namespace {
const QStringList kEncodings = {QString(),
                                QStringLiteral("UTF-8"),
                                QStringLiteral("UTF-16LE"),
                                QStringLiteral("UTF-16BE"),
                                QStringLiteral("GB18030"),
                                QStringLiteral("Windows-1252")};
const QStringList kDelimiters = {QString(),           QStringLiteral(","),
                                 QStringLiteral(";"), QStringLiteral("tab"),
                                 QStringLiteral("|"), QStringLiteral("whitespace")};
constexpr int kPreviewRows = 50;
} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , wizard_(wizard)
    , encodingLabel_(new QLabel(this))
    , encoding_(new QComboBox(this))
    , delimiterLabel_(new QLabel(this))
    , delimiter_(new QComboBox(this))
    , headerLabel_(new QLabel(this))
    , header_(new QComboBox(this))
    , detected_(new QLabel(this))
    , table_(new QTableWidget(this))
{
    encoding_->setObjectName(QStringLiteral("encodingBox"));
    delimiter_->setObjectName(QStringLiteral("delimiterBox"));
    header_->setObjectName(QStringLiteral("headerBox"));
    table_->setObjectName(QStringLiteral("previewTable"));
    for (int i = 0; i < kEncodings.size(); ++i)
        encoding_->addItem(kEncodings[i], kEncodings[i]);
    for (int i = 0; i < kDelimiters.size(); ++i)
        delimiter_->addItem(kDelimiters[i], kDelimiters[i]);
    for (int i = 0; i < 3; ++i)
        header_->addItem(QString());
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setDefaultSectionSize(120);
    detected_->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(encodingLabel_);
    controls->addWidget(encoding_);
    controls->addSpacing(12);
    controls->addWidget(delimiterLabel_);
    controls->addWidget(delimiter_);
    controls->addSpacing(12);
    controls->addWidget(headerLabel_);
    controls->addWidget(header_);
    controls->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(detected_);
    layout->addWidget(table_, 1);

    const auto changed = [this] {
        if (updating_)
            return;
        io::ImportOptions &options = wizard_->options();
        const QString encoding = encoding_->currentData().toString();
        options.encoding = io::TextEncoding::Auto;
        if (!encoding.isEmpty())
            io::parseEncodingName(encoding, &options.encoding);
        options.delimiter = delimiter_->currentData().toString();
        options.header = static_cast<io::HeaderMode>(header_->currentIndex());
        reload();
    };
    connect(encoding_, &QComboBox::currentIndexChanged, this, changed);
    connect(delimiter_, &QComboBox::currentIndexChanged, this, changed);
    connect(header_, &QComboBox::currentIndexChanged, this, changed);
    retranslate();
}

void ImportPreviewPage::initializePage()
{
    updating_ = true;
    encoding_->setCurrentIndex(0);
    delimiter_->setCurrentIndex(0);
    header_->setCurrentIndex(0);
    updating_ = false;
    reload();
}

void ImportPreviewPage::reload()
{
    QString error;
    ok_ = wizard_->refreshLayout(&error);
    table_->clear();
    undecodable_ = 0;
    if (!ok_) {
        table_->setRowCount(0);
        table_->setColumnCount(0);
        detected_->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(error.toHtmlEscaped()));
        emit completeChanged();
        return;
    }
    const io::ImportLayout &layout = wizard_->layout();
    table_->setColumnCount(static_cast<int>(layout.columns.size()));
    table_->setHorizontalHeaderLabels(layout.columns);
    const int rows = static_cast<int>(std::min<std::size_t>(layout.sampleRows.size(), kPreviewRows));
    table_->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const auto &fields = layout.sampleRows[static_cast<std::size_t>(r)];
        for (int c = 0; c < static_cast<int>(fields.size()) && c < table_->columnCount(); ++c) {
            const QString text = QString::fromUtf8(fields[static_cast<std::size_t>(c)]);
            auto *item = new QTableWidgetItem(text);
            if (text.contains(QChar::ReplacementCharacter)) {
                // Bytes that are not valid in the chosen encoding: mark them so the user picks another.
                item->setBackground(QColor(255, 205, 210));
                item->setToolTip(tr("Some bytes could not be decoded with this encoding (shown as �)."));
                ++undecodable_;
            }
            table_->setItem(r, c, item);
        }
    }
    QString delimiter = io::delimiterName(layout.dialect);
    if (delimiter == u",")
        delimiter = tr("comma");
    else if (delimiter == u";")
        delimiter = tr("semicolon");
    else if (delimiter == u"tab")
        delimiter = tr("tab");
    else if (delimiter == u"whitespace")
        delimiter = tr("aligned columns");
    QString text = tr("Read as %1, separated by %2, %3. %4 columns; the first %5 rows are shown.")
                       .arg(io::encodingName(layout.encoding), delimiter,
                            layout.hasHeader ? tr("with a header line") : tr("without a header line"))
                       .arg(layout.columns.size())
                       .arg(rows);
    if (undecodable_ > 0)
        text += QStringLiteral(" <span style='color:#b00020'>%1</span>")
                    .arg(tr("%n cell(s) contain bytes this encoding cannot decode: try another encoding.", nullptr,
                            undecodable_)
                             .toHtmlEscaped());
    detected_->setText(text);
    emit completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    return ok_;
}

void ImportPreviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportPreviewPage::retranslate()
{
    setTitle(tr("Check the preview"));
    setSubTitle(tr("The encoding, delimiter and header were detected; change them if the columns look wrong."));
    encodingLabel_->setText(tr("Encoding:"));
    delimiterLabel_->setText(tr("Delimiter:"));
    headerLabel_->setText(tr("Header:"));
    encoding_->setItemText(0, tr("Detect"));
    delimiter_->setItemText(0, tr("Detect"));
    delimiter_->setItemText(1, tr("Comma (,)"));
    delimiter_->setItemText(2, tr("Semicolon (;)"));
    delimiter_->setItemText(3, tr("Tab"));
    delimiter_->setItemText(4, tr("Pipe (|)"));
    delimiter_->setItemText(5, tr("Aligned columns (spaces)"));
    header_->setItemText(0, tr("Detect"));
    header_->setItemText(1, tr("First line is a header"));
    header_->setItemText(2, tr("No header line"));
}

} // namespace ltv::ui
