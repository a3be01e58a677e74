#include "pipeline/TrainingProtocol.h"

#include "features/Summarize.h"
#include "features/Translation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace ltv::pipeline {
namespace {

// Where lupdate files the tr() calls of this file (see features/Translation.h).
QString tr(const char *text)
{
    return translateIn({"ltv::pipeline"}, text);
}

QString percent(double share)
{
    return QString::number(std::round(share * 1000.0) / 10.0, 'g', 4);
}

// The first rule of ShiftedWindowRules the check breaks, as a clause; empty when it keeps them all.
QString brokenRule(const ShiftedWindowCheck &c)
{
    using Rules = ShiftedWindowRules;
    const QString cut = isoFromDay(c.trainingCut);
    if (c.trainingCustomers == 0 && c.calibrationCustomers > 0 && c.trainingCut < c.firstPurchase)
        return tr("the shifted window's training cut %1 is before the first purchase %2")
            .arg(cut, isoFromDay(c.firstPurchase));
    if (c.trainingCustomers < Rules::kMinTrainingCustomers)
        return tr("only %1 customers bought on or before the shifted window's training cut %2 (at least %3 are "
                  "needed)")
            .arg(c.trainingCustomers)
            .arg(cut)
            .arg(Rules::kMinTrainingCustomers);
    const double share = static_cast<double>(c.trainingCustomers) / static_cast<double>(c.calibrationCustomers);
    if (share < Rules::kMinTrainingShare)
        return tr("only %1 of the %2 customers (%3 %) bought on or before the shifted window's training cut %4 "
                  "(at least %5 % are needed)")
            .arg(c.trainingCustomers)
            .arg(c.calibrationCustomers)
            .arg(percent(share), cut, percent(Rules::kMinTrainingShare));
    const QString from = isoFromDay(c.trainingCut + 1);
    const QString to = isoFromDay(c.calibrationEnd);
    if (c.buyersInLabelPeriod < Rules::kMinLabelOutcomes)
        return tr("only %1 of the %2 training customers bought in the shifted window's label period %3 to %4 "
                  "(at least %5 are needed)")
            .arg(c.buyersInLabelPeriod)
            .arg(c.trainingCustomers)
            .arg(from, to)
            .arg(Rules::kMinLabelOutcomes);
    const std::size_t idle = c.trainingCustomers - c.buyersInLabelPeriod;
    if (idle < Rules::kMinLabelOutcomes)
        return tr("only %1 of the %2 training customers made no purchase in the shifted window's label period "
                  "%3 to %4 (at least %5 are needed)")
            .arg(idle)
            .arg(c.trainingCustomers)
            .arg(from, to)
            .arg(Rules::kMinLabelOutcomes);
    return {};
}

// Free functions, so that lupdate files their texts under "ltv::pipeline" like the others.
QString shiftedWindowUsableText(const ShiftedWindowCheck &c)
{
    return tr("the shifted window's training cut %1 leaves %2 customers with history, %3 of whom bought in the "
              "label period to %4")
        .arg(isoFromDay(c.trainingCut))
        .arg(c.trainingCustomers)
        .arg(c.buyersInLabelPeriod)
        .arg(isoFromDay(c.calibrationEnd));
}

QString automaticChoiceText(const QString &label, const QString &reason)
{
    return tr("%1 (chosen automatically: %2)").arg(label, reason);
}

} // namespace

QString trainingProtocolName(TrainingProtocol protocol)
{
    switch (protocol) {
    case TrainingProtocol::ShiftedWindow:
        return QStringLiteral("shifted");
    case TrainingProtocol::CustomerSplit:
        return QStringLiteral("customer-split");
    case TrainingProtocol::Automatic:
        break;
    }
    return QStringLiteral("auto");
}

QString trainingProtocolLabel(TrainingProtocol protocol)
{
    switch (protocol) {
    case TrainingProtocol::ShiftedWindow:
        return tr("shifted window");
    case TrainingProtocol::CustomerSplit:
        return tr("customer split");
    case TrainingProtocol::Automatic:
        break;
    }
    return tr("automatic");
}

bool parseTrainingProtocol(const QString &text, TrainingProtocol *protocol)
{
    if (text == QLatin1String("shifted") || text == QLatin1String("shifted-window")) {
        *protocol = TrainingProtocol::ShiftedWindow;
        return true;
    }
    if (text == QLatin1String("customer-split") || text == QLatin1String("customers")) {
        *protocol = TrainingProtocol::CustomerSplit;
        return true;
    }
    if (text == QLatin1String("auto") || text == QLatin1String("automatic")) {
        *protocol = TrainingProtocol::Automatic;
        return true;
    }
    return false;
}

ShiftedWindowCheck checkShiftedWindow(const features::TransactionSet &set, Day calibrationEnd, std::int32_t horizonDays)
{
    ShiftedWindowCheck c;
    c.calibrationEnd = calibrationEnd;
    c.trainingCut = calibrationEnd - horizonDays;
    // Per customer, as summarize() and horizonLabels() see them: the first
    // purchase day, and whether a purchase falls in (cut, calibration end].
    constexpr Day kNever = std::numeric_limits<Day>::max();
    std::vector<Day> first(static_cast<std::size_t>(set.customerCount()), kNever);
    std::vector<std::uint8_t> buysInLabels(first.size(), 0);
    c.firstPurchase = kNever;
    for (std::size_t i = 0; i < set.size(); ++i) {
        const Day day = set.day[i];
        if (day > calibrationEnd || features::isReturnLine(set, i))
            continue;
        const auto customer = static_cast<std::size_t>(set.customer[i]);
        first[customer] = std::min(first[customer], day);
        c.firstPurchase = std::min(c.firstPurchase, day);
        if (day > c.trainingCut)
            buysInLabels[customer] = 1;
    }
    for (std::size_t customer = 0; customer < first.size(); ++customer) {
        if (first[customer] == kNever)
            continue;
        ++c.calibrationCustomers;
        if (first[customer] <= c.trainingCut) {
            ++c.trainingCustomers;
            c.buyersInLabelPeriod += buysInLabels[customer];
        }
    }
    if (c.firstPurchase == kNever)
        c.firstPurchase = calibrationEnd;
    c.usable = brokenRule(c).isEmpty();
    return c;
}

QString ShiftedWindowCheck::reason() const
{
    return usable ? shiftedWindowUsableText(*this) : brokenRule(*this);
}

QString TrainingProtocolChoice::reason() const
{
    return automatic ? check.reason() : QString();
}

QString TrainingProtocolChoice::describe() const
{
    const QString label = trainingProtocolLabel(protocol);
    return automatic ? automaticChoiceText(label, reason()) : label;
}

TrainingProtocolChoice chooseTrainingProtocol(const features::TransactionSet &set, TrainingProtocol requested,
                                              Day calibrationEnd, std::int32_t horizonDays)
{
    TrainingProtocolChoice choice;
    if (requested != TrainingProtocol::Automatic) {
        choice.protocol = requested;
        return choice;
    }
    choice.check = checkShiftedWindow(set, calibrationEnd, horizonDays);
    choice.automatic = true;
    choice.protocol = choice.check.usable ? TrainingProtocol::ShiftedWindow : TrainingProtocol::CustomerSplit;
    return choice;
}

} // namespace ltv::pipeline
