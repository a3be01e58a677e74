#include "models/nn/NeuralModel.h"
#include "features/Translation.h"

#include "models/ModelOptions.h"
#include "models/nn/Losses.h"
#include "models/nn/Network.h"
#include "models/nn/Preprocessing.h"
#include "models/nn/Trainer.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace ltv::models {

using nn::Architecture;

namespace {

// Where lupdate files the tr() calls of this file (see features/Translation.h).
QString tr(const char *text)
{
    return translateIn({"ltv::models::NeuralModel", "ltv::models", "nn"}, text);
}

constexpr quint32 kMagic = 0x4c544e4e; // "LTNN"
constexpr quint32 kFormatVersion = 2;  // 2 adds the largest training label
const double kNaN = std::numeric_limits<double>::quiet_NaN();

std::runtime_error failure(const QString &message)
{
    return std::runtime_error(message.toStdString());
}

bool usesFeatures(Architecture a, bool hasFeatures)
{
    return a == Architecture::Mlp || (a == Architecture::Gru && hasFeatures);
}

bool usesSequences(Architecture a)
{
    return a != Architecture::Mlp;
}

void writeVector(QDataStream &out, const std::vector<double> &v)
{
    out << static_cast<quint64>(v.size());
    for (double x : v)
        out << x;
}

std::vector<double> readVector(QDataStream &in)
{
    quint64 n = 0;
    in >> n;
    if (n > (1u << 30))
        throw failure(tr("The neural model data is damaged."));
    std::vector<double> v(static_cast<std::size_t>(n));
    for (double &x : v)
        in >> x;
    return v;
}

} // namespace

struct NeuralModel::State
{
    Architecture architecture;
    bool fitted = false;
    QVariantMap options;
    nn::NetworkShape shape;
    nn::LossKind loss = nn::LossKind::ZeroInflatedLognormal;
    std::unique_ptr<nn::Network> network;
    QStringList featureColumns;
    QStringList channels;
    nn::ColumnScaler featureScaler;
    nn::ColumnScaler sequenceScaler;
    double labelScale = 1.0; // labels are divided by this during training
    // The largest scaled training label: a customer's predicted mean is capped
    // there, because beyond it the network extrapolates (exp(mu + sigma^2/2)
    // explodes on inputs unlike the training ones).
    double labelMax = std::numeric_limits<double>::infinity();
    double trainHorizon = 0.0; // label horizon, in trainUnit
    TimeUnit trainUnit = TimeUnit::Week;
    std::vector<EpochLoss> history;
    int bestEpoch = 0;
    double bestValidationLoss = kNaN;

    explicit State(Architecture a)
        : architecture(a)
    {}

    void buildNetwork(std::uint64_t seed)
    {
        switch (architecture) {
        case Architecture::Mlp:
            network = nn::makeMlp(shape, seed);
            break;
        case Architecture::Cnn:
            network = nn::makeCnn(shape, seed);
            break;
        case Architecture::Gru:
            network = nn::makeGru(shape, seed);
            break;
        }
    }

    // Network inputs for predict/fit; throws on a layout the model was not trained on.
    nn::Dataset inputs(const features::FeatureMatrix *features, const features::Sequences *sequences) const
    {
        nn::Dataset data;
        std::int64_t rows = -1;
        if (shape.features > 0) {
            if (!features)
                throw failure(tr("The model needs a feature matrix."));
            if (features->columns != featureColumns)
                throw failure(tr("The feature columns differ from the ones the model was trained on."));
            nn::loadFeatures(*features, featureScaler, data);
            rows = features->rows();
        }
        if (usesSequences(architecture)) {
            if (!sequences)
                throw failure(tr("The model needs activity sequences."));
            if (sequences->channels != channels || sequences->length != shape.steps)
                throw failure(tr("The activity sequences differ from the ones the model was trained on."));
            if (rows >= 0 && sequences->count() != rows)
                throw failure(tr("The feature matrix and the sequences have different customers."));
            nn::loadSequences(*sequences, sequenceScaler, data);
            rows = sequences->count();
        }
        if (data.features.rows() == 0)
            data.features.resize(0, rows);
        data.target = nn::Vector::Zero(rows);
        return data;
    }
};

