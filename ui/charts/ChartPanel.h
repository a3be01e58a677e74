#pragma once
// A chart on a page: the chart view with an export button and the same
// actions in its context menu: Save as PNG (1x, 2x), SVG or PDF, and Copy to
// clipboard. The chart follows the application's light or dark theme on
// screen; exports are always light.

#include <QSize>
#include <QWidget>

class QChart;
class QChartView;
class QMenu;
class QToolButton;
class QAction;

namespace ltv::ui::charts {

class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    // Takes ownership of the chart.
    explicit ChartPanel(QChart *chart, QWidget *parent = nullptr);

    QChart *chart() const;
    QChartView *view() const { return view_; }

    // Logical size of exports; unless set, the chart's preferred export size
    // for its current data.
    QSize exportSize() const;
    void setExportSize(const QSize &size) { exportSize_ = size; }
    // File name offered by the save dialog, without suffix (e.g. "roc-curves").
    void setExportBaseName(const QString &name) { baseName_ = name; }

    // Writes the chart; the format comes from the suffix, scale applies to PNG.
    bool exportTo(const QString &path, qreal scale = 1.0, QString *error = nullptr);
    void copyToClipboard(qreal scale = 2.0);

    QMenu *exportMenu() const { return menu_; }

signals:
    void exported(const QString &path);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class SaveKind { Png1x, Png2x, Svg, Pdf };
    void saveWithDialog(SaveKind kind);
    void retranslate();
    void followApplicationTheme();

    QChartView *view_;
    QToolButton *exportButton_;
    QMenu *menu_;
    QAction *pngAction_;
    QAction *png2xAction_;
    QAction *svgAction_;
    QAction *pdfAction_;
    QAction *copyAction_;
    QSize exportSize_;
    QString baseName_;
};

} // namespace ltv::ui::charts
