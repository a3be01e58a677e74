#pragma once
// How the ML models get their training rows, and the automatic choice between
// the two protocols.
//
// - Shifted window: features as of calibration end − horizon, labels of the
//   following horizon (ending at the calibration end). Honest in time, but it
//   needs a horizon of history before the calibration end.
// - Customer split: calibration features and holdout labels of a seeded share
//   of the customers; the others are the test set.
// - Automatic: the shifted window when its training window is usable
//   (checkShiftedWindow), otherwise the customer split. The choice and its
//   reason travel with every result, so it is never silent.

#include "features/TransactionSet.h"
#include "features/Types.h"

#include <QString>

#include <cstddef>
#include <cstdint>

namespace ltv::pipeline {

enum class TrainingProtocol { ShiftedWindow, CustomerSplit, Automatic };

QString trainingProtocolName(TrainingProtocol protocol); // "shifted", "customer-split", "auto"
// The protocol in the interface's language ("shifted window", "customer split", "automatic"), for notes and reports.
QString trainingProtocolLabel(TrainingProtocol protocol);
// Accepts the names above and "shifted-window", "customers", "automatic".
bool parseTrainingProtocol(const QString &text, TrainingProtocol *protocol);

// When the shifted window's training rows are too few to learn from. The ML
// models need (1) a sample: kMinTrainingCustomers with history before the
// training cut; (2) rows that resemble the customers they are applied to: at
// least kMinTrainingShare of the customers known at the calibration end, else
// the model learns from an early cohort only (a cut at the data's first days
// leaves a handful of one-purchase customers); (3) both outcomes in the
// training label period: kMinLabelOutcomes customers who buy in it and as many
// who do not, else the churn and top-value classifiers have one class only.
struct ShiftedWindowRules
{
    static constexpr std::size_t kMinTrainingCustomers = 50;
    static constexpr double kMinTrainingShare = 0.25;
    static constexpr std::size_t kMinLabelOutcomes = 10;
};

struct ShiftedWindowCheck
{
    Day trainingCut = 0;                  // calibration end − horizon
    Day calibrationEnd = 0;               // end of the training label period
    Day firstPurchase = 0;                // earliest purchase of the data
    std::size_t trainingCustomers = 0;    // with a purchase on or before the cut: the training rows
    std::size_t calibrationCustomers = 0; // with a purchase on or before the calibration end
    std::size_t buyersInLabelPeriod = 0;  // training customers buying in (cut, calibration end]
    bool usable = false;
    // One clause in the current language: what makes it usable, or the first
    // rule it fails. Worded on each call, so it follows a language switch.
    QString reason() const;
};

// Counts over every line on or before the calibration end (in any line order).
ShiftedWindowCheck checkShiftedWindow(const features::TransactionSet &set, Day calibrationEnd,
                                      std::int32_t horizonDays);

struct TrainingProtocolChoice
{
    TrainingProtocol protocol = TrainingProtocol::ShiftedWindow; // resolved: never Automatic
    bool automatic = false;                                      // chosen by the rule, not named by the user
    ShiftedWindowCheck check;                                    // automatic only: what the rule saw

    // Automatic only (else empty): why this one, in the current language.
    QString reason() const;
    // "shifted window", or e.g. "customer split (chosen automatically: the
    // shifted window's training cut 1996-12-31 is before the first purchase 1997-01-01)".
    QString describe() const;
};

// A named protocol is kept as it is (an unusable shifted window then fails
// where it is trained, as before); Automatic is resolved by checkShiftedWindow.
TrainingProtocolChoice chooseTrainingProtocol(const features::TransactionSet &set, TrainingProtocol requested,
                                              Day calibrationEnd, std::int32_t horizonDays);

} // namespace ltv::pipeline