NeuralModel::NeuralModel(Architecture architecture)
    : state_(std::make_unique<State>(architecture))
{}

NeuralModel::~NeuralModel() = default;

QString NeuralModel::id() const
{
    switch (state_->architecture) {
    case Architecture::Mlp:
        return QStringLiteral("mlp-ziln");
    case Architecture::Cnn:
        return QStringLiteral("cnn");
    case Architecture::Gru:
        return QStringLiteral("gru");
    }
    return {};
}

QString NeuralModel::displayName() const
{
    switch (state_->architecture) {
    case Architecture::Mlp:
        return tr("Neural network (MLP, zero-inflated lognormal)");
    case Architecture::Cnn:
        return tr("Convolutional network over activity");
    case Architecture::Gru:
        return tr("Recurrent network (GRU) over activity");
    }
    return {};
}

QList<ParamSpec> NeuralModel::hyperparameters() const
{
    QList<ParamSpec> specs{
        {QStringLiteral("epochs"), tr("Maximum training epochs"), 100, 1, 10000, {}},
        {QStringLiteral("batchSize"), tr("Customers per mini-batch"), 256, 1, 65536, {}},
        {QStringLiteral("learningRate"), tr("Adam learning rate"), 2e-3, 1e-6, 1.0, {}},
        {QStringLiteral("weightDecay"), tr("Decoupled weight decay"), 1e-4, 0.0, 1.0, {}},
        {QStringLiteral("dropout"), tr("Dropout rate of the dense layers"), 0.1, 0.0, 0.9, {}},
        {QStringLiteral("hidden"), tr("Width of the hidden layers (GRU state size)"), 32, 1, 4096, {}},
        {QStringLiteral("layers"), tr("Hidden dense layers"), 2, 0, 16, {}},
        {QStringLiteral("clipNorm"), tr("Gradient clipping norm (0 = off)"), 5.0, 0.0, QVariant(), {}},
        {QStringLiteral("patience"), tr("Epochs without validation improvement before stopping"), 8, 1, 1000, {}},
        {QStringLiteral("validationFraction"), tr("Share of customers held out for early stopping"), 0.2, 0.0, 0.9, {}},
        {QStringLiteral("seed"), tr("Random seed"), 42, 0, QVariant(), {}},
        {QStringLiteral("threads"), tr("Worker threads (0 = one per core)"), 0, 0, 64, {}},
    };
    if (state_->architecture == Architecture::Mlp)
        specs.append({QStringLiteral("loss"),
                      tr("Training loss"),
                      QStringLiteral("ziln"),
                      QVariant(),
                      QVariant(),
                      {QStringLiteral("ziln"), QStringLiteral("mse")}});
    if (state_->architecture == Architecture::Cnn) {
        specs.append({QStringLiteral("filters"), tr("Filters per convolution"), 16, 1, 1024, {}});
        specs.append({QStringLiteral("kernel"), tr("Convolution width in periods"), 3, 1, 64, {}});
    }
    return specs;
}

