#pragma once
// Acquisition cohorts as a heatmap table: retention % or cumulative revenue
// per customer, by acquisition month x months since acquisition.

#include "features/Cohorts.h"

#include <QAbstractTableModel>
#include <QWidget>

class QComboBox;
class QLabel;

namespace ltv::ui {

class DataTableView;
class JobRunner;
class ProjectSession;

// The cohort table as an item model; colour encodes the value (a heatmap).
class CohortModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Measure { Retention, CumulativeRevenue };
    using QAbstractTableModel::QAbstractTableModel;
    void setTable(features::CohortTable table);
    void setMeasure(Measure measure);
    const features::CohortTable &table() const { return table_; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    double value(int row, int month) const;
    features::CohortTable table_;
    Measure measure_ = Measure::Retention;
    double maxValue_ = 0.0;
};

class CohortTab : public QWidget
{
    Q_OBJECT
public:
    CohortTab(ProjectSession *session, JobRunner *runner, QWidget *parent = nullptr);
    void run();
    // Stops a running computation and empties the table (the project or its data changed).
    void clear();
    CohortModel *model() const { return model_; }

signals:
    void tableReady();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    ProjectSession *session_;
    JobRunner *runner_;
    QLabel *measureLabel_;
    QComboBox *measure_;
    QLabel *status_;
    CohortModel *model_;
    DataTableView *view_;
    quint64 jobId_ = 0;
};

} // namespace ltv::ui
