#pragma once
// Basic types of the neural-network building blocks. Every block works on
// Eigen double matrices with the batch along the columns: a dense batch is a
// (features x batch) matrix; a batch of sequences is time-major, a
// (channels x steps*batch) matrix whose column t*batch + b holds step t of
// sample b, so one time step of the whole batch is a contiguous block.
// Internal to models/nn: only its .cpp files and tests include it.

#include <Eigen/Core>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace ltv::models::nn {

using Matrix = Eigen::MatrixXd;
using Vector = Eigen::VectorXd;
using RowVector = Eigen::RowVectorXd;
using Rng = std::mt19937_64;

// A trainable tensor and the gradient accumulated by backward passes.
struct Param
{
    std::string name;
    Matrix value;
    Matrix grad;
    bool decay = true; // decoupled weight decay applies to weights, not to biases

    void reset(Eigen::Index rows, Eigen::Index cols)
    {
        value = Matrix::Zero(rows, cols);
        grad = Matrix::Zero(rows, cols);
    }
};

using ParamList = std::vector<Param *>;

// Glorot/Xavier uniform: keeps activation variance for tanh/sigmoid layers.
void initXavierUniform(Matrix &w, Eigen::Index fanIn, Eigen::Index fanOut, Rng &rng);
// He/Kaiming normal: keeps activation variance for ReLU/GELU layers.
void initHeNormal(Matrix &w, Eigen::Index fanIn, Rng &rng);

void zeroGradients(const ParamList &params);
// Scales all gradients so that their global L2 norm is at most maxNorm;
// returns the norm before clipping.
double clipGradientNorm(const ParamList &params, double maxNorm);

double sigmoid(double x);
double softplus(double x); // log(1 + e^x) without overflow

} // namespace ltv::models::nn