FitReport NeuralModel::fit(const TrainingData &data, const QVariantMap &options, const pipeline::JobContext &job)
{
    FitReport report;
    State &s = *state_;
    const Architecture arch = s.architecture;
    if (!data.labels) {
        report.message = tr("Training needs labels.");
        return report;
    }
    if (arch == Architecture::Mlp && !data.features) {
        report.message = tr("The MLP needs a feature matrix.");
        return report;
    }
    if (usesSequences(arch) && (!data.sequences || data.sequences->length <= 0)) {
        report.message = tr("This network needs activity sequences.");
        return report;
    }
    const std::size_t n = data.labels->size();
    if ((data.features && static_cast<std::size_t>(data.features->rows()) != n) ||
        (usesSequences(arch) && static_cast<std::size_t>(data.sequences->count()) != n)) {
        report.message = tr("Labels, features and sequences must describe the same customers.");
        return report;
    }
    if (n < 2) {
        report.message = tr("Training needs at least two customers.");
        return report;
    }

    const QVariantMap resolved = optionsWithDefaults(hyperparameters(), options);
    const QString lossName = resolved.value(QStringLiteral("loss"), QStringLiteral("ziln")).toString();
    if (lossName != u"ziln" && lossName != u"mse") {
        report.message = tr("Unknown loss \"%1\".").arg(lossName);
        return report;
    }

    s.fitted = false;
    s.options = resolved;
    s.loss = lossName == u"mse" ? nn::LossKind::MeanSquaredError : nn::LossKind::ZeroInflatedLognormal;
    s.trainHorizon = data.horizon;
    s.trainUnit = data.unit;
    const bool withFeatures = usesFeatures(arch, data.features != nullptr);
    s.featureColumns = withFeatures ? data.features->columns : QStringList();
    s.featureScaler = withFeatures ? nn::fitFeatureScaler(*data.features) : nn::ColumnScaler();
    s.channels = usesSequences(arch) ? data.sequences->channels : QStringList();
    s.sequenceScaler = usesSequences(arch) ? nn::fitSequenceScaler(*data.sequences) : nn::ColumnScaler();

    s.shape = nn::NetworkShape();
    s.shape.features = withFeatures ? static_cast<int>(data.features->cols()) : 0;
    s.shape.channels = usesSequences(arch) ? static_cast<int>(data.sequences->channels.size()) : 0;
    s.shape.steps = usesSequences(arch) ? data.sequences->length : 0;
    s.shape.hidden = resolved.value(QStringLiteral("hidden")).toInt();
    s.shape.layers = resolved.value(QStringLiteral("layers")).toInt();
    s.shape.filters = resolved.value(QStringLiteral("filters"), 16).toInt();
    s.shape.kernel = resolved.value(QStringLiteral("kernel"), 3).toInt();
    s.shape.dropout = resolved.value(QStringLiteral("dropout")).toDouble();
    s.shape.outputs = s.loss == nn::LossKind::ZeroInflatedLognormal ? 3 : 1;
    if (arch == Architecture::Cnn && s.shape.steps < 2) {
        report.message = tr("The CNN needs sequences of at least two periods.");
        return report;
    }

    nn::Dataset dataset = s.inputs(withFeatures ? data.features : nullptr, data.sequences);
    // Revenue is modelled in units of the mean positive revenue, so the
    // initial outputs are on the right scale whatever the currency.
    double positiveSum = 0.0;
    int positives = 0;
    for (double r : data.labels->revenue)
        if (r > 0.0) {
            positiveSum += r;
            ++positives;
        }
    s.labelScale = positives > 0 ? positiveSum / positives : 1.0;
    for (std::size_t i = 0; i < n; ++i)
        dataset.target(static_cast<Eigen::Index>(i)) = std::max(data.labels->revenue[i], 0.0) / s.labelScale;
    s.labelMax = dataset.target.maxCoeff();
    if (positives == 0)
        report.warnings << tr("No customer has revenue in the label horizon; the model can only predict zero.");

    nn::TrainOptions train;
    train.epochs = resolved.value(QStringLiteral("epochs")).toInt();
    train.batchSize = resolved.value(QStringLiteral("batchSize")).toInt();
    train.learningRate = resolved.value(QStringLiteral("learningRate")).toDouble();
    train.weightDecay = resolved.value(QStringLiteral("weightDecay")).toDouble();
    train.clipNorm = resolved.value(QStringLiteral("clipNorm")).toDouble();
    train.patience = resolved.value(QStringLiteral("patience")).toInt();
    train.validationFraction = resolved.value(QStringLiteral("validationFraction")).toDouble();
    train.seed = resolved.value(QStringLiteral("seed")).toULongLong();
    train.threads = resolved.value(QStringLiteral("threads")).toInt();

    s.buildNetwork(train.seed);
    const nn::TrainResult result = nn::train(*s.network, dataset, s.loss, train, job);

    s.history.clear();
    for (const nn::EpochRecord &e : result.history)
        s.history.push_back({e.epoch, e.trainLoss, e.validationLoss});
    s.bestEpoch = result.bestEpoch;
    s.bestValidationLoss = result.bestValidationLoss;
    s.fitted = true;

    report.converged = std::isfinite(result.bestValidationLoss);
    report.iterations = static_cast<int>(result.history.size());
    report.gradientNorm = result.lastGradientNorm;
    report.logLikelihood =
        result.bestEpoch > 0 ? result.history[static_cast<std::size_t>(result.bestEpoch - 1)].trainLoss : kNaN;
    report.seconds = result.seconds;
    report.message = tr("%1 epochs, best validation loss %2 at epoch %3%4.")
                         .arg(result.history.size())
                         .arg(result.bestValidationLoss, 0, 'g', 5)
                         .arg(result.bestEpoch)
                         .arg(result.stoppedEarly ? tr(" (stopped early)") : QString());
    if (!report.converged)
        report.warnings << tr("The training loss is not finite.");
    return report;
}

