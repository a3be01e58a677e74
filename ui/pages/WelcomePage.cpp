#include "pages/WelcomePage.h"

#include "Settings.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ltv::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , title_(new QLabel(this))
    , subtitle_(new QLabel(this))
    , demoButton_(new QPushButton(this))
    , newButton_(new QPushButton(this))
    , openButton_(new QPushButton(this))
    , importButton_(new QPushButton(this))
    , recentTitle_(new QLabel(this))
    , recentList_(new QListWidget(this))
    , dropHint_(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    QFont titleFont = title_->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title_->setFont(titleFont);
    subtitle_->setWordWrap(true);
    QFont sectionFont = recentTitle_->font();
    sectionFont.setBold(true);
    recentTitle_->setFont(sectionFont);
    dropHint_->setWordWrap(true);
    dropHint_->setEnabled(false);

    demoButton_->setObjectName(QStringLiteral("openDemoButton"));
    newButton_->setObjectName(QStringLiteral("newProjectButton"));
    openButton_->setObjectName(QStringLiteral("openProjectButton"));
    importButton_->setObjectName(QStringLiteral("importButton"));
    recentList_->setObjectName(QStringLiteral("recentProjects"));
    demoButton_->setDefault(true);
    demoButton_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    newButton_->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    openButton_->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    importButton_->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    for (QPushButton *b : {demoButton_, newButton_, openButton_, importButton_}) {
        b->setMinimumHeight(40);
        b->setMinimumWidth(220);
    }

    auto *buttons = new QGridLayout;
    buttons->setHorizontalSpacing(12);
    buttons->setVerticalSpacing(12);
    buttons->addWidget(demoButton_, 0, 0);
    buttons->addWidget(importButton_, 0, 1);
    buttons->addWidget(newButton_, 1, 0);
    buttons->addWidget(openButton_, 1, 1);
    buttons->setColumnStretch(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 32, 40, 32);
    layout->addWidget(title_);
    layout->addWidget(subtitle_);
    layout->addSpacing(20);
    layout->addLayout(buttons);
    layout->addSpacing(24);
    layout->addWidget(recentTitle_);
    layout->addWidget(recentList_, 1);
    layout->addWidget(dropHint_);

    connect(demoButton_, &QPushButton::clicked, this, &WelcomePage::openDemoRequested);
    connect(newButton_, &QPushButton::clicked, this, &WelcomePage::newProjectRequested);
    connect(openButton_, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);
    connect(importButton_, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(recentList_, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit recentProjectActivated(item->data(Qt::UserRole).toString()); });
    connect(&Settings::instance(), &Settings::recentProjectsChanged, this, &WelcomePage::refreshRecent);
    retranslate();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    title_->setText(tr("Welcome to LTV Studio"));
    subtitle_->setText(tr("Predict what each customer will be worth, see how sure the prediction is, and decide what "
                          "to do about it. Start with the demo data or bring your shop's transaction export."));
    demoButton_->setText(tr("Open demo project"));
    newButton_->setText(tr("New project…"));
    openButton_->setText(tr("Open project…"));
    importButton_->setText(tr("Import a CSV file…"));
    recentTitle_->setText(tr("Recent projects"));
    dropHint_->setText(tr("Tip: drop a .ltv project or a .csv file anywhere on this window."));
    refreshRecent();
}

void WelcomePage::refreshRecent()
{
    recentList_->clear();
    const QStringList recent = Settings::instance().recentProjects();
    for (const QString &path : recent) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1    %2").arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(path)), recentList_);
        item->setData(Qt::UserRole, path);
        item->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    }
    if (recent.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent projects yet."), recentList_);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace ltv::ui
