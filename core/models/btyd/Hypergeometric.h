#pragma once
// Gauss hypergeometric function 2F1 on 0 <= z < 1, as the BTYD expectations
// need it: summed in scaled form so that it never overflows for customers
// with hundreds of purchases, and Euler-transformed when that shrinks the
// series' upper parameters.

namespace ltv::models::btyd {

// log|2F1(a, b; c; z)| and its sign, for 0 <= z < 1 and c not 0, -1, -2, ... (NaN there).
struct LogHypergeometric
{
    double log = 0.0;
    int sign = 1;
};
LogHypergeometric logHyp2f1(double a, double b, double c, double z);

// 2F1(a, b; c; z) itself (may be +inf when the true value exceeds double range).
double hyp2f1(double a, double b, double c, double z);

// 2F1(1, p; c; z) for 0 < p < c and 0 <= z < 1 (all terms positive and
// decreasing), with its partial derivatives. The Pareto/NBD likelihood is
// written in terms of this function (see docs/models-btyd.md).
struct UnitHypergeometric
{
    double value = 1.0;
    double dp = 0.0;
    double dc = 0.0;
    double dz = 0.0;
};
UnitHypergeometric unitHyp2f1(double p, double c, double z);

} // namespace ltv::models::btyd