Predictions NeuralModel::predict(const PredictionInput &input) const
{
    const State &s = *state_;
    if (!s.fitted)
        throw failure(tr("The model is not fitted."));
    const nn::Dataset data = s.inputs(input.features, input.sequences);
    const nn::Matrix out = nn::predictAll(*s.network, data, s.options.value(QStringLiteral("threads")).toInt());
    const auto n = static_cast<std::size_t>(data.size());

    // The network predicts revenue over the horizon it was trained on; other
    // horizons scale it proportionally.
    double factor = 1.0;
    const double trainDays = s.trainHorizon * daysPerUnit(s.trainUnit);
    const double days = input.horizon * daysPerUnit(input.unit);
    if (trainDays > 0.0 && days > 0.0)
        factor = days / trainDays;
    // Discounting: the mean discount factor over the horizon for revenue that
    // arrives at a constant rate, (1 - v^H) / (H ln(1 + r)) with H in years.
    if (input.annualDiscountRate > 0.0 && days > 0.0) {
        const double years = days / 365.25;
        const double logRate = std::log1p(input.annualDiscountRate);
        factor *= (1.0 - std::exp(-logRate * years)) / (years * logRate);
    }

    Predictions p;
    p.model = id();
    p.options = s.options;
    p.dataCut = tr("label horizon %1 %2").arg(s.trainHorizon).arg(timeUnitName(s.trainUnit));
    if (input.features && s.shape.features > 0)
        p.customer = input.features->customer;
    else if (input.sequences)
        p.customer = input.sequences->customer;
    p.expectedPurchases.assign(n, kNaN);
    p.pAlive.assign(n, kNaN);
    p.expectedSpend.assign(n, kNaN);
    p.ltv.resize(n);
    p.churnProbability.assign(n, kNaN);
    if (s.loss == nn::LossKind::ZeroInflatedLognormal) {
        const nn::Vector mean = nn::zilnMean(out);
        const nn::Vector positive = nn::zilnPositiveProbability(out);
        for (std::size_t i = 0; i < n; ++i) {
            p.ltv[i] = std::min(mean(static_cast<Eigen::Index>(i)), s.labelMax) * s.labelScale * factor;
            p.churnProbability[i] = 1.0 - positive(static_cast<Eigen::Index>(i));
        }
    } else {
        for (std::size_t i = 0; i < n; ++i)
            p.ltv[i] = std::min(out(0, static_cast<Eigen::Index>(i)), s.labelMax) * s.labelScale * factor;
    }
    return p;
}

bool NeuralModel::isFitted() const
{
    return state_->fitted;
}

const std::vector<NeuralModel::EpochLoss> &NeuralModel::history() const
{
    return state_->history;
}

QList<FittedParameter> NeuralModel::parameters() const
{
    const State &s = *state_;
    if (!s.fitted)
        return {};
    double count = 0.0;
    for (const nn::Param *p : s.network->params())
        count += static_cast<double>(p->value.size());
    return {
        {QStringLiteral("weights"), count, kNaN},
        {QStringLiteral("bestEpoch"), static_cast<double>(s.bestEpoch), kNaN},
        {QStringLiteral("validationLoss"), s.bestValidationLoss, kNaN},
        {QStringLiteral("labelScale"), s.labelScale, kNaN},
        {QStringLiteral("predictionCap"), s.labelMax * s.labelScale, kNaN},
    };
}

