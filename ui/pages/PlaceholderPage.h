#pragma once
// A page whose content is still to come: it states what it will hold, so the
// navigation is complete and honest from the first build.

#include <QWidget>

class QLabel;

namespace ltv::ui {

class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    // title and description are source strings translated in the "PageTexts" context.
    PlaceholderPage(const char *title, const char *description, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    const char *title_;
    const char *description_;
    QLabel *titleLabel_;
    QLabel *descriptionLabel_;
};

} // namespace ltv::ui
