#include "charts/ChartPanel.h"

#include "charts/Chart.h"
#include "charts/ChartExport.h"

#include <QAction>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace ltv::ui::charts {

ChartPanel::ChartPanel(QChart *chart, QWidget *parent)
    : QWidget(parent)
    , view_(new QChartView(chart, this))
    , exportButton_(new QToolButton(this))
    , menu_(new QMenu(this))
{
    baseName_ = QStringLiteral("chart");

    view_->setRenderHint(QPainter::Antialiasing);
    view_->setFrameShape(QFrame::NoFrame);
    view_->setMinimumSize(320, 220);
    view_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view_, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { menu_->exec(view_->mapToGlobal(pos)); });

    pngAction_ = menu_->addAction(QString(), this, [this] { saveWithDialog(SaveKind::Png1x); });
    png2xAction_ = menu_->addAction(QString(), this, [this] { saveWithDialog(SaveKind::Png2x); });
    svgAction_ = menu_->addAction(QString(), this, [this] { saveWithDialog(SaveKind::Svg); });
    pdfAction_ = menu_->addAction(QString(), this, [this] { saveWithDialog(SaveKind::Pdf); });
    menu_->addSeparator();
    copyAction_ = menu_->addAction(QString(), this, [this] { copyToClipboard(); });
    pngAction_->setObjectName(QStringLiteral("savePng"));
    png2xAction_->setObjectName(QStringLiteral("savePng2x"));
    svgAction_->setObjectName(QStringLiteral("saveSvg"));
    pdfAction_->setObjectName(QStringLiteral("savePdf"));
    copyAction_->setObjectName(QStringLiteral("copyChart"));
    copyAction_->setShortcut(QKeySequence::Copy);
    copyAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(copyAction_);

    exportButton_->setObjectName(QStringLiteral("exportButton"));
    exportButton_->setMenu(menu_);
    exportButton_->setPopupMode(QToolButton::InstantPopup);
    exportButton_->setAutoRaise(true);

    auto *toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(0, 0, 0, 0);
    toolbar->addStretch();
    toolbar->addWidget(exportButton_);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(toolbar);
    layout->addWidget(view_, 1);

    retranslate();
    followApplicationTheme();
}

QSize ChartPanel::exportSize() const
{
    if (exportSize_.isValid())
        return exportSize_;
    // Asked at export time: a chart's preferred size can follow its data
    // (one row per bar on horizontal bar charts).
    if (auto *styled = qobject_cast<Chart *>(chart()))
        return styled->preferredExportSize();
    return {960, 600};
}

QChart *ChartPanel::chart() const
{
    return view_->chart();
}

bool ChartPanel::exportTo(const QString &path, qreal scale, QString *error)
{
    const bool ok = saveChart(chart(), path, exportSize(), scale, error);
    if (ok)
        emit exported(path);
    return ok;
}

void ChartPanel::copyToClipboard(qreal scale)
{
    copyChartToClipboard(chart(), exportSize(), scale);
}

void ChartPanel::saveWithDialog(SaveKind kind)
{
    QString suffix = QStringLiteral("png");
    QString filter = tr("PNG image (*.png)");
    qreal scale = 1.0;
    switch (kind) {
    case SaveKind::Png1x:
        break;
    case SaveKind::Png2x:
        scale = 2.0;
        break;
    case SaveKind::Svg:
        suffix = QStringLiteral("svg");
        filter = tr("SVG image (*.svg)");
        break;
    case SaveKind::Pdf:
        suffix = QStringLiteral("pdf");
        filter = tr("PDF document (*.pdf)");
        break;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save chart"), QDir(folder).filePath(baseName_ + u'.' + suffix), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    QString error;
    if (!exportTo(path, scale, &error))
        QMessageBox::warning(this, tr("Save chart"), error);
}

void ChartPanel::retranslate()
{
    exportButton_->setText(tr("Export"));
    exportButton_->setToolTip(tr("Save or copy this chart"));
    pngAction_->setText(tr("Save as PNG…"));
    png2xAction_->setText(tr("Save as PNG (2x)…"));
    svgAction_->setText(tr("Save as SVG…"));
    pdfAction_->setText(tr("Save as PDF…"));
    copyAction_->setText(tr("Copy to clipboard"));
}

void ChartPanel::followApplicationTheme()
{
    if (auto *styled = qobject_cast<Chart *>(chart()))
        styled->setVisualTheme(ChartStyle::applicationTheme());
}

bool ChartPanel::event(QEvent *event)
{
    // Switching the application between light and dark palettes.
    if (event->type() == QEvent::ApplicationPaletteChange)
        followApplicationTheme();
    return QWidget::event(event);
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        followApplicationTheme();
    QWidget::changeEvent(event);
}

} // namespace ltv::ui::charts