QByteArray NeuralModel::serialize() const
{
    const State &s = *state_;
    if (!s.fitted)
        return {};
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out.setFloatingPointPrecision(QDataStream::DoublePrecision);
    out << kMagic << kFormatVersion << static_cast<qint32>(s.architecture) << s.options << static_cast<qint32>(s.loss);
    const nn::NetworkShape &sh = s.shape;
    out << qint32(sh.features) << qint32(sh.channels) << qint32(sh.steps) << qint32(sh.hidden) << qint32(sh.layers)
        << qint32(sh.filters) << qint32(sh.kernel) << qint32(sh.outputs) << sh.dropout;
    out << s.featureColumns << s.channels;
    writeVector(out, s.featureScaler.mean);
    writeVector(out, s.featureScaler.scale);
    writeVector(out, s.sequenceScaler.mean);
    writeVector(out, s.sequenceScaler.scale);
    out << s.labelScale << s.trainHorizon << static_cast<qint32>(s.trainUnit) << qint32(s.bestEpoch)
        << s.bestValidationLoss << s.labelMax;
    out << static_cast<quint64>(s.history.size());
    for (const EpochLoss &e : s.history)
        out << qint32(e.epoch) << e.loss << e.validation;
    const nn::ParamList params = s.network->params();
    out << static_cast<quint64>(params.size());
    for (const nn::Param *p : params) {
        out << static_cast<qint64>(p->value.rows()) << static_cast<qint64>(p->value.cols());
        for (Eigen::Index i = 0; i < p->value.size(); ++i)
            out << p->value.data()[i];
    }
    return blob;
}

void NeuralModel::deserialize(const QByteArray &blob)
{
    QDataStream in(blob);
    in.setVersion(QDataStream::Qt_6_4);
    in.setFloatingPointPrecision(QDataStream::DoublePrecision);
    quint32 magic = 0, version = 0;
    qint32 arch = 0, loss = 0;
    in >> magic >> version >> arch;
    if (magic != kMagic || version < 1 || version > kFormatVersion || arch != static_cast<qint32>(state_->architecture))
        throw failure(tr("The data is not a saved %1 model.").arg(id()));
    auto s = std::make_unique<State>(state_->architecture);
    in >> s->options >> loss;
    s->loss = static_cast<nn::LossKind>(loss);
    qint32 f = 0, c = 0, st = 0, h = 0, l = 0, fi = 0, k = 0, o = 0;
    in >> f >> c >> st >> h >> l >> fi >> k >> o >> s->shape.dropout;
    s->shape.features = f;
    s->shape.channels = c;
    s->shape.steps = st;
    s->shape.hidden = h;
    s->shape.layers = l;
    s->shape.filters = fi;
    s->shape.kernel = k;
    s->shape.outputs = o;
    in >> s->featureColumns >> s->channels;
    s->featureScaler.mean = readVector(in);
    s->featureScaler.scale = readVector(in);
    s->sequenceScaler.mean = readVector(in);
    s->sequenceScaler.scale = readVector(in);
    qint32 unit = 0, best = 0;
    in >> s->labelScale >> s->trainHorizon >> unit >> best >> s->bestValidationLoss;
    if (version >= 2)
        in >> s->labelMax;
    s->trainUnit = static_cast<TimeUnit>(unit);
    s->bestEpoch = best;
    quint64 epochs = 0;
    in >> epochs;
    if (epochs > 1000000 || in.status() != QDataStream::Ok)
        throw failure(tr("The neural model data is damaged."));
    for (quint64 e = 0; e < epochs; ++e) {
        qint32 epoch = 0;
        EpochLoss rec;
        in >> epoch >> rec.loss >> rec.validation;
        rec.epoch = epoch;
        s->history.push_back(rec);
    }
    s->buildNetwork(0);
    const nn::ParamList params = s->network->params();
    quint64 count = 0;
    in >> count;
    if (count != params.size())
        throw failure(tr("The neural model data is damaged."));
    for (nn::Param *p : params) {
        qint64 rows = 0, cols = 0;
        in >> rows >> cols;
        if (rows != p->value.rows() || cols != p->value.cols())
            throw failure(tr("The neural model data is damaged."));
        for (Eigen::Index i = 0; i < p->value.size(); ++i)
            in >> p->value.data()[i];
    }
    if (in.status() != QDataStream::Ok)
        throw failure(tr("The neural model data is damaged."));
    s->fitted = true;
    state_ = std::move(s);
}

} // namespace ltv::models
