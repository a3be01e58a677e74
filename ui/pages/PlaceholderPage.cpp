#include "pages/PlaceholderPage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace ltv::ui {

PlaceholderPage::PlaceholderPage(const char *title, const char *description, QWidget *parent)
    : QWidget(parent)
    , title_(title)
    , description_(description)
    , titleLabel_(new QLabel(this))
    , descriptionLabel_(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    QFont titleFont = titleLabel_->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    titleLabel_->setFont(titleFont);
    titleLabel_->setObjectName(QStringLiteral("pageTitle"));
    descriptionLabel_->setObjectName(QStringLiteral("pageDescription"));
    descriptionLabel_->setWordWrap(true);
    descriptionLabel_->setTextFormat(Qt::RichText);
    layout->addWidget(titleLabel_);
    layout->addSpacing(8);
    layout->addWidget(descriptionLabel_);
    layout->addStretch(1);
    retranslate();
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslate()
{
    titleLabel_->setText(QCoreApplication::translate("PageTexts", title_));
    descriptionLabel_->setText(QCoreApplication::translate("PageTexts", description_));
}

} // namespace ltv::ui
