<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Btyd</name>
    <message>
      <source>Modified BG/NBD</source>
      <translation>修正 BG/NBD</translation>
    </message>
    <message>
      <source>BG/NBD</source>
      <translation>BG/NBD 模型</translation>
    </message>
    <message>
      <source>%1: the customer summary is empty or its columns differ in length.</source>
      <translation>%1：客户汇总为空或各列长度不一致。</translation>
    </message>
    <message>
      <source>Gamma-Gamma needs the mean spend (monetary) of every customer; the summary has none.</source>
      <translation>Gamma-Gamma 需要每个客户的平均消费（金额），但汇总中没有。</translation>
    </message>
    <message>
      <source>Gamma-Gamma: %1 repeat buyer(s) with zero or negative mean spend were left out of the spend fit.</source>
      <translation>Gamma-Gamma：%1 个平均消费为零或负的复购客户未参与消费模型拟合。</translation>
    </message>
    <message>
      <source>L2 penalty on the parameters (0 = plain maximum likelihood)</source>
      <translation>参数的 L2 惩罚（0 = 普通最大似然）</translation>
    </message>
    <message>
      <source>Maximum L-BFGS iterations per starting point</source>
      <translation>每个初始点的 L-BFGS 最大迭代次数</translation>
    </message>
    <message>
      <source>Also fit the Gamma-Gamma spend model for LTV</source>
      <translation>同时拟合 Gamma-Gamma 消费模型以计算 LTV</translation>
    </message>
    <message>
      <source>Leave repeat buyers with zero or negative spend out of the spend fit instead of skipping it</source>
      <translation>将消费为零或负的复购客户排除在消费模型拟合之外，而不是跳过该拟合</translation>
    </message>
    <message>
      <source>%1 needs a customer summary to fit.</source>
      <translation>%1 需要客户汇总才能拟合。</translation>
    </message>
    <message>
      <source>%1 converged in %2 iterations, log-likelihood %3.</source>
      <translation>%1 在 %2 次迭代后收敛，对数似然 %3。</translation>
    </message>
    <message>
      <source>Spend model not fitted, so LTV is not predicted: %1</source>
      <translation>消费模型未拟合，因此未预测 LTV：%1</translation>
    </message>
    <message>
      <source>Customer row %1 has an invalid summary (frequency %2, recency %3, age %4): frequency must be a whole number &gt;= 0, 0 &lt;= recency &lt;= age, age &gt; 0, and recency 0 when frequency is 0.</source>
      <translation>客户第 %1 行的汇总无效（频次 %2，最近购买 %3，客户年龄 %4）：频次必须是 &gt;= 0 的整数，0 &lt;= 最近购买 &lt;= 年龄，年龄 &gt; 0，且频次为 0 时最近购买为 0。</translation>
    </message>
    <message>
      <source>Gamma-Gamma spend</source>
      <translation>Gamma-Gamma 消费模型</translation>
    </message>
    <message>
      <source>Gamma-Gamma needs a positive mean spend for every repeat buyer, but %1 repeat buyer(s) have zero, negative or missing spend (first: row %2, value %3). Remove returns-only customers or net the returns first.</source>
      <translation>Gamma-Gamma 要求每个复购客户的平均消费为正，但有 %1 个复购客户的消费为零、负数或缺失（第一个：第 %2 行，值 %3）。请先移除只有退货的客户或先冲减退货。</translation>
    </message>
    <message>
      <source>Gamma-Gamma needs repeat buyers (frequency &gt; 0); there are none.</source>
      <translation>Gamma-Gamma 需要复购客户（频次 &gt; 0），但数据中没有。</translation>
    </message>
    <message>
      <source>Gamma-Gamma q = %1 &lt;= 1: the population mean spend is undefined, so spend for customers without repeat purchases is not predicted.</source>
      <translation>Gamma-Gamma q = %1 &lt;= 1：总体平均消费无定义，因此不预测没有复购的客户的消费。</translation>
    </message>
    <message>
      <source>%1 fit failed: the log-likelihood is not finite at any starting point. Check the customer summary (time unit, frequency and recency).</source>
      <translation>%1 拟合失败：在所有初始点上对数似然都不是有限值。请检查客户汇总（时间单位、频次和最近购买时间）。</translation>
    </message>
    <message>
      <source>%1 fit did not converge: gradient norm %2 after %3 iterations (%4). Try a penaliser (e.g. 0.001) or another time unit.</source>
      <translation>%1 拟合未收敛：%3 次迭代后梯度范数为 %2（%4）。请尝试加入惩罚项（如 0.001）或换一个时间单位。</translation>
    </message>
    <message>
      <source>%1: the Hessian is not positive definite at the optimum, so standard errors are not available.</source>
      <translation>%1：最优点处的 Hessian 矩阵不是正定的，因此无法给出标准误。</translation>
    </message>
    <message>
      <source>Pareto/NBD</source>
      <translation>Pareto/NBD 模型</translation>
    </message>
  </context>
  <context>
    <name>Clusters</name>
    <message>
      <source>Too few customers for clustering.</source>
      <translation>客户太少，无法聚类。</translation>
    </message>
    <message>
      <source>Clustering with k = %1</source>
      <translation>以 k = %1 聚类</translation>
    </message>
    <message>
      <source>Cluster %1</source>
      <translation>簇 %1</translation>
    </message>
    <message>
      <source>cluster</source>
      <translation>簇</translation>
    </message>
    <message>
      <source>customers</source>
      <translation>客户数</translation>
    </message>
    <message>
      <source>share %</source>
      <translation>占比 %</translation>
    </message>
    <message>
      <source>total LTV</source>
      <translation>LTV 合计</translation>
    </message>
    <message>
      <source>mean LTV</source>
      <translation>平均 LTV</translation>
    </message>
    <message>
      <source>mean %1</source>
      <translation>平均 %1</translation>
    </message>
  </context>
  <context>
    <name>ColumnMapping</name>
    <message>
      <source>customer id</source>
      <translation>客户 ID</translation>
    </message>
    <message>
      <source>date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>amount (or quantity and unit price)</source>
      <translation>金额（或数量和单价）</translation>
    </message>
    <message>
      <source>mapping '%1' is not role=COLUMN</source>
      <translation>映射“%1”不是 角色=列 的形式</translation>
    </message>
    <message>
      <source>no column '%1' (columns: %2)</source>
      <translation>没有列“%1”（现有列：%2）</translation>
    </message>
    <message>
      <source>unknown role '%1' (roles: %2)</source>
      <translation>未知角色“%1”（可用角色：%2）</translation>
    </message>
  </context>
  <context>
    <name>ContributionTexts</name>
    <message>
      <source>%1 = %2</source>
      <translation>%1 = %2</translation>
    </message>
    <message numerus="yes">
      <source>%n other feature(s)</source>
      <translation>
        <numerusform>其余 %n 个特征</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CrossSell</name>
    <message>
      <source>Counting product pairs</source>
      <translation>统计商品组合</translation>
    </message>
  </context>
  <context>
    <name>CsvReader</name>
    <message>
      <source>unterminated quoted field</source>
      <translation>引号字段未闭合</translation>
    </message>
  </context>
  <context>
    <name>EvaluationChartTexts</name>
    <message>
      <source>Recency: last purchase after the first (%1)</source>
      <translation>最近购买间隔：末次购买距首次购买（%1）</translation>
    </message>
    <message>
      <source>Frequency: repeat purchases in the calibration period</source>
      <translation>频次：校准期内的重复购买次数</translation>
    </message>
    <message>
      <source>days</source>
      <translation>天</translation>
    </message>
    <message>
      <source>weeks</source>
      <translation>周</translation>
    </message>
    <message>
      <source>months</source>
      <translation>个月</translation>
    </message>
    <message>
      <source>P(alive)</source>
      <translation>存活概率 P(alive)</translation>
    </message>
    <message>
      <source>Expected purchases in the next %1 %2</source>
      <translation>未来 %1 %2内的预期购买次数</translation>
    </message>
    <message>
      <source>Predicted value</source>
      <translation>预测价值</translation>
    </message>
    <message>
      <source>Churn</source>
      <translation>流失</translation>
    </message>
    <message>
      <source>Share of the model's importance (%)</source>
      <translation>占模型重要性的比例（%）</translation>
    </message>
    <message>
      <source>Feature</source>
      <translation>特征</translation>
    </message>
    <message>
      <source>share of total gain</source>
      <translation>总增益占比</translation>
    </message>
    <message>
      <source>share of absolute standardised coefficients</source>
      <translation>标准化系数绝对值占比</translation>
    </message>
    <message>
      <source>share of importance</source>
      <translation>重要性占比</translation>
    </message>
    <message>
      <source>Repeat purchases</source>
      <translation>重复购买次数</translation>
    </message>
    <message>
      <source>Recency (%1)</source>
      <translation>最近购买间隔（%1）</translation>
    </message>
    <message>
      <source>Customer age (%1)</source>
      <translation>客户年龄（%1）</translation>
    </message>
    <message>
      <source>Time since the last purchase (%1)</source>
      <translation>距末次购买的时间（%1）</translation>
    </message>
    <message>
      <source>Mean repeat purchase value</source>
      <translation>重复购买平均金额</translation>
    </message>
    <message>
      <source>Total revenue</source>
      <translation>总收入</translation>
    </message>
    <message>
      <source>Purchase days</source>
      <translation>购买天数</translation>
    </message>
    <message>
      <source>First order value</source>
      <translation>首单金额</translation>
    </message>
    <message>
      <source>Mean time between purchases (%1)</source>
      <translation>平均购买间隔（%1）</translation>
    </message>
    <message>
      <source>Variance of the time between purchases</source>
      <translation>购买间隔的方差</translation>
    </message>
    <message>
      <source>Recent purchase days</source>
      <translation>近期购买天数</translation>
    </message>
    <message>
      <source>Earlier purchase days</source>
      <translation>前期购买天数</translation>
    </message>
    <message>
      <source>Purchase trend</source>
      <translation>购买趋势</translation>
    </message>
    <message>
      <source>Share of purchases in peak months</source>
      <translation>旺季月份购买占比</translation>
    </message>
    <message>
      <source>Returns</source>
      <translation>退货次数</translation>
    </message>
    <message>
      <source>Return rate</source>
      <translation>退货率</translation>
    </message>
    <message>
      <source>Distinct products</source>
      <translation>不同商品数</translation>
    </message>
    <message>
      <source>Items per purchase</source>
      <translation>每次购买件数</translation>
    </message>
    <message>
      <source>%1: P(alive)</source>
      <translation>%1：存活概率</translation>
    </message>
    <message>
      <source>%1: expected purchases</source>
      <translation>%1：预期购买次数</translation>
    </message>
    <message>
      <source>%1: expected spend</source>
      <translation>%1：预期消费金额</translation>
    </message>
  </context>
  <context>
    <name>Exporter</name>
    <message>
      <source>no table '%1' (tables: %2)</source>
      <translation>没有表“%1”（现有表：%2）</translation>
    </message>
    <message>
      <source>cannot write %1: %2</source>
      <translation>无法写入 %1：%2</translation>
    </message>
  </context>
  <context>
    <name>FeatureMatrix</name>
    <message>
      <source>Building customer features</source>
      <translation>构建客户特征</translation>
    </message>
  </context>
  <context>
    <name>Importer</name>
    <message>
      <source>column %1</source>
      <translation>第 %1 列</translation>
    </message>
    <message>
      <source>date format '%1' not understood (use e.g. yyyy-MM-dd, dd/MM/yyyy, MM/dd/yyyy, yyyyMMdd)</source>
      <translation>无法识别日期格式“%1”（请使用如 yyyy-MM-dd、dd/MM/yyyy、MM/dd/yyyy、yyyyMMdd）</translation>
    </message>
    <message>
      <source>the dates in column '%1' are ambiguous: every value (e.g. '%2') reads both as day/month and as month/day. Give the format, e.g. --date-format dd/MM/yyyy or --date-format MM/dd/yyyy</source>
      <translation>列“%1”中的日期有歧义：每个值（如“%2”）都既可读作日/月也可读作月/日。请指定格式，例如 --date-format dd/MM/yyyy 或 --date-format MM/dd/yyyy</translation>
    </message>
    <message>
      <source>column '%1' holds no recognisable dates (e.g. '%2'); give the format with --date-format</source>
      <translation>列“%1”中没有可识别的日期（如“%2”）；请用 --date-format 指定格式</translation>
    </message>
    <message>
      <source>the numbers mix a decimal point and a decimal comma; give the convention with --decimal point or --decimal comma</source>
      <translation>数字中混用了小数点和小数逗号；请用 --decimal point 或 --decimal comma 指定约定</translation>
    </message>
    <message>
      <source>unknown delimiter '%1' (use , ; tab | or whitespace)</source>
      <translation>未知分隔符“%1”（请使用 , ; 制表符 | 或空白）</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>文件为空</translation>
    </message>
  </context>
  <context>
    <name>KMeans</name>
    <message>
      <source>k-means needs 1 &lt;= k &lt;= number of customers.</source>
      <translation>k-means 要求 1 &lt;= k &lt;= 客户数。</translation>
    </message>
  </context>
  <context>
    <name>Leaderboard</name>
    <message>
      <source>RMSE</source>
      <translation>RMSE</translation>
    </message>
    <message>
      <source>MAE</source>
      <translation>MAE</translation>
    </message>
    <message>
      <source>R2</source>
      <translation>R²</translation>
    </message>
    <message>
      <source>Gini</source>
      <translation>基尼系数</translation>
    </message>
    <message>
      <source>Spearman</source>
      <translation>Spearman</translation>
    </message>
    <message>
      <source>Top20%</source>
      <translation>前 20% 占比</translation>
    </message>
    <message>
      <source>Pred/Act</source>
      <translation>预测/实际</translation>
    </message>
    <message>
      <source>DecMAPE</source>
      <translation>十分位 MAPE</translation>
    </message>
    <message>
      <source>PurchMAE</source>
      <translation>购买 MAE</translation>
    </message>
    <message>
      <source>ChurnAUC</source>
      <translation>流失 AUC</translation>
    </message>
    <message>
      <source>LogLoss</source>
      <translation>对数损失</translation>
    </message>
    <message>
      <source>ChurnF1</source>
      <translation>流失 F1</translation>
    </message>
    <message>
      <source>ChurnAcc</source>
      <translation>流失准确率</translation>
    </message>
  </context>
  <context>
    <name>MlModels</name>
    <message>
      <source>Linear (ridge) regression</source>
      <translation>线性（岭）回归</translation>
    </message>
    <message>
      <source>The %1 classifier did not converge in %2 steps.</source>
      <translation>%1 分类器在 %2 步内未收敛。</translation>
    </message>
    <message>
      <source>The model is not fitted.</source>
      <translation>模型尚未拟合。</translation>
    </message>
    <message>
      <source>The model needs a feature matrix to predict.</source>
      <translation>模型需要特征矩阵才能预测。</translation>
    </message>
    <message>
      <source>features at the prediction cut, trained for a horizon of %1</source>
      <translation>预测截止日的特征，按 %1 的预测期训练</translation>
    </message>
    <message>
      <source>This is not a saved linear model of a known version.</source>
      <translation>这不是已知版本的已保存线性模型。</translation>
    </message>
    <message>
      <source>The saved linear model is truncated or corrupt.</source>
      <translation>已保存的线性模型不完整或已损坏。</translation>
    </message>
    <message>
      <source>The model needs a feature matrix and horizon labels.</source>
      <translation>模型需要特征矩阵和预测期标签。</translation>
    </message>
    <message>
      <source>There are no customers to train on.</source>
      <translation>没有可用于训练的客户。</translation>
    </message>
    <message>
      <source>The feature matrix has no columns.</source>
      <translation>特征矩阵没有列。</translation>
    </message>
    <message>
      <source>The feature matrix has %1 values for %2 x %3 cells.</source>
      <translation>特征矩阵有 %1 个值，但单元格为 %2 x %3 个。</translation>
    </message>
    <message>
      <source>The labels are not aligned with the rows of the feature matrix.</source>
      <translation>标签与特征矩阵的行未对齐。</translation>
    </message>
    <message>
      <source>A horizon revenue label is not a finite number.</source>
      <translation>有预测期收入标签不是有限数值。</translation>
    </message>
    <message>
      <source>The prediction features lack the column "%1" the model was trained on.</source>
      <translation>预测特征缺少模型训练时使用的列“%1”。</translation>
    </message>
    <message>
      <source>XGBoost failed in %1: %2</source>
      <translation>XGBoost 在 %1 中失败：%2</translation>
    </message>
  </context>
  <context>
    <name>ModelRun</name>
    <message>
      <source>Gamma-Gamma fitted on the %1 repeat buyers with positive spend (%2 with zero or negative spend left out); LTV = expected spend x expected purchases, undiscounted.</source>
      <translation>Gamma-Gamma 基于 %1 个消费为正的复购客户拟合（排除 %2 个消费为零或负的客户）；LTV = 预期消费 × 预期购买次数，未折现。</translation>
    </message>
    <message>
      <source>Model "%1" cannot be used here; choose one of: bgnbd, mbgnbd, pnbd.</source>
      <translation>此处不能使用模型“%1”；请从以下选择：bgnbd、mbgnbd、pnbd。</translation>
    </message>
    <message>
      <source>Summarising customers</source>
      <translation>汇总客户</translation>
    </message>
    <message>
      <source>No customer bought anything up to %1.</source>
      <translation>截至 %1 没有任何客户购买。</translation>
    </message>
    <message>
      <source>Fitting %1 failed: %2</source>
      <translation>拟合 %1 失败：%2</translation>
    </message>
    <message>
      <source>%1 gave no LTV (the spend model could not be fitted). %2</source>
      <translation>%1 未给出 LTV（消费模型无法拟合）。%2</translation>
    </message>
  </context>
  <context>
    <name>NeuralTraining</name>
    <message>
      <source>Epoch %1 of %2, loss %3</source>
      <translation>第 %1 / %2 轮，损失 %3</translation>
    </message>
  </context>
  <context>
    <name>PageTexts</name>
    <message>
      <source>Data</source>
      <translation>数据</translation>
    </message>
    <message>
      <source>Import transaction files into the project and inspect them: the transactions and customers tables, the import history, the data-quality report and the cohort table.</source>
      <translation>将交易文件导入项目并查看：交易表和客户表、导入历史、数据质量报告以及同期群表。</translation>
    </message>
    <message>
      <source>Models</source>
      <translation>模型</translation>
    </message>
    <message>
      <source>Choose the calibration end, horizon, time unit and discount rate, then train buy-till-you-die and machine-learning models in the background and compare them in a leaderboard.</source>
      <translation>选择校准期截止日、预测期、时间单位和折现率，然后在后台训练“购买直至流失”(BTYD) 模型和机器学习模型，并在排行榜中比较。</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>评估</translation>
    </message>
    <message>
      <source>Judge every model on the time-based holdout: ROC curves, confusion matrix, decile and lift charts, calibration, tracking and the LTV distribution.</source>
      <translation>在按时间划分的留出期上评估每个模型：ROC 曲线、混淆矩阵、十分位与提升图、校准图、跟踪图以及 LTV 分布。</translation>
    </message>
    <message>
      <source>Segments</source>
      <translation>客户分群</translation>
    </message>
    <message>
      <source>Group customers by RFM scores, by predicted value and churn risk, and by behaviour clusters, with sizes and value for each segment.</source>
      <translation>按 RFM 评分、预测价值与流失风险以及行为聚类对客户分群，并给出每个分群的规模和价值。</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>营销建议</translation>
    </message>
    <message>
      <source>Turn segments into marketing actions: the playbook, budget allocation with expected return, the retention list, cross-sell suggestions and the inventory signal.</source>
      <translation>把分群转化为营销行动：营销策略表、含预期回报的预算分配、挽留名单、交叉销售建议和库存信号。</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Look up any customer: predicted lifetime value, probability of being alive, churn risk, segment and action, with the purchase history behind them.</source>
      <translation>查询任一客户：预测终身价值、存活概率、流失风险、所属分群和建议行动，以及背后的购买历史。</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>开始</translation>
    </message>
  </context>
  <context>
    <name>ReportTexts</name>
    <message>
      <source>Cannot write %1.</source>
      <translation>无法写入 %1。</translation>
    </message>
    <message>
      <source>Cannot create the folder of %1.</source>
      <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
      <source>Cannot create the folder %1.</source>
      <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
      <source>Drawing the charts</source>
      <translation>正在绘制图表</translation>
    </message>
    <message>
      <source>Customer lifetime value report</source>
      <translation>客户终身价值报告</translation>
    </message>
    <message>
      <source>Writing the PDF</source>
      <translation>正在写入 PDF</translation>
    </message>
    <message>
      <source>Writing the HTML folder</source>
      <translation>正在写入 HTML 文件夹</translation>
    </message>
    <message>
      <source>Report written</source>
      <translation>报告已写入</translation>
    </message>
    <message>
      <source>%1 days</source>
      <translation>%1 天</translation>
    </message>
    <message>
      <source>%1 weeks</source>
      <translation>%1 周</translation>
    </message>
    <message>
      <source>%1 months</source>
      <translation>%1 个月</translation>
    </message>
    <message>
      <source>Churn in the holdout: ROC curves</source>
      <translation>留存期流失：ROC 曲线</translation>
    </message>
    <message>
      <source>ROC curves of the churn predictions</source>
      <translation>流失预测的 ROC 曲线</translation>
    </message>
    <message>
      <source>How well each model ranks customers who made no purchase in the holdout above those who did; the area under the curve (AUC) is in the legend, 0.5 is chance.</source>
      <translation>各模型把在留存期内未购买的客户排在有购买客户之前的能力；图例中为曲线下面积 (AUC)，0.5 相当于随机。</translation>
    </message>
    <message>
      <source>Holdout revenue per customer</source>
      <translation>每位客户的留存期收入</translation>
    </message>
    <message>
      <source>Predicted and actual value by decile</source>
      <translation>按十分位的预测值与实际值</translation>
    </message>
    <message>
      <source>Customers ranked by the predicted value of the best model by Gini (%1), in ten groups; decile 1 holds the highest predictions.</source>
      <translation>按 Gini 最佳模型 (%1) 的预测价值对客户排序并分为十组；第 1 组为预测值最高的客户。</translation>
    </message>
    <message>
      <source>Cumulative gain of the value predictions</source>
      <translation>价值预测的累积增益</translation>
    </message>
    <message>
      <source>Cumulative gain</source>
      <translation>累积增益</translation>
    </message>
    <message>
      <source>The share of all holdout revenue held by the top customers of each model's ranking; the closer to the perfect curve, the better.</source>
      <translation>各模型排名靠前的客户所占留存期总收入的份额；越接近完美曲线越好。</translation>
    </message>
    <message>
      <source>Predicted LTV per customer, next %1</source>
      <translation>每位客户的预测 LTV（未来 %1）</translation>
    </message>
    <message>
      <source>Distribution of the predicted LTV</source>
      <translation>预测 LTV 的分布</translation>
    </message>
    <message>
      <source>Predicted LTV</source>
      <translation>预测 LTV</translation>
    </message>
    <message>
      <source>Customers by predicted value over the next %1 from all history up to %2.</source>
      <translation>基于截至 %2 的全部历史，按未来 %1 预测价值划分的客户分布。</translation>
    </message>
    <message>
      <source>RFM segment</source>
      <translation>RFM 分群</translation>
    </message>
    <message>
      <source>Predicted LTV, next %1</source>
      <translation>预测 LTV（未来 %1）</translation>
    </message>
    <message>
      <source>Predicted value by RFM segment</source>
      <translation>各 RFM 分群的预测价值</translation>
    </message>
    <message>
      <source>The sum of the predicted LTV of the customers in each segment.</source>
      <translation>每个分群内客户预测 LTV 的总和。</translation>
    </message>
    <message>
      <source>RMSE</source>
      <translation>RMSE</translation>
    </message>
    <message>
      <source>MAE</source>
      <translation>MAE</translation>
    </message>
    <message>
      <source>R²</source>
      <translation>R²</translation>
    </message>
    <message>
      <source>Gini</source>
      <translation>Gini</translation>
    </message>
    <message>
      <source>Spearman</source>
      <translation>Spearman</translation>
    </message>
    <message>
      <source>Top 20% capture</source>
      <translation>前 20% 捕获率</translation>
    </message>
    <message>
      <source>Predicted / actual</source>
      <translation>预测/实际</translation>
    </message>
    <message>
      <source>Decile MAPE</source>
      <translation>十分位 MAPE</translation>
    </message>
    <message>
      <source>Purchases MAE</source>
      <translation>购买次数 MAE</translation>
    </message>
    <message>
      <source>AUC</source>
      <translation>AUC</translation>
    </message>
    <message>
      <source>Log loss</source>
      <translation>对数损失</translation>
    </message>
    <message>
      <source>F1</source>
      <translation>F1</translation>
    </message>
    <message>
      <source>Accuracy</source>
      <translation>准确率</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>模型</translation>
    </message>
    <message>
      <source>Best at ranking customers by value (Gini)</source>
      <translation>按价值排序客户的最佳模型 (Gini)</translation>
    </message>
    <message>
      <source>Best churn prediction (AUC)</source>
      <translation>最佳流失预测 (AUC)</translation>
    </message>
    <message>
      <source>Predicted value of all customers, next %1</source>
      <translation>全部客户未来 %1 的预测价值</translation>
    </message>
    <message>
      <source>Budget plan</source>
      <translation>预算计划</translation>
    </message>
    <message>
      <source>%1 contacts for %2, expected net return %3</source>
      <translation>%1 次触达，花费 %2，预期净回报 %3</translation>
    </message>
    <message>
      <source>%1 customers, %2 transactions, %3 to %4</source>
      <translation>%1 位客户，%2 笔交易，%3 至 %4</translation>
    </message>
    <message>
      <source>Created %1 by LTV Studio %2</source>
      <translation>由 LTV Studio %2 于 %1 生成</translation>
    </message>
    <message>
      <source>Highlights</source>
      <translation>要点</translation>
    </message>
    <message>
      <source>Data summary and quality</source>
      <translation>数据概要与质量</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Transactions</source>
      <translation>交易</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>期间</translation>
    </message>
    <message>
      <source>%1 to %2</source>
      <translation>%1 至 %2</translation>
    </message>
    <message>
      <source>Net revenue</source>
      <translation>净收入</translation>
    </message>
    <message>
      <source>Mean revenue per customer</source>
      <translation>每位客户平均收入</translation>
    </message>
    <message>
      <source>Repeat customers</source>
      <translation>回购客户</translation>
    </message>
    <message>
      <source>%1 (%2%)</source>
      <translation>%1 (%2%)</translation>
    </message>
    <message>
      <source>Return lines</source>
      <translation>退货行</translation>
    </message>
    <message>
      <source>Products</source>
      <translation>产品</translation>
    </message>
    <message>
      <source>no product column</source>
      <translation>无产品列</translation>
    </message>
    <message>
      <source>Quality check</source>
      <translation>质量检查</translation>
    </message>
    <message>
      <source>Model leaderboard</source>
      <translation>模型排行榜</translation>
    </message>
    <message>
      <source>Every model predicts the %1 after the calibration end %2 and is scored on what the customers actually did. The best value of each metric is in bold on green.</source>
      <translation>每个模型预测校准期截止日 %2 之后的 %1，并以客户的实际行为评分。每项指标的最佳值以绿色底粗体标出。</translation>
    </message>
    <message>
      <source>Ranking customers by value</source>
      <translation>按价值对客户排序</translation>
    </message>
    <message>
      <source>Errors of the predicted value and purchases</source>
      <translation>预测价值与购买次数的误差</translation>
    </message>
    <message>
      <source>Churn: no purchase in the holdout</source>
      <translation>流失：留存期内无购买</translation>
    </message>
    <message>
      <source>%1 was not fitted: %2</source>
      <translation>%1 未能拟合：%2</translation>
    </message>
    <message>
      <source>Key charts</source>
      <translation>关键图表</translation>
    </message>
    <message>
      <source>Segments and actions</source>
      <translation>客户分群与行动</translation>
    </message>
    <message>
      <source>Forward predictions: %1 (with Gamma-Gamma spend) fitted on all history up to %2, predicting the next %3.</source>
      <translation>前瞻预测：%1（含 Gamma-Gamma 消费模型）基于截至 %2 的全部历史拟合，预测未来 %3。</translation>
    </message>
    <message>
      <source>RFM segments and their playbook actions</source>
      <translation>RFM 分群及其行动方案</translation>
    </message>
    <message>
      <source>Predicted value x churn risk</source>
      <translation>预测价值 × 流失风险</translation>
    </message>
    <message>
      <source>A budget of %1 at %2 per contact (gross margin %3%) funds %4 contacts: spend %5, expected incremental value %6, expected net return %7 (ROI %8).</source>
      <translation>预算 %1，每次触达成本 %2（毛利率 %3%），可资助 %4 次触达：支出 %5，预期增量价值 %6，预期净回报 %7（ROI %8）。</translation>
    </message>
    <message>
      <source>Every customer with a positive expected return is funded; the rest of the budget is not needed.</source>
      <translation>所有预期回报为正的客户均已获得资助；其余预算无需使用。</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Data</source>
      <translation>数据</translation>
    </message>
    <message>
      <source>Calibration end</source>
      <translation>校准期截止日</translation>
    </message>
    <message>
      <source>Horizon</source>
      <translation>预测期</translation>
    </message>
    <message>
      <source>Time unit</source>
      <translation>时间单位</translation>
    </message>
    <message>
      <source>Annual discount rate</source>
      <translation>年折现率</translation>
    </message>
    <message>
      <source>Models compared</source>
      <translation>比较的模型</translation>
    </message>
    <message>
      <source>Training protocol</source>
      <translation>训练方案</translation>
    </message>
    <message>
      <source>Model of the forward predictions</source>
      <translation>前瞻预测所用模型</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>预算</translation>
    </message>
    <message>
      <source>Cost per contact</source>
      <translation>每次触达成本</translation>
    </message>
    <message>
      <source>Gross margin</source>
      <translation>毛利率</translation>
    </message>
    <message>
      <source>Data quality options</source>
      <translation>数据质量选项</translation>
    </message>
    <message>
      <source>%1: predicted vs actual by decile</source>
      <translation>%1：各十分位的预测与实际</translation>
    </message>
    <message>
      <source>Writing the report</source>
      <translation>正在生成报告</translation>
    </message>
    <message>
      <source>day</source>
      <translation>天</translation>
    </message>
    <message>
      <source>week</source>
      <translation>周</translation>
    </message>
    <message>
      <source>month</source>
      <translation>月</translation>
    </message>
    <message>
      <source>Training protocol of the ML models: %1.</source>
      <translation>机器学习模型的训练方案：%1。</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
  </context>
  <context>
    <name>Rfm</name>
    <message>
      <source>segment</source>
      <translation>细分群</translation>
    </message>
    <message>
      <source>customers</source>
      <translation>客户数</translation>
    </message>
    <message>
      <source>share %</source>
      <translation>占比 %</translation>
    </message>
    <message>
      <source>mean recency</source>
      <translation>平均最近购买</translation>
    </message>
    <message>
      <source>mean frequency</source>
      <translation>平均频次</translation>
    </message>
    <message>
      <source>mean monetary</source>
      <translation>平均金额</translation>
    </message>
  </context>
  <context>
    <name>RfmRules</name>
    <message>
      <source>RFM rule table is not a JSON object: %1</source>
      <translation>RFM 规则表不是 JSON 对象：%1</translation>
    </message>
    <message>
      <source>Unsupported RFM rule table version.</source>
      <translation>不支持的 RFM 规则表版本。</translation>
    </message>
    <message>
      <source>RFM rule %1 has no name.</source>
      <translation>RFM 规则 %1 没有名称。</translation>
    </message>
    <message>
      <source>RFM rule "%1" needs r, f and m as [low, high] within 1..5.</source>
      <translation>RFM 规则“%1”需要 r、f、m 为 1..5 内的 [下限, 上限]。</translation>
    </message>
  </context>
  <context>
    <name>SegmentComputation</name>
    <message>
      <source>Loading transactions</source>
      <translation>正在加载交易</translation>
    </message>
    <message>
      <source>The project has no transactions.</source>
      <translation>项目中没有交易。</translation>
    </message>
    <message>
      <source>Fitting %1</source>
      <translation>正在拟合 %1</translation>
    </message>
    <message>
      <source>Clustering customers</source>
      <translation>正在对客户聚类</translation>
    </message>
    <message>
      <source>Finding cross-sell rules</source>
      <translation>正在寻找交叉销售规则</translation>
    </message>
    <message>
      <source>Values are not discounted: some repeat buyers have no positive spend, and the spend model is then fitted without them.</source>
      <translation>价值未折现：部分重复购买客户的消费额不为正，此时消费模型在拟合时排除了这些客户。</translation>
    </message>
    <message>
      <source>Scoring RFM</source>
      <translation>计算 RFM 评分</translation>
    </message>
  </context>
  <context>
    <name>SegmentNames</name>
    <message>
      <source>Champions</source>
      <translation>冠军客户</translation>
    </message>
    <message>
      <source>Loyal Customers</source>
      <translation>忠诚客户</translation>
    </message>
    <message>
      <source>New Customers</source>
      <translation>新客户</translation>
    </message>
    <message>
      <source>Promising</source>
      <translation>潜力新客</translation>
    </message>
    <message>
      <source>Potential Loyalist</source>
      <translation>潜在忠诚客户</translation>
    </message>
    <message>
      <source>Need Attention</source>
      <translation>需要关注</translation>
    </message>
    <message>
      <source>About To Sleep</source>
      <translation>即将沉睡</translation>
    </message>
    <message>
      <source>Can't Lose Them</source>
      <translation>不能失去</translation>
    </message>
    <message>
      <source>At Risk</source>
      <translation>有流失风险</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>已流失</translation>
    </message>
    <message>
      <source>Hibernating</source>
      <translation>休眠客户</translation>
    </message>
    <message>
      <source>Others</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>High value, low risk: VIP care</source>
      <translation>高价值、低风险：VIP 关怀</translation>
    </message>
    <message>
      <source>High value, medium risk: loyalty programme</source>
      <translation>高价值、中风险：会员忠诚计划</translation>
    </message>
    <message>
      <source>High value, high risk: win back now</source>
      <translation>高价值、高风险：立即赢回</translation>
    </message>
    <message>
      <source>Medium value, low risk: cross-sell with small incentives</source>
      <translation>中价值、低风险：小额激励交叉销售</translation>
    </message>
    <message>
      <source>Medium value, medium risk: loyalty nurture</source>
      <translation>中价值、中风险：忠诚培育</translation>
    </message>
    <message>
      <source>Medium value, high risk: targeted win-back</source>
      <translation>中价值、高风险：定向赢回</translation>
    </message>
    <message>
      <source>Low value, low risk: small incentives only</source>
      <translation>低价值、低风险：仅小额激励</translation>
    </message>
    <message>
      <source>Low value, medium risk: low-cost nurture</source>
      <translation>低价值、中风险：低成本培育</translation>
    </message>
    <message>
      <source>Low value, high risk: suppress</source>
      <translation>低价值、高风险：暂停营销</translation>
    </message>
  </context>
  <context>
    <name>SegmentSettings</name>
    <message>
      <source>the saved value is not a JSON object.</source>
      <translation>保存的值不是 JSON 对象。</translation>
    </message>
    <message>
      <source>The project's %1 cannot be used, so the default is used instead: %2</source>
      <translation>项目中保存的%1无法使用，已改用默认值：%2</translation>
    </message>
    <message>
      <source>RFM rules</source>
      <translation>RFM 规则</translation>
    </message>
    <message>
      <source>value x risk grid</source>
      <translation>价值 × 风险网格</translation>
    </message>
    <message>
      <source>RFM playbook</source>
      <translation>RFM 营销策略表</translation>
    </message>
    <message>
      <source>value x risk playbook</source>
      <translation>价值 × 风险营销策略表</translation>
    </message>
  </context>
  <context>
    <name>Sequences</name>
    <message>
      <source>Building activity sequences</source>
      <translation>构建活跃度序列</translation>
    </message>
  </context>
  <context>
    <name>SplitProtocol</name>
    <message>
      <source>calibration/holdout: features up to %1, labels %2 to %3 (%4 days); %5</source>
      <translation>校准/留出：特征截至 %1，标签 %2 至 %3（%4 天）；%5</translation>
    </message>
    <message>
      <source>shifted window: training features up to %1 with labels %2 to %3; prediction features up to %3, evaluated %4 to %5 (%6 days); %7</source>
      <translation>平移窗口：训练特征截至 %1，标签 %2 至 %3；预测特征截至 %3，评估 %4 至 %5（%6 天）；%7</translation>
    </message>
    <message>
      <source>customer split: %1 % of customers held out for testing (seed %2), features up to %3, labels %4 to %5 (%6 days); %7</source>
      <translation>客户划分：留出 %1 % 的客户用于测试（种子 %2），特征截至 %3，标签 %4 至 %5（%6 天）；%7</translation>
    </message>
    <message>
      <source>unit day, first purchase counted, top-value q = %1</source>
      <translation>时间单位：天，首次购买计入，高价值比例 q = %1</translation>
    </message>
    <message>
      <source>unit day, first purchase not counted, top-value q = %1</source>
      <translation>时间单位：天，首次购买不计入，高价值比例 q = %1</translation>
    </message>
    <message>
      <source>unit week, first purchase counted, top-value q = %1</source>
      <translation>时间单位：周，首次购买计入，高价值比例 q = %1</translation>
    </message>
    <message>
      <source>unit week, first purchase not counted, top-value q = %1</source>
      <translation>时间单位：周，首次购买不计入，高价值比例 q = %1</translation>
    </message>
    <message>
      <source>unit month, first purchase counted, top-value q = %1</source>
      <translation>时间单位：月，首次购买计入，高价值比例 q = %1</translation>
    </message>
    <message>
      <source>unit month, first purchase not counted, top-value q = %1</source>
      <translation>时间单位：月，首次购买不计入，高价值比例 q = %1</translation>
    </message>
  </context>
  <context>
    <name>Summarize</name>
    <message>
      <source>Summarising customers</source>
      <translation>汇总客户</translation>
    </message>
  </context>
  <context>
    <name>ValueRisk</name>
    <message>
      <source>Not a value x risk grid configuration (version 1).</source>
      <translation>不是有效的价值 × 风险网格配置（版本 1）。</translation>
    </message>
    <message>
      <source>Unknown risk metric "%1".</source>
      <translation>未知风险指标“%1”。</translation>
    </message>
    <message>
      <source>Value tier shares must be positive and sum to at most 1.</source>
      <translation>价值层级占比必须为正且合计不超过 1。</translation>
    </message>
    <message>
      <source>Risk thresholds must satisfy 0 &lt;= low &lt;= high &lt;= 1.</source>
      <translation>风险阈值必须满足 0 &lt;= 低 &lt;= 高 &lt;= 1。</translation>
    </message>
    <message>
      <source>The grid needs exactly 9 cell names.</source>
      <translation>网格需要正好 9 个单元名称。</translation>
    </message>
    <message>
      <source>Grid cell %1 has no name.</source>
      <translation>网格单元 %1 没有名称。</translation>
    </message>
    <message>
      <source>Decile %1</source>
      <translation>第 %1 十分位</translation>
    </message>
    <message>
      <source>segment</source>
      <translation>细分群</translation>
    </message>
    <message>
      <source>customers</source>
      <translation>客户数</translation>
    </message>
    <message>
      <source>share %</source>
      <translation>占比 %</translation>
    </message>
    <message>
      <source>total LTV</source>
      <translation>LTV 合计</translation>
    </message>
    <message>
      <source>mean LTV</source>
      <translation>平均 LTV</translation>
    </message>
    <message>
      <source>value share %</source>
      <translation>价值占比 %</translation>
    </message>
    <message>
      <source>value at risk</source>
      <translation>风险价值</translation>
    </message>
    <message>
      <source>mean churn prob</source>
      <translation>平均流失概率</translation>
    </message>
    <message>
      <source>expected purchases</source>
      <translation>预期购买次数</translation>
    </message>
  </context>
  <context>
    <name>ltv::eval</name>
    <message>
      <source>The model %1 has no prediction for customer index %2.</source>
      <translation>模型 %1 没有客户索引 %2 的预测。</translation>
    </message>
  </context>
  <context>
    <name>ltv::eval::Leaderboard</name>
    <message>
      <source>model</source>
      <translation>模型</translation>
    </message>
    <message>
      <source>* best on the metric (Pred/Act: closest to 1); n/a: not modelled or undefined.</source>
      <translation>* 该指标最优（预测/实际：最接近 1）；n/a：未建模或无定义。</translation>
    </message>
  </context>
  <context>
    <name>ltv::features</name>
    <message>
      <source>Checking missing values</source>
      <translation>正在检查缺失值</translation>
    </message>
    <message>
      <source>Looking for duplicates</source>
      <translation>正在查找重复行</translation>
    </message>
    <message>
      <source>Looking for outliers</source>
      <translation>正在查找异常值</translation>
    </message>
    <message>
      <source>Lines with a missing amount or quantity removed</source>
      <translation>缺少金额或数量的行已删除</translation>
    </message>
    <message>
      <source>Missing amounts and quantities filled with the mean of the known purchases</source>
      <translation>缺失的金额和数量以已知购买的均值填补</translation>
    </message>
    <message>
      <source>Missing amounts and quantities filled with the median of the known purchases</source>
      <translation>缺失的金额和数量以已知购买的中位数填补</translation>
    </message>
    <message>
      <source>Missing amounts and quantities interpolated between the customer's nearest known lines</source>
      <translation>缺失的金额和数量按该客户前后最近的已知行插值</translation>
    </message>
    <message>
      <source>purchase amounts not checked for outliers</source>
      <translation>未检查购买金额的异常值</translation>
    </message>
    <message>
      <source>purchase amounts more than %1 standard deviations from the mean flagged, not changed</source>
      <translation>偏离均值超过 %1 个标准差的购买金额仅标记，未修改</translation>
    </message>
    <message>
      <source>purchase amounts more than %1 × IQR below the first or above the third quartile flagged, not changed</source>
      <translation>低于第一四分位数或高于第三四分位数超过 %1 × IQR 的购买金额仅标记，未修改</translation>
    </message>
    <message>
      <source>purchase amounts more than %1 standard deviations from the mean capped at that limit</source>
      <translation>偏离均值超过 %1 个标准差的购买金额截尾至该界限</translation>
    </message>
    <message>
      <source>purchase amounts more than %1 × IQR below the first or above the third quartile capped at that limit</source>
      <translation>低于第一四分位数或高于第三四分位数超过 %1 × IQR 的购买金额截尾至该界限</translation>
    </message>
    <message>
      <source>purchase lines with an amount more than %1 standard deviations from the mean removed</source>
      <translation>金额偏离均值超过 %1 个标准差的购买行已删除</translation>
    </message>
    <message>
      <source>purchase lines with an amount more than %1 × IQR below the first or above the third quartile removed</source>
      <translation>金额低于第一四分位数或高于第三四分位数超过 %1 × IQR 的购买行已删除</translation>
    </message>
    <message>
      <source>dates not checked for being in the future</source>
      <translation>未检查日期是否在未来</translation>
    </message>
    <message>
      <source>lines dated after %1 removed</source>
      <translation>%1 之后的行已删除</translation>
    </message>
    <message>
      <source>lines dated after %1 kept</source>
      <translation>%1 之后的行已保留</translation>
    </message>
    <message>
      <source>Missing amounts: none.</source>
      <translation>缺失金额：无。</translation>
    </message>
    <message>
      <source>Missing amounts: %1, filled in.</source>
      <translation>缺失金额：%1，已填补。</translation>
    </message>
    <message>
      <source>Missing amounts: %1, their lines removed.</source>
      <translation>缺失金额：%1，所在行已删除。</translation>
    </message>
    <message>
      <source>Missing amounts: %1.</source>
      <translation>缺失金额：%1。</translation>
    </message>
    <message>
      <source>Missing quantities: none.</source>
      <translation>缺失数量：无。</translation>
    </message>
    <message>
      <source>Missing quantities: %1, filled in.</source>
      <translation>缺失数量：%1，已填补。</translation>
    </message>
    <message>
      <source>Missing quantities: %1, their lines removed.</source>
      <translation>缺失数量：%1，所在行已删除。</translation>
    </message>
    <message>
      <source>Missing quantities: %1.</source>
      <translation>缺失数量：%1。</translation>
    </message>
    <message>
      <source>Products: the data have no product column.</source>
      <translation>产品：数据中没有产品列。</translation>
    </message>
    <message>
      <source>Lines without a product: none.</source>
      <translation>无产品的行：无。</translation>
    </message>
    <message>
      <source>Lines without a product: %1, kept.</source>
      <translation>无产品的行：%1，已保留。</translation>
    </message>
    <message>
      <source>Customers with no %1: none.</source>
      <translation>%1 为空的客户：无。</translation>
    </message>
    <message>
      <source>Customers with no %1: %2, kept.</source>
      <translation>%1 为空的客户：%2，已保留。</translation>
    </message>
    <message>
      <source>below %1 or above %2</source>
      <translation>低于 %1 或高于 %2</translation>
    </message>
    <message>
      <source>above %1</source>
      <translation>高于 %1</translation>
    </message>
    <message>
      <source>Outlying purchase amounts: none.</source>
      <translation>异常购买金额：无。</translation>
    </message>
    <message>
      <source>Outlying purchase amounts (%1): none.</source>
      <translation>异常购买金额（%1）：无。</translation>
    </message>
    <message>
      <source>Outlying purchase amounts (%1): %2, flagged, not changed.</source>
      <translation>异常购买金额（%1）：%2，仅标记，未修改。</translation>
    </message>
    <message>
      <source>Outlying purchase amounts (%1): %2, capped at the limit.</source>
      <translation>异常购买金额（%1）：%2，已截尾至界限。</translation>
    </message>
    <message>
      <source>Outlying purchase amounts (%1): %2, their lines removed.</source>
      <translation>异常购买金额（%1）：%2，所在行已删除。</translation>
    </message>
  </context>
  <context>
    <name>ltv::features::QualityOptions</name>
    <message>
      <source>duplicate lines removed, the first copy kept</source>
      <translation>重复行已删除，保留第一条</translation>
    </message>
    <message>
      <source>duplicate lines kept</source>
      <translation>重复行已保留</translation>
    </message>
    <message>
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <source>.</source>
      <translation>。</translation>
    </message>
  </context>
  <context>
    <name>ltv::features::QualityReport</name>
    <message>
      <source>Lines checked: %1; kept for the analysis: %2.</source>
      <translation>已检查行数：%1；用于分析：%2。</translation>
    </message>
    <message>
      <source>Lines removed for a missing amount or quantity: %1.</source>
      <translation>因缺少金额或数量而删除的行：%1。</translation>
    </message>
    <message>
      <source>Duplicate lines: none.</source>
      <translation>重复行：无。</translation>
    </message>
    <message>
      <source>Duplicate lines: %1, removed (the first copy kept).</source>
      <translation>重复行：%1，已删除（保留第一条）。</translation>
    </message>
    <message>
      <source>Duplicate lines: %1, kept.</source>
      <translation>重复行：%1，已保留。</translation>
    </message>
    <message>
      <source>Purchases with an amount of zero or less: none.</source>
      <translation>金额为零或负数的购买：无。</translation>
    </message>
    <message>
      <source>Purchases with an amount of zero or less: %1, kept.</source>
      <translation>金额为零或负数的购买：%1，已保留。</translation>
    </message>
    <message>
      <source>Dates in the future: not checked.</source>
      <translation>未来日期：未检查。</translation>
    </message>
    <message>
      <source>Lines dated after %1: none.</source>
      <translation>%1 之后的行：无。</translation>
    </message>
    <message>
      <source>Lines dated after %1: %2, removed.</source>
      <translation>%1 之后的行：%2，已删除。</translation>
    </message>
    <message>
      <source>Lines dated after %1: %2, kept.</source>
      <translation>%1 之后的行：%2，已保留。</translation>
    </message>
  </context>
  <context>
    <name>ltv::io</name>
    <message>
      <source>cannot read %1: %2</source>
      <translation>无法读取 %1：%2</translation>
    </message>
    <message>
      <source>mapping '%1' must be customer=COLUMN or target=COLUMN with a column of: %2</source>
      <translation>映射“%1”必须是 customer=列 或 target=列，列取自：%2</translation>
    </message>
    <message>
      <source>the row has %1 fields, the header %2</source>
      <translation>该行有 %1 个字段，表头有 %2 个</translation>
    </message>
    <message>
      <source>empty customer id</source>
      <translation>客户 ID 为空</translation>
    </message>
    <message>
      <source>the customer appears on an earlier row</source>
      <translation>该客户已在前面的行中出现</translation>
    </message>
    <message>
      <source>more than %1 rows rejected; nothing was imported</source>
      <translation>被拒绝的行超过 %1 行；未导入任何数据</translation>
    </message>
    <message>
      <source>no column found for: %1. Map it with --map role=COLUMN (columns: %2)</source>
      <translation>找不到以下角色的列：%1。请用 --map 角色=列 指定（现有列：%2）</translation>
    </message>
    <message>
      <source>Importing %1</source>
      <translation>正在导入 %1</translation>
    </message>
    <message>
      <source>more than %1 rows rejected; nothing was imported. Fix the file or the mapping, or raise --max-errors</source>
      <translation>被拒绝的行超过 %1 行；未导入任何数据。请修正文件或映射，或调高 --max-errors</translation>
    </message>
    <message>
      <source>  (some bytes were not valid %1 and were replaced)</source>
      <translation>  （部分字节不是有效的 %1，已被替换）</translation>
    </message>
    <message>
      <source>the disk holding the project is full: nothing was imported and the project is as it was. Free some space and import again</source>
      <translation>项目所在的磁盘已满：未导入任何数据，项目保持原样。请释放一些空间后重新导入</translation>
    </message>
    <message>
      <source>another program is writing to the project: nothing was imported and the project is as it was. Import again when it has finished</source>
      <translation>另一个程序正在写入该项目：未导入任何数据，项目保持原样。请在其完成后重新导入</translation>
    </message>
    <message>
      <source>the project file is read-only: nothing was imported</source>
      <translation>项目文件为只读：未导入任何数据</translation>
    </message>
    <message>
      <source>the project file could not be written (%1): nothing was imported</source>
      <translation>无法写入项目文件（%1）：未导入任何数据</translation>
    </message>
  </context>
  <context>
    <name>ltv::io::ImportReport</name>
    <message>
      <source>File: %1
</source>
      <translation>文件：%1
</translation>
    </message>
    <message>
      <source>Format: %1, delimiter %2, %3, dates %4, decimal %5
</source>
      <translation>格式：%1，分隔符 %2，%3，日期 %4，小数 %5
</translation>
    </message>
    <message>
      <source>header</source>
      <translation>有表头</translation>
    </message>
    <message>
      <source>no header</source>
      <translation>无表头</translation>
    </message>
    <message>
      <source>Mapping:
%1
</source>
      <translation>映射：
%1
</translation>
    </message>
    <message>
      <source>Customer ids pseudonymised (HMAC-SHA256)
</source>
      <translation>客户 ID 已假名化（HMAC-SHA256）
</translation>
    </message>
    <message>
      <source>Rows read: %1
</source>
      <translation>读取行数：%1
</translation>
    </message>
    <message>
      <source>Imported: %1 (returns: %2)
</source>
      <translation>已导入：%1（退货：%2）
</translation>
    </message>
    <message>
      <source>Rejected: %1
</source>
      <translation>已拒绝：%1
</translation>
    </message>
    <message>
      <source>Duplicate: %1
</source>
      <translation>重复：%1
</translation>
    </message>
    <message>
      <source>Blank lines skipped: %1
</source>
      <translation>跳过空行：%1
</translation>
    </message>
    <message>
      <source>New customers: %1, new products: %2
</source>
      <translation>新客户：%1，新商品：%2
</translation>
    </message>
    <message>
      <source>This file was imported before (same content): nothing added.
</source>
      <translation>此文件之前已导入（内容相同）：未添加任何数据。
</translation>
    </message>
    <message>
      <source>  line %1: %2
</source>
      <translation>  第 %1 行：%2
</translation>
    </message>
    <message>
      <source>  line %1, column %2: %3
</source>
      <translation>  第 %1 行，第 %2 列：%3
</translation>
    </message>
    <message>
      <source>  ... and %1 more rejected rows
</source>
      <translation>  …… 另有 %1 行被拒绝
</translation>
    </message>
    <message>
      <source>Error: %1
</source>
      <translation>错误：%1
</translation>
    </message>
  </context>
  <context>
    <name>ltv::io::RowParser</name>
    <message>
      <source>the row has %1 fields, the header %2</source>
      <translation>该行有 %1 个字段，表头有 %2 个</translation>
    </message>
    <message>
      <source>empty customer id</source>
      <translation>客户 ID 为空</translation>
    </message>
    <message>
      <source>missing field</source>
      <translation>缺少字段</translation>
    </message>
    <message>
      <source>not valid text in the file's encoding</source>
      <translation>不是文件编码下的有效文本</translation>
    </message>
    <message>
      <source>empty date</source>
      <translation>日期为空</translation>
    </message>
    <message>
      <source>'%1' is not a date in the format %2</source>
      <translation>“%1”不是格式为 %2 的日期</translation>
    </message>
    <message>
      <source>empty quantity</source>
      <translation>数量为空</translation>
    </message>
    <message>
      <source>'%1' is not a number</source>
      <translation>“%1”不是数字</translation>
    </message>
    <message>
      <source>empty amount</source>
      <translation>金额为空</translation>
    </message>
    <message>
      <source>'%1' is not an amount</source>
      <translation>“%1”不是金额</translation>
    </message>
    <message>
      <source>empty price</source>
      <translation>价格为空</translation>
    </message>
    <message>
      <source>'%1' is not a price</source>
      <translation>“%1”不是价格</translation>
    </message>
    <message>
      <source>amount out of range</source>
      <translation>金额超出范围</translation>
    </message>
    <message>
      <source>column %1</source>
      <translation>第 %1 列</translation>
    </message>
  </context>
  <context>
    <name>ltv::models</name>
    <message>
      <source>The neural model data is damaged.</source>
      <translation>神经网络模型数据已损坏。</translation>
    </message>
  </context>
  <context>
    <name>ltv::models::NeuralModel</name>
    <message>
      <source>Neural network (MLP, zero-inflated lognormal)</source>
      <translation>神经网络（MLP，零膨胀对数正态）</translation>
    </message>
    <message>
      <source>Convolutional network over activity</source>
      <translation>基于活跃度的卷积网络</translation>
    </message>
    <message>
      <source>Recurrent network (GRU) over activity</source>
      <translation>基于活跃度的循环网络（GRU）</translation>
    </message>
    <message>
      <source>Maximum training epochs</source>
      <translation>最大训练轮数</translation>
    </message>
    <message>
      <source>Customers per mini-batch</source>
      <translation>每个小批量的客户数</translation>
    </message>
    <message>
      <source>Adam learning rate</source>
      <translation>Adam 学习率</translation>
    </message>
    <message>
      <source>Decoupled weight decay</source>
      <translation>解耦权重衰减</translation>
    </message>
    <message>
      <source>Dropout rate of the dense layers</source>
      <translation>全连接层的 Dropout 比例</translation>
    </message>
    <message>
      <source>Width of the hidden layers (GRU state size)</source>
      <translation>隐藏层宽度（GRU 状态维度）</translation>
    </message>
    <message>
      <source>Hidden dense layers</source>
      <translation>隐藏全连接层数</translation>
    </message>
    <message>
      <source>Gradient clipping norm (0 = off)</source>
      <translation>梯度裁剪范数（0 = 关闭）</translation>
    </message>
    <message>
      <source>Epochs without validation improvement before stopping</source>
      <translation>验证无改进多少轮后停止</translation>
    </message>
    <message>
      <source>Share of customers held out for early stopping</source>
      <translation>留作早停验证的客户比例</translation>
    </message>
    <message>
      <source>Random seed</source>
      <translation>随机种子</translation>
    </message>
    <message>
      <source>Worker threads (0 = one per core)</source>
      <translation>工作线程数（0 = 每个核心一个）</translation>
    </message>
    <message>
      <source>Training loss</source>
      <translation>训练损失</translation>
    </message>
    <message>
      <source>Filters per convolution</source>
      <translation>每个卷积的滤波器数</translation>
    </message>
    <message>
      <source>Convolution width in periods</source>
      <translation>卷积宽度（周期数）</translation>
    </message>
    <message>
      <source>Training needs labels.</source>
      <translation>训练需要标签。</translation>
    </message>
    <message>
      <source>The MLP needs a feature matrix.</source>
      <translation>MLP 需要特征矩阵。</translation>
    </message>
    <message>
      <source>This network needs activity sequences.</source>
      <translation>此网络需要活跃度序列。</translation>
    </message>
    <message>
      <source>Labels, features and sequences must describe the same customers.</source>
      <translation>标签、特征和序列必须对应相同的客户。</translation>
    </message>
    <message>
      <source>Training needs at least two customers.</source>
      <translation>训练至少需要两个客户。</translation>
    </message>
    <message>
      <source>Unknown loss "%1".</source>
      <translation>未知损失函数“%1”。</translation>
    </message>
    <message>
      <source>The CNN needs sequences of at least two periods.</source>
      <translation>CNN 需要至少两个周期的序列。</translation>
    </message>
    <message>
      <source>No customer has revenue in the label horizon; the model can only predict zero.</source>
      <translation>标签预测期内没有客户产生收入；模型只能预测为零。</translation>
    </message>
    <message>
      <source>%1 epochs, best validation loss %2 at epoch %3%4.</source>
      <translation>%1 轮，最佳验证损失 %2 出现在第 %3 轮%4。</translation>
    </message>
    <message>
      <source> (stopped early)</source>
      <translation>（提前停止）</translation>
    </message>
    <message>
      <source>The training loss is not finite.</source>
      <translation>训练损失不是有限值。</translation>
    </message>
    <message>
      <source>The model is not fitted.</source>
      <translation>模型尚未拟合。</translation>
    </message>
    <message>
      <source>label horizon %1 %2</source>
      <translation>标签预测期 %1 %2</translation>
    </message>
    <message>
      <source>The data is not a saved %1 model.</source>
      <translation>该数据不是已保存的 %1 模型。</translation>
    </message>
    <message>
      <source>The neural model data is damaged.</source>
      <translation>神经网络模型数据已损坏。</translation>
    </message>
  </context>
  <context>
    <name>ltv::models::ml::AutoModel</name>
    <message>
      <source>Auto (best on the training window)</source>
      <translation>自动（训练窗口上最优）</translation>
    </message>
    <message>
      <source>Comma-separated model ids to choose from</source>
      <translation>可选模型 ID，以逗号分隔</translation>
    </message>
    <message>
      <source>Cross-validation folds for the ML candidates</source>
      <translation>机器学习候选模型的交叉验证折数</translation>
    </message>
    <message>
      <source>Seed of the folds</source>
      <translation>折划分的随机种子</translation>
    </message>
    <message>
      <source>The auto model needs the labels of the training window.</source>
      <translation>自动模型需要训练窗口的标签。</translation>
    </message>
    <message>
      <source>None of the auto model's candidates is available.</source>
      <translation>自动模型的候选模型均不可用。</translation>
    </message>
    <message>
      <source>No candidate of the auto model could be validated on this data.</source>
      <translation>自动模型的候选模型均无法在此数据上验证。</translation>
    </message>
    <message>
      <source>Chose %1 by validation normalized Gini on the training window (%2). %3</source>
      <translation>依据训练窗口上的验证归一化基尼系数选择了 %1（%2）。%3</translation>
    </message>
    <message>
      <source>The model is not fitted.</source>
      <translation>模型尚未拟合。</translation>
    </message>
    <message>
      <source>This is not a saved auto model of a known version.</source>
      <translation>这不是已知版本的已保存自动模型。</translation>
    </message>
    <message>
      <source>The saved auto model is truncated or names an unknown model.</source>
      <translation>已保存的自动模型不完整，或引用了未知模型。</translation>
    </message>
  </context>
  <context>
    <name>ltv::models::ml::LinearModel</name>
    <message>
      <source>Ridge penalty on the standardised coefficients</source>
      <translation>标准化系数的岭惩罚</translation>
    </message>
    <message>
      <source>Fit log1p of revenue and purchases (back-transform rescaled to the training total)</source>
      <translation>拟合收入和购买次数的 log1p（逆变换按训练总量重新缩放）</translation>
    </message>
    <message>
      <source>Clip negative value and purchase predictions to zero</source>
      <translation>将负的价值和购买预测截断为零</translation>
    </message>
    <message>
      <source>Fit a logistic churn classifier</source>
      <translation>拟合逻辑回归流失分类器</translation>
    </message>
    <message>
      <source>Fit a logistic top-value classifier</source>
      <translation>拟合逻辑回归高价值分类器</translation>
    </message>
  </context>
  <context>
    <name>ltv::models::ml::XGBoostModel</name>
    <message>
      <source>XGBoost gradient boosting</source>
      <translation>XGBoost 梯度提升</translation>
    </message>
    <message>
      <source>Loss of the revenue and purchase regressors</source>
      <translation>收入和购买次数回归器的损失函数</translation>
    </message>
    <message>
      <source>Tweedie variance power (1 = Poisson, 2 = gamma)</source>
      <translation>Tweedie 方差幂（1 = 泊松，2 = 伽马）</translation>
    </message>
    <message>
      <source>Maximum tree depth</source>
      <translation>最大树深</translation>
    </message>
    <message>
      <source>Learning rate</source>
      <translation>学习率</translation>
    </message>
    <message>
      <source>Maximum boosting rounds</source>
      <translation>最大提升轮数</translation>
    </message>
    <message>
      <source>Stop after this many rounds without validation improvement</source>
      <translation>验证无改进多少轮后停止</translation>
    </message>
    <message>
      <source>Share of training customers held out for early stopping</source>
      <translation>留作早停验证的训练客户比例</translation>
    </message>
    <message>
      <source>Row subsample per tree</source>
      <translation>每棵树的行采样比例</translation>
    </message>
    <message>
      <source>Column subsample per tree</source>
      <translation>每棵树的列采样比例</translation>
    </message>
    <message>
      <source>Minimum hessian weight in a leaf</source>
      <translation>叶节点最小 Hessian 权重</translation>
    </message>
    <message>
      <source>L2 penalty on leaf weights</source>
      <translation>叶节点权重的 L2 惩罚</translation>
    </message>
    <message>
      <source>Random seed (subsampling, validation fold)</source>
      <translation>随机种子（采样、验证折）</translation>
    </message>
    <message>
      <source>Threads</source>
      <translation>线程数</translation>
    </message>
    <message>
      <source>Fit the churn classifier</source>
      <translation>拟合流失分类器</translation>
    </message>
    <message>
      <source>Fit the purchases regressor</source>
      <translation>拟合购买次数回归器</translation>
    </message>
    <message>
      <source>Fit the top-value classifier</source>
      <translation>拟合高价值分类器</translation>
    </message>
    <message>
      <source>Unknown XGBoost objective "%1".</source>
      <translation>未知 XGBoost 目标函数“%1”。</translation>
    </message>
    <message>
      <source>The %1 model used all %2 rounds without early stopping; consider more rounds.</source>
      <translation>%1 模型用完了全部 %2 轮而未早停；可考虑增加轮数。</translation>
    </message>
    <message>
      <source>Early stopping on %1 validation customers.</source>
      <translation>基于 %1 个验证客户早停。</translation>
    </message>
    <message>
      <source>No validation fold: every round kept.</source>
      <translation>无验证折：保留所有轮次。</translation>
    </message>
    <message>
      <source>The model is not fitted.</source>
      <translation>模型尚未拟合。</translation>
    </message>
    <message>
      <source>The model needs a feature matrix to predict.</source>
      <translation>模型需要特征矩阵才能预测。</translation>
    </message>
    <message>
      <source>features at the prediction cut, trained for a horizon of %1</source>
      <translation>预测截止日的特征，按 %1 的预测期训练</translation>
    </message>
    <message>
      <source>This is not a saved XGBoost model of a known version.</source>
      <translation>这不是已知版本的已保存 XGBoost 模型。</translation>
    </message>
    <message>
      <source>The saved XGBoost model is truncated or corrupt.</source>
      <translation>已保存的 XGBoost 模型不完整或已损坏。</translation>
    </message>
    <message>
      <source>Rescale Tweedie outputs so that their total matches the actual total on the boosting rows ("training"), on the early-stopping validation fold ("validation"), or not at all</source>
      <translation>重新缩放 Tweedie 输出，使其总量与提升训练行（"training"）或早停验证折（"validation"）上的实际总量一致，或不缩放</translation>
    </message>
    <message>
      <source>Unknown XGBoost balance "%1".</source>
      <translation>未知的 XGBoost 平衡方式“%1”。</translation>
    </message>
  </context>
  <context>
    <name>ltv::pipeline</name>
    <message>
      <source>The project has no transactions.</source>
      <translation>项目中没有交易。</translation>
    </message>
    <message>
      <source>The horizon must be positive.</source>
      <translation>预测期必须为正。</translation>
    </message>
    <message>
      <source>The calibration end %1 must fall inside the data (%2 to %3).</source>
      <translation>校准期截止日 %1 必须位于数据范围内（%2 至 %3）。</translation>
    </message>
    <message>
      <source>Checking data quality</source>
      <translation>检查数据质量</translation>
    </message>
    <message>
      <source>Comparing models</source>
      <translation>比较模型</translation>
    </message>
    <message>
      <source>Predicting the next horizon</source>
      <translation>预测下一个预测期</translation>
    </message>
    <message>
      <source>Segmenting customers</source>
      <translation>客户细分</translation>
    </message>
    <message>
      <source>Analysis done</source>
      <translation>分析完成</translation>
    </message>
    <message>
      <source>Hybrid features need a BTYD model, not "%1".</source>
      <translation>混合特征需要 BTYD 模型，而不是“%1”。</translation>
    </message>
    <message>
      <source>The hybrid source %1 could not be fitted: %2</source>
      <translation>混合特征来源 %1 无法拟合：%2</translation>
    </message>
    <message>
      <source>Shifted window: ML trained on %1 customers as of %2 with labels to %3; all models scored on %4 customers over %5 .. %6.</source>
      <translation>平移窗口：机器学习模型以截至 %2 的 %1 个客户训练，标签截至 %3；所有模型在 %4 个客户上按 %5 .. %6 评分。</translation>
    </message>
    <message>
      <source>Customer split: ML trained on the holdout of %1 customers; all models scored on the other %2 customers over %3 .. %4.</source>
      <translation>客户划分：机器学习模型在 %1 个客户的留出期上训练；所有模型在另外 %2 个客户上按 %3 .. %4 评分。</translation>
    </message>
    <message>
      <source>Unknown model "%1". Known models: %2.</source>
      <translation>未知模型“%1”。已知模型：%2。</translation>
    </message>
    <message>
      <source>Fitting %1</source>
      <translation>正在拟合 %1</translation>
    </message>
    <message>
      <source>calibration summary</source>
      <translation>校准期汇总</translation>
    </message>
    <message>
      <source>, chose %1</source>
      <translation>，选择了 %1</translation>
    </message>
    <message>
      <source>No chart data: %1</source>
      <translation>无图表数据：%1</translation>
    </message>
    <message>
      <source>Loading the project</source>
      <translation>正在加载项目</translation>
    </message>
    <message>
      <source>Feature contributions need an explainable machine-learning model, not "%1".</source>
      <translation>特征贡献需要可解释的机器学习模型，而不是“%1”。</translation>
    </message>
    <message>
      <source>No customer had bought by %1, one horizon before %2, so there is nothing to learn the feature contributions from: use a shorter horizon.</source>
      <translation>在 %1（%2 之前一个预测期）之前没有客户购买过，无法学习特征贡献：请使用更短的预测期。</translation>
    </message>
    <message>
      <source>%1 could not be fitted: %2</source>
      <translation>无法拟合 %1：%2</translation>
    </message>
    <message>
      <source>The contributions of %1 with these options add up on the %2 scale, not to the predicted value.</source>
      <translation>在这些选项下，%1 的贡献在 %2 尺度上相加，而不是加总为预测价值。</translation>
    </message>
    <message>
      <source>No discounted value: %1</source>
      <translation>无折现价值：%1</translation>
    </message>
    <message>
      <source>Activity sequences: %1 daily periods before each cut, for the neural networks.</source>
      <translation>活动序列：每个截止点之前的 %1 个日周期，供神经网络使用。</translation>
    </message>
    <message>
      <source>Activity sequences: %1 weekly periods before each cut, for the neural networks.</source>
      <translation>活动序列：每个截止点之前的 %1 个周周期，供神经网络使用。</translation>
    </message>
    <message>
      <source>Activity sequences: %1 monthly periods before each cut, for the neural networks.</source>
      <translation>活动序列：每个截止点之前的 %1 个月周期，供神经网络使用。</translation>
    </message>
    <message>
      <source>shifted window</source>
      <translation>平移时间窗</translation>
    </message>
    <message>
      <source>customer split</source>
      <translation>按客户划分</translation>
    </message>
    <message>
      <source>the shifted window's training cut %1 is before the first purchase %2</source>
      <translation>平移时间窗的训练截止日 %1 早于首次购买 %2</translation>
    </message>
    <message>
      <source>only %1 customers bought on or before the shifted window's training cut %2 (at least %3 are needed)</source>
      <translation>在平移时间窗的训练截止日 %2 及之前购买过的客户只有 %1 位（至少需要 %3 位）</translation>
    </message>
    <message>
      <source>only %1 of the %2 customers (%3 %) bought on or before the shifted window's training cut %4 (at least %5 % are needed)</source>
      <translation>%2 位客户中只有 %1 位（%3 %）在平移时间窗的训练截止日 %4 及之前购买过（至少需要 %5 %）</translation>
    </message>
    <message>
      <source>only %1 of the %2 training customers bought in the shifted window's label period %3 to %4 (at least %5 are needed)</source>
      <translation>%2 位训练客户中只有 %1 位在平移时间窗的标签期 %3 至 %4 内购买（至少需要 %5 位）</translation>
    </message>
    <message>
      <source>only %1 of the %2 training customers made no purchase in the shifted window's label period %3 to %4 (at least %5 are needed)</source>
      <translation>%2 位训练客户中只有 %1 位在平移时间窗的标签期 %3 至 %4 内没有购买（至少需要 %5 位）</translation>
    </message>
    <message>
      <source>%1 (chosen automatically: %2)</source>
      <translation>%1（自动选择：%2）</translation>
    </message>
    <message>
      <source>automatic</source>
      <translation>自动</translation>
    </message>
    <message>
      <source>the shifted window's training cut %1 leaves %2 customers with history, %3 of whom bought in the label period to %4</source>
      <translation>平移时间窗的训练截止日 %1 之前有 %2 位有历史的客户，其中 %3 位在截至 %4 的标签期内购买</translation>
    </message>
    <message>
      <source>The shifted window's training cut %1 precedes every first purchase, so the ML models have nothing to train on: use a shorter horizon, the customer split or the automatic protocol.</source>
      <translation>平移窗口的训练截止日 %1 早于所有首次购买，机器学习模型没有可训练的数据：请使用更短的预测期、客户划分或自动方案。</translation>
    </message>
  </context>
  <context>
    <name>ltv::segments</name>
    <message>
      <source>The budget and margin must be non-negative and the cost per contact positive.</source>
      <translation>预算和毛利率必须非负，每次联系成本必须为正。</translation>
    </message>
    <message>
      <source>segment</source>
      <translation>细分群</translation>
    </message>
    <message>
      <source>action</source>
      <translation>行动</translation>
    </message>
    <message>
      <source>customers</source>
      <translation>客户数</translation>
    </message>
    <message>
      <source>eligible</source>
      <translation>符合条件</translation>
    </message>
    <message>
      <source>contacted</source>
      <translation>已联系</translation>
    </message>
    <message>
      <source>budget</source>
      <translation>预算</translation>
    </message>
    <message>
      <source>expected incremental value</source>
      <translation>预期增量价值</translation>
    </message>
    <message>
      <source>expected net return</source>
      <translation>预期净回报</translation>
    </message>
    <message>
      <source>ROI</source>
      <translation>投资回报率</translation>
    </message>
    <message>
      <source>(no action)</source>
      <translation>（无行动）</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>VIP care</source>
      <translation>VIP 关怀</translation>
    </message>
    <message>
      <source>Loyalty programme</source>
      <translation>会员忠诚计划</translation>
    </message>
    <message>
      <source>Win-back</source>
      <translation>赢回</translation>
    </message>
    <message>
      <source>Onboarding nurture</source>
      <translation>新客培育</translation>
    </message>
    <message>
      <source>Cross-sell</source>
      <translation>交叉销售</translation>
    </message>
    <message>
      <source>Suppression</source>
      <translation>暂停营销</translation>
    </message>
    <message>
      <source>Inverse discount</source>
      <translation>反向折扣</translation>
    </message>
    <message>
      <source>Recent, frequent, high spenders: reward with early access and service, not discounts.</source>
      <translation>近期、高频、高消费：以抢先体验和服务回馈，而非折扣。</translation>
    </message>
    <message>
      <source>They buy regularly anyway: small non-price incentives suffice; large discounts waste margin.</source>
      <translation>他们本来就会定期购买：小额非价格激励即可，大额折扣浪费利润。</translation>
    </message>
    <message>
      <source>First purchase was recent: a welcome series builds the second purchase habit.</source>
      <translation>首次购买发生在近期：欢迎系列可培养第二次购买的习惯。</translation>
    </message>
    <message>
      <source>Recent but single low-value purchase: nurture towards a second order.</source>
      <translation>近期但仅有一次低价值购买：培育其下第二单。</translation>
    </message>
    <message>
      <source>Recent with average frequency: a membership offer turns them into loyal customers.</source>
      <translation>近期且频次中等：会员优惠可将其转化为忠诚客户。</translation>
    </message>
    <message>
      <source>Middling on every axis: relevant recommendations and limited-time offers re-engage them.</source>
      <translation>各维度都居中：相关推荐和限时优惠可重新激活他们。</translation>
    </message>
    <message>
      <source>Slipping away with low spend: a light reminder before they lapse.</source>
      <translation>低消费且正在流失：在其流失前轻度提醒。</translation>
    </message>
    <message>
      <source>Used to buy often and much but not lately: personal win-back before the value is lost.</source>
      <translation>过去购买频繁且金额高但近期没有：在价值流失前进行个性化赢回。</translation>
    </message>
    <message>
      <source>Good customers who have not bought for long: win them back with a personal offer.</source>
      <translation>很久没有购买的优质客户：以个性化优惠赢回。</translation>
    </message>
    <message>
      <source>Lowest recency, frequency and spend: further contacts are wasted spend.</source>
      <translation>最近购买、频次和消费都最低：继续联系只是浪费开支。</translation>
    </message>
    <message>
      <source>Long inactive, low value: exclude from paid campaigns; keep in free newsletters only.</source>
      <translation>长期不活跃、低价值：排除在付费营销之外，只保留免费资讯推送。</translation>
    </message>
    <message>
      <source>No clear pattern: standard recommendations.</source>
      <translation>无明显模式：标准推荐。</translation>
    </message>
    <message>
      <source>Most valuable and safe: protect the relationship with service, not discounts.</source>
      <translation>最有价值且稳定：以服务而非折扣维护关系。</translation>
    </message>
    <message>
      <source>Valuable with some risk: loyalty benefits raise the cost of leaving.</source>
      <translation>有价值但有一定风险：会员权益可提高离开的成本。</translation>
    </message>
    <message>
      <source>Valuable and likely to churn: the largest value at risk, act now.</source>
      <translation>有价值且可能流失：风险价值最大，应立即行动。</translation>
    </message>
    <message>
      <source>Likely to stay: grow the basket with recommendations and small incentives.</source>
      <translation>可能留存：通过推荐和小额激励提高客单。</translation>
    </message>
    <message>
      <source>Average value and risk: steady loyalty nurture.</source>
      <translation>价值和风险均中等：稳定的忠诚培育。</translation>
    </message>
    <message>
      <source>Worth a targeted win-back offer while the value is still there.</source>
      <translation>趁价值尚在，值得给出定向赢回优惠。</translation>
    </message>
    <message>
      <source>Low value but likely to buy anyway: only small incentives are worth it.</source>
      <translation>价值低但本来就可能购买：只值得小额激励。</translation>
    </message>
    <message>
      <source>Low value: low-cost automated nurture only.</source>
      <translation>价值低：只做低成本的自动化培育。</translation>
    </message>
    <message>
      <source>Low value and likely gone: spend is wasted here.</source>
      <translation>价值低且可能已流失：在此投入是浪费。</translation>
    </message>
    <message>
      <source>channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <source>total LTV</source>
      <translation>LTV 合计</translation>
    </message>
    <message>
      <source>value at risk</source>
      <translation>风险价值</translation>
    </message>
    <message>
      <source>max spend per customer</source>
      <translation>每客户最高支出</translation>
    </message>
    <message>
      <source>max spend</source>
      <translation>最高支出</translation>
    </message>
    <message>
      <source>rationale</source>
      <translation>理由</translation>
    </message>
  </context>
  <context>
    <name>ltv::segments::Playbook</name>
    <message>
      <source>Not a playbook (version 1).</source>
      <translation>不是有效的行动手册（版本 1）。</translation>
    </message>
    <message>
      <source>Playbook row %1 has no segment.</source>
      <translation>行动手册第 %1 行没有细分群。</translation>
    </message>
    <message>
      <source>Segment "%1" appears twice in the playbook.</source>
      <translation>细分群“%1”在行动手册中出现了两次。</translation>
    </message>
    <message>
      <source>Unknown action "%1" for segment "%2".</source>
      <translation>细分群“%2”的行动“%1”未知。</translation>
    </message>
    <message>
      <source>Max spend share for "%1" must be within 0..1.</source>
      <translation>“%1”的最大支出比例必须在 0..1 之间。</translation>
    </message>
    <message>
      <source>Uplift for "%1" must be within 0..1.</source>
      <translation>“%1”的提升率必须在 0..1 之间。</translation>
    </message>
    <message>
      <source>Unknown uplift basis "%1" for "%2".</source>
      <translation>“%2”的提升基准“%1”未知。</translation>
    </message>
  </context>
  <context>
    <name>ltv::store</name>
    <message>
      <source>Waiting for another program to finish writing the project</source>
      <translation>正在等待另一个程序写完该项目</translation>
    </message>
    <message>
      <source>Cannot replace %1.</source>
      <translation>无法替换 %1。</translation>
    </message>
    <message>
      <source>Writing %1</source>
      <translation>正在写入 %1</translation>
    </message>
  </context>
  <context>
    <name>ltv::store::ModelStore</name>
    <message>
      <source>Only a fitted model can be saved.</source>
      <translation>只能保存已拟合的模型。</translation>
    </message>
    <message>
      <source>The project has no saved model %1.</source>
      <translation>项目中没有已保存的模型 %1。</translation>
    </message>
    <message>
      <source>Saved model %1 is a "%2" model, which this program does not know.</source>
      <translation>已保存的模型 %1 是“%2”模型，本程序无法识别。</translation>
    </message>
    <message>
      <source>Saved model %1 could not be restored.</source>
      <translation>无法恢复已保存的模型 %1。</translation>
    </message>
    <message>
      <source>Customer "%1" of the predictions is not in the project.</source>
      <translation>预测中的客户“%1”不在项目中。</translation>
    </message>
  </context>
  <context>
    <name>ltv::store::Project</name>
    <message>
      <source>%1 is being written by another program, for example an import. Open it again when that has finished.</source>
      <translation>%1 正在被另一个程序（例如一次导入）写入。请在其完成后再打开。</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::CohortModel</name>
    <message>
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Month %1</source>
      <translation>第 %1 月</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::CohortTab</name>
    <message>
      <source>Cohort table</source>
      <translation>同期群表</translation>
    </message>
    <message numerus="yes">
      <source>%n cohort(s), by month of first purchase.</source>
      <translation>
        <numerusform>共 %n 个同期群，按首次购买月份划分。</numerusform>
      </translation>
    </message>
    <message>
      <source>The cohort table failed: %1</source>
      <translation>同期群表计算失败：%1</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>显示：</translation>
    </message>
    <message>
      <source>Retention (% of the cohort buying in the month)</source>
      <translation>留存率（当月有购买的客户占比）</translation>
    </message>
    <message>
      <source>Cumulative net revenue per customer</source>
      <translation>每位客户的累计净收入</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::ContributionPanel</name>
    <message>
      <source>Feature contributions</source>
      <translation>特征贡献</translation>
    </message>
    <message>
      <source>Training a gradient-boosting model on the same customers to explain the predictions…</source>
      <translation>正在用同一批客户训练梯度提升模型，以解释预测结果…</translation>
    </message>
    <message>
      <source>No feature contributions: %1</source>
      <translation>没有特征贡献：%1</translation>
    </message>
    <message>
      <source>This customer had not bought by the as-of day: there are no features to explain.</source>
      <translation>该客户在截止日之前没有购买：没有可解释的特征。</translation>
    </message>
    <message>
      <source> (squared-error loss)</source>
      <translation>（平方误差损失）</translation>
    </message>
    <message>
      <source>exact TreeSHAP values</source>
      <translation>精确的 TreeSHAP 值</translation>
    </message>
    <message>
      <source>coefficient × standardised value</source>
      <translation>系数 × 标准化值</translation>
    </message>
    <message>
      <source>Explained by %1%2, a model of its own: trained on %3 customers, their features as of %4 and revenue in the following %5 weeks. Its prediction of this customer's revenue in the %5 weeks after %6 is %7 = base value %8 (its average prediction) + the contributions below (%9). The predicted value in the table comes from the BTYD model.</source>
      <translation>由 %1%2 解释，这是一个独立的模型：以 %3 位客户截至 %4 的特征及其随后 %5 周的收入训练。它对该客户在 %6 之后 %5 周收入的预测为 %7 = 基准值 %8（其平均预测）+ 下方各项贡献（%9）。表格中的预测价值来自 BTYD 模型。</translation>
    </message>
    <message>
      <source>Contribution (base value %1)</source>
      <translation>贡献（基准值 %1）</translation>
    </message>
    <message>
      <source>Raises the prediction</source>
      <translation>提高预测</translation>
    </message>
    <message>
      <source>Lowers the prediction</source>
      <translation>降低预测</translation>
    </message>
    <message>
      <source>%1: %2 for customer %3</source>
      <translation>%1：客户 %3 的预测为 %2</translation>
    </message>
    <message>
      <source> On the %1 customers it held out of training, its error (RMSE) is %2, against %3 for predicting the average.</source>
      <translation>在训练时留出的 %1 位客户上，其误差（RMSE）为 %2，而直接预测平均值的误差为 %3。</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::ContributionSession</name>
    <message>
      <source>The feature contributions were cancelled.</source>
      <translation>特征贡献的计算已取消。</translation>
    </message>
    <message>
      <source>Feature contributions</source>
      <translation>特征贡献</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::CustomersPage</name>
    <message>
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Search:</source>
      <translation>搜索：</translation>
    </message>
    <message>
      <source>Customer id, segment or action</source>
      <translation>客户编号、分群或行动</translation>
    </message>
    <message>
      <source>Open a project to see its customers' predictions.</source>
      <translation>请打开一个项目以查看客户预测。</translation>
    </message>
    <message>
      <source>Computing predictions and segments…</source>
      <translation>正在计算预测与分群…</translation>
    </message>
    <message>
      <source>The computation failed: %1</source>
      <translation>计算失败：%1</translation>
    </message>
    <message>
      <source>Predictions of the %1 model for the %2 weeks after %3; segment and action from the RFM rules and the playbook.</source>
      <translation>%1对 %3 之后 %2 周的预测；分群与行动来自 RFM 规则和营销策略表。</translation>
    </message>
    <message>
      <source>Compute the segments on the Segments page first.</source>
      <translation>请先在“分群”页计算分群。</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Predicted value</source>
      <translation>预测价值</translation>
    </message>
    <message>
      <source>P(alive)</source>
      <translation>存活概率 P(alive)</translation>
    </message>
    <message>
      <source>Churn probability</source>
      <translation>流失概率</translation>
    </message>
    <message>
      <source>Expected purchases</source>
      <translation>预期购买次数</translation>
    </message>
    <message>
      <source>Purchase days</source>
      <translation>购买天数</translation>
    </message>
    <message>
      <source>Last purchase</source>
      <translation>最近购买</translation>
    </message>
    <message>
      <source>RFM segment</source>
      <translation>RFM 分群</translation>
    </message>
    <message>
      <source>Value × risk</source>
      <translation>价值 × 风险</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>行动</translation>
    </message>
    <message>
      <source>Purchase history</source>
      <translation>购买历史</translation>
    </message>
    <message>
      <source>Weeks since the first purchase</source>
      <translation>距首次购买的周数</translation>
    </message>
    <message>
      <source>Spend per purchase day</source>
      <translation>每个购买日的消费额</translation>
    </message>
    <message>
      <source>P(alive) over time</source>
      <translation>存活概率 P(alive) 随时间变化</translation>
    </message>
    <message>
      <source>No customer selected</source>
      <translation>未选择客户</translation>
    </message>
    <message>
      <source>Customer %1</source>
      <translation>客户 %1</translation>
    </message>
    <message>
      <source>As judged at the time</source>
      <translation>当时的判断</translation>
    </message>
    <message>
      <source>Projected, without a new purchase</source>
      <translation>预测（假设不再购买）</translation>
    </message>
    <message>
      <source>Repeat purchases (x)</source>
      <translation>重复购买次数（x）</translation>
    </message>
    <message>
      <source>Weeks from first to last purchase (t&lt;sub&gt;x&lt;/sub&gt;)</source>
      <translation>首次到最近一次购买的周数（t&lt;sub&gt;x&lt;/sub&gt;）</translation>
    </message>
    <message>
      <source>Weeks since the first purchase (T)</source>
      <translation>距首次购买的周数（T）</translation>
    </message>
    <message>
      <source>Mean repeat spend</source>
      <translation>平均重复购买消费额</translation>
    </message>
    <message>
      <source>Expected purchases in %1 weeks</source>
      <translation>%1 周内的预期购买次数</translation>
    </message>
    <message>
      <source>Expected spend per purchase</source>
      <translation>每次购买的预期消费额</translation>
    </message>
    <message>
      <source>Expected value</source>
      <translation>预期价值</translation>
    </message>
    <message>
      <source>Expected value over the horizon</source>
      <translation>预测期内的预期价值</translation>
    </message>
    <message>
      <source>Weeks after %1</source>
      <translation>%1 之后的周数</translation>
    </message>
    <message>
      <source>Expected cumulative value</source>
      <translation>预期累计价值</translation>
    </message>
    <message>
      <source>Spend</source>
      <translation>消费额</translation>
    </message>
    <message>
      <source>Expected value, undiscounted</source>
      <translation>预期价值（未折现）</translation>
    </message>
    <message>
      <source>Probability</source>
      <translation>概率</translation>
    </message>
    <message>
      <source>Feature contributions</source>
      <translation>特征贡献</translation>
    </message>
    <message>
      <source>P(churn)</source>
      <translation>流失概率</translation>
    </message>
    <message>
      <source>Predicted value over the horizon</source>
      <translation>预测期内的预测价值</translation>
    </message>
    <message>
      <source>Probability that the customer is still active</source>
      <translation>客户仍然活跃的概率</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::CustomersTableModel</name>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Transactions</source>
      <translation>交易</translation>
    </message>
    <message>
      <source>First purchase</source>
      <translation>首次购买</translation>
    </message>
    <message>
      <source>Last purchase</source>
      <translation>最近购买</translation>
    </message>
    <message>
      <source>Net revenue</source>
      <translation>净收入</translation>
    </message>
    <message>
      <source>Returns</source>
      <translation>退货</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::DataPage</name>
    <message>
      <source>Loading…</source>
      <translation>正在加载…</translation>
    </message>
    <message>
      <source>Exporting %1</source>
      <translation>正在导出 %1</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>导出失败</translation>
    </message>
    <message>
      <source>Exported %1 rows to %2</source>
      <translation>已将 %1 行导出到 %2</translation>
    </message>
    <message>
      <source>Import CSV…</source>
      <translation>导入 CSV…</translation>
    </message>
    <message>
      <source>Transactions</source>
      <translation>交易</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Import history</source>
      <translation>导入历史</translation>
    </message>
    <message>
      <source>Data quality</source>
      <translation>数据质量</translation>
    </message>
    <message>
      <source>Cohorts</source>
      <translation>同期群</translation>
    </message>
    <message>
      <source>No project is open. Open the demo or a project from the Start page, or import a CSV file.</source>
      <translation>尚未打开项目。请在“开始”页打开演示项目或已有项目，或导入 CSV 文件。</translation>
    </message>
    <message>
      <source>&lt;b&gt;%1&lt;/b&gt;: %2 transactions of %3 customers</source>
      <translation>&lt;b&gt;%1&lt;/b&gt;：%3 位客户的 %2 笔交易</translation>
    </message>
    <message numerus="yes">
      <source>%Ln transaction(s) shown</source>
      <translation>
        <numerusform>显示 %Ln 笔交易</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln customer(s) shown</source>
      <translation>
        <numerusform>显示 %Ln 位客户</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::DataTableView</name>
    <message>
      <source>Export table as CSV</source>
      <translation>将表格导出为 CSV</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>导出失败</translation>
    </message>
    <message>
      <source>Could not write %1: %2</source>
      <translation>无法写入 %1：%2</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <source>Select all</source>
      <translation>全选</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>导出 CSV…</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::EvaluationPage</name>
    <message>
      <source>Train models on the Models page; their evaluation on the holdout appears here.</source>
      <translation>请在“模型”页训练模型；它们在留出期上的评估结果将显示在这里。</translation>
    </message>
    <message>
      <source>Churn: ROC curves on the holdout</source>
      <translation>流失：留出期上的 ROC 曲线</translation>
    </message>
    <message>
      <source>Cumulative gain of holdout revenue</source>
      <translation>留出期收入的累积增益</translation>
    </message>
    <message>
      <source>%1. Churn means no purchase in the holdout.</source>
      <translation>%1。流失指留出期内没有购买。</translation>
    </message>
    <message>
      <source>churned</source>
      <translation>已流失</translation>
    </message>
    <message>
      <source>bought again</source>
      <translation>再次购买</translation>
    </message>
    <message>
      <source>Holdout revenue per customer</source>
      <translation>每位客户的留出期收入</translation>
    </message>
    <message>
      <source>%1: predicted vs actual revenue by decile</source>
      <translation>%1：各十分位的预测与实际收入</translation>
    </message>
    <message>
      <source>Predicted value per customer</source>
      <translation>每位客户的预测价值</translation>
    </message>
    <message>
      <source>%1: distribution of predicted value</source>
      <translation>%1：预测价值分布</translation>
    </message>
    <message>
      <source>Model:</source>
      <translation>模型：</translation>
    </message>
    <message>
      <source>Log scale for the distribution</source>
      <translation>分布图使用对数刻度</translation>
    </message>
    <message>
      <source>ROC</source>
      <translation>ROC</translation>
    </message>
    <message>
      <source>Confusion matrix</source>
      <translation>混淆矩阵</translation>
    </message>
    <message>
      <source>Deciles</source>
      <translation>十分位</translation>
    </message>
    <message>
      <source>Gain</source>
      <translation>增益</translation>
    </message>
    <message>
      <source>LTV distribution</source>
      <translation>LTV 分布</translation>
    </message>
    <message>
      <source>%1: holdout purchases by calibration frequency</source>
      <translation>%1：按校准期购买频次的留出期购买次数</translation>
    </message>
    <message>
      <source>Cumulative repeat transactions</source>
      <translation>累计重复交易</translation>
    </message>
    <message>
      <source>%1: cumulative repeat transactions, actual vs expected</source>
      <translation>%1：累计重复交易，实际与预期</translation>
    </message>
    <message>
      <source>No BTYD model in this run: train BG/NBD or Pareto/NBD on the Models page</source>
      <translation>本次运行没有 BTYD 模型：请在“模型”页训练 BG/NBD 或 Pareto/NBD</translation>
    </message>
    <message>
      <source>%1: feature importance (%2), top %3</source>
      <translation>%1：特征重要性（%2），前 %3 项</translation>
    </message>
    <message>
      <source>No explainable model in this run: train XGBoost or the linear model</source>
      <translation>本次运行没有可解释的模型：请训练 XGBoost 或线性模型</translation>
    </message>
    <message>
      <source>Calibration</source>
      <translation>校准</translation>
    </message>
    <message>
      <source>Tracking</source>
      <translation>跟踪</translation>
    </message>
    <message>
      <source>P(alive) matrix</source>
      <translation>存活概率矩阵</translation>
    </message>
    <message>
      <source>Expected purchases</source>
      <translation>预期购买次数</translation>
    </message>
    <message>
      <source>Feature importance</source>
      <translation>特征重要性</translation>
    </message>
    <message>
      <source>%1: P(alive) of customers aged %2 %3</source>
      <translation>%1：客户年龄 %2 %3时的存活概率</translation>
    </message>
    <message>
      <source>%1: expected purchases in the next %2 %3</source>
      <translation>%1：未来 %2 %3内的预期购买次数</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::FilterBar</name>
    <message>
      <source>Customer id contains…</source>
      <translation>客户编号包含…</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Amounts</source>
      <translation>金额</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::ImportFilePage</name>
    <message>
      <source>Choose a transaction file</source>
      <translation>选择交易文件</translation>
    </message>
    <message>
      <source>Text files (*.csv *.tsv *.txt);;All files (*)</source>
      <translation>文本文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Choose a file</source>
      <translation>选择文件</translation>
    </message>
    <message>
      <source>A transaction export from your shop: one line per order line or purchase.</source>
      <translation>店铺导出的交易数据：每行一条订单明细或一次购买。</translation>
    </message>
    <message>
      <source>Pick a CSV or text file, or drop it here. Comma, semicolon, tab and whitespace-aligned columns are recognised, in UTF-8, UTF-16, GB18030/GBK or Windows-1252.</source>
      <translation>选择 CSV 或文本文件，或将其拖放到此处。可识别逗号、分号、制表符分隔及空格对齐的列，编码支持 UTF-8、UTF-16、GB18030/GBK 和 Windows-1252。</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::ImportHistoryModel</name>
    <message>
      <source>customer table</source>
      <translation>客户表</translation>
    </message>
    <message>
      <source>transactions</source>
      <translation>交易</translation>
    </message>
    <message>
      <source>Imported at</source>
      <translation>导入时间</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Source file</source>
      <translation>源文件</translation>
    </message>
    <message>
      <source>Rows read</source>
      <translation>读取行数</translation>
    </message>
    <message>
      <source>Imported</source>
      <translation>已导入</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <source>Duplicates</source>
      <translation>重复</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::ImportMappingPage</name>
    <message>
      <source>(not mapped)</source>
      <translation>（不映射）</translation>
    </message>
    <message>
      <source>Every date in the sample reads both as day/month and as month/day. Choose the date format.</source>
      <translation>样本中的每个日期既可按“日/月”也可按“月/日”解读。请选择日期格式。</translation>
    </message>
    <message>
      <source>The dates in this column are not recognised. Choose the date format or another column.</source>
      <translation>无法识别此列中的日期。请选择日期格式或其他列。</translation>
    </message>
    <message>
      <source>Unknown date format. Use for example yyyy-MM-dd or dd/MM/yyyy.</source>
      <translation>未知的日期格式。请使用例如 yyyy-MM-dd 或 dd/MM/yyyy。</translation>
    </message>
    <message>
      <source>Map the columns</source>
      <translation>映射列</translation>
    </message>
    <message>
      <source>Tell LTV Studio which column holds what. Suggestions come from the header and the values.</source>
      <translation>告诉 LTV Studio 每一列的含义。建议根据表头和数值自动给出。</translation>
    </message>
    <message>
      <source>Customer id (required):</source>
      <translation>客户编号（必填）：</translation>
    </message>
    <message>
      <source>Date (required):</source>
      <translation>日期（必填）：</translation>
    </message>
    <message>
      <source>Quantity:</source>
      <translation>数量：</translation>
    </message>
    <message>
      <source>Unit price:</source>
      <translation>单价：</translation>
    </message>
    <message>
      <source>Invoice / order id:</source>
      <translation>发票/订单号：</translation>
    </message>
    <message>
      <source>Product:</source>
      <translation>商品：</translation>
    </message>
    <message>
      <source>Amount column:</source>
      <translation>金额列：</translation>
    </message>
    <message>
      <source>Amount = quantity × unit price</source>
      <translation>金额 = 数量 × 单价</translation>
    </message>
    <message>
      <source>Date format:</source>
      <translation>日期格式：</translation>
    </message>
    <message>
      <source>detect from the values</source>
      <translation>根据数值自动识别</translation>
    </message>
    <message>
      <source>Customer attributes to keep (channel, country, …):</source>
      <translation>要保留的客户属性（渠道、国家等）：</translation>
    </message>
    <message>
      <source>Pseudonymise customer ids (store a keyed hash, never the raw id)</source>
      <translation>客户编号假名化（仅保存带密钥的哈希值，从不保存原始编号）</translation>
    </message>
    <message>
      <source>Stop after this many rejected rows:</source>
      <translation>拒绝行数达到此值时停止：</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::ImportPreviewPage</name>
    <message>
      <source>Some bytes could not be decoded with this encoding (shown as �).</source>
      <translation>部分字节无法用此编码解码（显示为 �）。</translation>
    </message>
    <message>
      <source>comma</source>
      <translation>逗号</translation>
    </message>
    <message>
      <source>semicolon</source>
      <translation>分号</translation>
    </message>
    <message>
      <source>tab</source>
      <translation>制表符</translation>
    </message>
    <message>
      <source>aligned columns</source>
      <translation>空格对齐的列</translation>
    </message>
    <message>
      <source>Read as %1, separated by %2, %3. %4 columns; the first %5 rows are shown.</source>
      <translation>按 %1 读取，以%2分隔，%3。共 %4 列；显示前 %5 行。</translation>
    </message>
    <message>
      <source>with a header line</source>
      <translation>包含表头行</translation>
    </message>
    <message>
      <source>without a header line</source>
      <translation>不含表头行</translation>
    </message>
    <message numerus="yes">
      <source>%n cell(s) contain bytes this encoding cannot decode: try another encoding.</source>
      <translation>
        <numerusform>有 %n 个单元格包含此编码无法解码的字节：请尝试其他编码。</numerusform>
      </translation>
    </message>
    <message>
      <source>Check the preview</source>
      <translation>检查预览</translation>
    </message>
    <message>
      <source>The encoding, delimiter and header were detected; change them if the columns look wrong.</source>
      <translation>已自动识别编码、分隔符和表头；如果列看起来不对，请修改。</translation>
    </message>
    <message>
      <source>Encoding:</source>
      <translation>编码：</translation>
    </message>
    <message>
      <source>Delimiter:</source>
      <translation>分隔符：</translation>
    </message>
    <message>
      <source>Header:</source>
      <translation>表头：</translation>
    </message>
    <message>
      <source>Detect</source>
      <translation>自动识别</translation>
    </message>
    <message>
      <source>Comma (,)</source>
      <translation>逗号 (,)</translation>
    </message>
    <message>
      <source>Semicolon (;)</source>
      <translation>分号 (;)</translation>
    </message>
    <message>
      <source>Tab</source>
      <translation>制表符</translation>
    </message>
    <message>
      <source>Pipe (|)</source>
      <translation>竖线 (|)</translation>
    </message>
    <message>
      <source>Aligned columns (spaces)</source>
      <translation>空格对齐的列</translation>
    </message>
    <message>
      <source>First line is a header</source>
      <translation>第一行是表头</translation>
    </message>
    <message>
      <source>No header line</source>
      <translation>没有表头行</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::ImportRunPage</name>
    <message>
      <source>The import was cancelled. The project is exactly as it was before.</source>
      <translation>导入已取消。项目与导入前完全相同。</translation>
    </message>
    <message>
      <source>The import failed and wrote nothing: %1</source>
      <translation>导入失败，未写入任何内容：%1</translation>
    </message>
    <message>
      <source>Importing %1…</source>
      <translation>正在导入 %1…</translation>
    </message>
    <message>
      <source>Importing</source>
      <translation>正在导入</translation>
    </message>
    <message>
      <source>The import runs in the background. Cancel leaves the project unchanged.</source>
      <translation>导入在后台运行。取消后项目保持不变。</translation>
    </message>
    <message>
      <source>Cancel import</source>
      <translation>取消导入</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::ImportSummaryPage</name>
    <message>
      <source>Save rejected rows</source>
      <translation>保存被拒绝的行</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <source>Save failed</source>
      <translation>保存失败</translation>
    </message>
    <message>
      <source>Nothing was imported.</source>
      <translation>未导入任何内容。</translation>
    </message>
    <message>
      <source>This file was imported before; nothing was added.</source>
      <translation>此文件之前已导入；未添加任何内容。</translation>
    </message>
    <message>
      <source>&lt;table cellspacing='6'&gt;&lt;tr&gt;&lt;td&gt;Rows read&lt;/td&gt;&lt;td align='right'&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Imported&lt;/td&gt;&lt;td align='right'&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Rejected&lt;/td&gt;&lt;td align='right'&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Duplicates (already in the project)&lt;/td&gt;&lt;td align='right'&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Returns among the imported rows&lt;/td&gt;&lt;td align='right'&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;New customers&lt;/td&gt;&lt;td align='right'&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
      <translation>&lt;table cellspacing='6'&gt;&lt;tr&gt;&lt;td&gt;读取行数&lt;/td&gt;&lt;td align='right'&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;已导入&lt;/td&gt;&lt;td align='right'&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;已拒绝&lt;/td&gt;&lt;td align='right'&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;重复（项目中已存在）&lt;/td&gt;&lt;td align='right'&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;导入行中的退货&lt;/td&gt;&lt;td align='right'&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;新客户&lt;/td&gt;&lt;td align='right'&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
      <source>Read as %1, delimiter %2, dates %3.</source>
      <translation>按 %1 读取，分隔符 %2，日期格式 %3。</translation>
    </message>
    <message>
      <source>not needed</source>
      <translation>无需</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>行号</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Import summary</source>
      <translation>导入摘要</translation>
    </message>
    <message>
      <source>Every row read is imported, rejected with its reason, or a duplicate.</source>
      <translation>读取的每一行要么已导入，要么被拒绝（附原因），要么是重复行。</translation>
    </message>
    <message>
      <source>Save rejected rows as CSV…</source>
      <translation>将被拒绝的行保存为 CSV…</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::ImportWizard</name>
    <message>
      <source>Cannot open %1: %2</source>
      <translation>无法打开 %1：%2</translation>
    </message>
    <message>
      <source>Import transactions</source>
      <translation>导入交易</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::JobsPanel</name>
    <message numerus="yes">
      <source>%n job(s)</source>
      <translation>
        <numerusform>%n 个任务</numerusform>
      </translation>
    </message>
    <message>
      <source>Cancel "%1" (%2%)</source>
      <translation>取消“%1”（%2%）</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Cancel the newest running job</source>
      <translation>取消最新的运行中任务</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::LeaderboardModel</name>
    <message>
      <source>Best value of this metric</source>
      <translation>该指标的最佳值</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>模型</translation>
    </message>
    <message>
      <source>Fit (s)</source>
      <translation>耗时（秒）</translation>
    </message>
    <message>
      <source>Mean predicted value per evaluated customer over the horizon, discounted at %1 % a year</source>
      <translation>每位被评估客户在预测期内的平均预测价值，按每年 %1 % 折现</translation>
    </message>
    <message>
      <source>CLV</source>
      <translation>CLV</translation>
    </message>
    <message>
      <source>RMSE</source>
      <translation>RMSE</translation>
    </message>
    <message>
      <source>Root mean squared error of the predicted value over the horizon (lower is better)</source>
      <translation>预测期内预测价值的均方根误差（越低越好）</translation>
    </message>
    <message>
      <source>MAE</source>
      <translation>MAE</translation>
    </message>
    <message>
      <source>Mean absolute error of the predicted value over the horizon (lower is better)</source>
      <translation>预测期内预测价值的平均绝对误差（越低越好）</translation>
    </message>
    <message>
      <source>R²</source>
      <translation>R²</translation>
    </message>
    <message>
      <source>Coefficient of determination of the predicted value (higher is better; below 0 is worse than predicting the mean)</source>
      <translation>预测价值的决定系数（越高越好；低于 0 表示比直接预测均值更差）</translation>
    </message>
    <message>
      <source>Gini</source>
      <translation>基尼系数</translation>
    </message>
    <message>
      <source>Normalized Gini: how well the predicted value ranks the customers by their actual value (higher is better)</source>
      <translation>归一化基尼系数：预测价值按实际价值为客户排序的准确程度（越高越好）</translation>
    </message>
    <message>
      <source>Spear­man</source>
      <translation>斯皮尔曼</translation>
    </message>
    <message>
      <source>Spearman rank correlation between the predicted and the actual value (higher is better)</source>
      <translation>预测价值与实际价值之间的 Spearman 秩相关系数（越高越好）</translation>
    </message>
    <message>
      <source>Top 20%</source>
      <translation>前 20% 占比</translation>
    </message>
    <message>
      <source>Share of the actual value that the 20 % of customers with the highest predicted value brought in (higher is better)</source>
      <translation>预测价值最高的 20 % 客户所贡献的实际价值占比（越高越好）</translation>
    </message>
    <message>
      <source>Pred/Act</source>
      <translation>预测/实际</translation>
    </message>
    <message>
      <source>Total predicted value divided by the total actual value (closest to 1 is best)</source>
      <translation>预测总价值除以实际总价值（越接近 1 越好）</translation>
    </message>
    <message>
      <source>Decile MAPE</source>
      <translation>十分位 MAPE</translation>
    </message>
    <message>
      <source>Mean absolute percentage error of the mean predicted value per decile of the prediction (lower is better)</source>
      <translation>按预测值划分十分位后，各十分位平均预测价值的平均绝对百分比误差（越低越好）</translation>
    </message>
    <message>
      <source>Purch. MAE</source>
      <translation>购买 MAE</translation>
    </message>
    <message>
      <source>Mean absolute error of the expected number of purchases (lower is better; only models that forecast purchases)</source>
      <translation>预期购买次数的平均绝对误差（越低越好；仅限预测购买次数的模型）</translation>
    </message>
    <message>
      <source>Churn AUC</source>
      <translation>流失 AUC</translation>
    </message>
    <message>
      <source>Area under the ROC curve of the churn probability, churn being no purchase over the horizon (higher is better)</source>
      <translation>流失概率的 ROC 曲线下面积，流失指预测期内没有购买（越高越好）</translation>
    </message>
    <message>
      <source>Log loss</source>
      <translation>对数损失</translation>
    </message>
    <message>
      <source>Log loss of the churn probability (lower is better)</source>
      <translation>流失概率的对数损失（越低越好）</translation>
    </message>
    <message>
      <source>Churn F1</source>
      <translation>流失 F1</translation>
    </message>
    <message>
      <source>Churn acc.</source>
      <translation>流失准确率</translation>
    </message>
    <message>
      <source>The model, in the order trained; hover over a name for its id and notes</source>
      <translation>模型，按训练顺序排列；将鼠标悬停在名称上可查看其标识和说明</translation>
    </message>
    <message>
      <source>Seconds the model took to fit</source>
      <translation>模型拟合所用的秒数</translation>
    </message>
    <message>
      <source>F1 score of the churn prediction at the chosen threshold, by default the one that maximizes F1 (higher is better)</source>
      <translation>在所选阈值（默认为使 F1 最大的阈值）下流失预测的 F1 分数（越高越好）</translation>
    </message>
    <message>
      <source>Accuracy of the churn prediction at the same threshold (higher is better)</source>
      <translation>在同一阈值下流失预测的准确率（越高越好）</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::MainWindow</name>
    <message>
      <source>LTV Studio</source>
      <translation>LTV Studio</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;About LTV Studio</source>
      <translation>关于 LTV Studio(&amp;A)</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>就绪</translation>
    </message>
    <message>
      <source>About LTV Studio</source>
      <translation>关于 LTV Studio</translation>
    </message>
    <message>
      <source>&lt;h3&gt;LTV Studio %1&lt;/h3&gt;&lt;p&gt;Customer lifetime value prediction for e-commerce analysts: buy-till-you-die models and machine learning, evaluated honestly on a time-based holdout.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;LTV Studio %1&lt;/h3&gt;&lt;p&gt;面向电商分析师的客户终身价值预测：BTYD 统计模型与机器学习，在按时间划分的留出期上如实评估。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Jobs are running</source>
      <translation>任务正在运行</translation>
    </message>
    <message numerus="yes">
      <source>%n background job(s) still running. Cancel them and close?</source>
      <translation>
        <numerusform>仍有 %n 个后台任务在运行。要取消它们并关闭吗？</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 — LTV Studio</source>
      <translation>%1 — LTV Studio</translation>
    </message>
    <message>
      <source>&amp;New Project…</source>
      <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
      <source>&amp;Open Project…</source>
      <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
      <source>Save Project &amp;As…</source>
      <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
      <source>&amp;Import CSV…</source>
      <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
      <source>Open &amp;Demo Project</source>
      <translation>打开演示项目(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
      <source>Drawing the charts and writing the report files…</source>
      <translation>正在绘制图表并写入报告文件…</translation>
    </message>
    <message>
      <source>The report was cancelled.</source>
      <translation>报告已取消。</translation>
    </message>
    <message>
      <source>&amp;Export Report…</source>
      <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
      <source>Write the LTV report of the project as a PDF and an HTML folder, with the settings of the Models page</source>
      <translation>按“模型”页的设置，将项目的 LTV 报告写为 PDF 和 HTML 文件夹</translation>
    </message>
    <message>
      <source>Export Report</source>
      <translation>导出报告</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Writing the report…</source>
      <translation>正在生成报告…</translation>
    </message>
    <message>
      <source>Report written: %1</source>
      <translation>报告已写入：%1</translation>
    </message>
    <message>
      <source>Report written</source>
      <translation>报告已生成</translation>
    </message>
    <message>
      <source>The report was written to
%1

and as a web page to
%2</source>
      <translation>报告已写入
%1

网页版已写入
%2</translation>
    </message>
    <message>
      <source>Open PDF</source>
      <translation>打开 PDF</translation>
    </message>
    <message>
      <source>The report could not be written.</source>
      <translation>无法生成报告。</translation>
    </message>
    <message>
      <source>Report not written</source>
      <translation>报告未生成</translation>
    </message>
    <message>
      <source>The report could not be written:
%1</source>
      <translation>无法生成报告：
%1</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::ModelOptionsDialog</name>
    <message>
      <source>on</source>
      <translation>开</translation>
    </message>
    <message>
      <source>off</source>
      <translation>关</translation>
    </message>
    <message>
      <source>Options of %1</source>
      <translation>%1 的选项</translation>
    </message>
    <message>
      <source>, from %1 to %2</source>
      <translation>，范围 %1 至 %2</translation>
    </message>
    <message>
      <source>, at least %1</source>
      <translation>，至少 %1</translation>
    </message>
    <message>
      <source>Default: %1%2</source>
      <translation>默认值：%1%2</translation>
    </message>
    <message>
      <source>Reset to defaults</source>
      <translation>恢复默认值</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>确定</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Changed options apply the next time the model is trained. Hover over an option for its default and range.</source>
      <translation>更改的选项在下次训练该模型时生效。将鼠标悬停在选项上可查看其默认值和范围。</translation>
    </message>
    <message>
      <source>These options apply to %1 when %2 validates and refits it as a candidate (given as %3.NAME).</source>
      <translation>这些选项在 %2 将 %1 作为候选模型进行验证和重新拟合时生效（以 %3.NAME 形式传入）。</translation>
    </message>
    <message>
      <source>Options of the candidate %1</source>
      <translation>候选模型 %1 的选项</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::ModelsPage</name>
    <message>
      <source>BG/NBD + Gamma-Gamma</source>
      <translation>BG/NBD + Gamma-Gamma</translation>
    </message>
    <message>
      <source>Pareto/NBD + Gamma-Gamma</source>
      <translation>Pareto/NBD + Gamma-Gamma</translation>
    </message>
    <message>
      <source>Modified BG/NBD + Gamma-Gamma</source>
      <translation>修正 BG/NBD + Gamma-Gamma</translation>
    </message>
    <message>
      <source>Linear (ridge)</source>
      <translation>线性（岭回归）</translation>
    </message>
    <message>
      <source>Gradient boosting (XGBoost)</source>
      <translation>梯度提升（XGBoost）</translation>
    </message>
    <message>
      <source>Neural net, ZILN loss</source>
      <translation>神经网络（ZILN 损失）</translation>
    </message>
    <message>
      <source>1D-CNN over activity</source>
      <translation>基于活动序列的一维 CNN</translation>
    </message>
    <message>
      <source>GRU over activity</source>
      <translation>基于活动序列的 GRU</translation>
    </message>
    <message>
      <source>Auto (best on validation)</source>
      <translation>自动（按验证集选最佳）</translation>
    </message>
    <message>
      <source>Training was cancelled.</source>
      <translation>训练已取消。</translation>
    </message>
    <message>
      <source>Training failed: %1</source>
      <translation>训练失败：%1</translation>
    </message>
    <message>
      <source>Choose at least one model.</source>
      <translation>请至少选择一个模型。</translation>
    </message>
    <message>
      <source>Loading transactions…</source>
      <translation>正在加载交易…</translation>
    </message>
    <message>
      <source>Training models</source>
      <translation>正在训练模型</translation>
    </message>
    <message numerus="yes">
      <source>Trained %n model(s). The best value of each metric is highlighted.</source>
      <translation>
        <numerusform>已训练 %n 个模型。每项指标的最佳值已高亮显示。</numerusform>
      </translation>
    </message>
    <message>
      <source>network</source>
      <translation>网络</translation>
    </message>
    <message>
      <source>%1 training loss</source>
      <translation>%1 训练损失</translation>
    </message>
    <message>
      <source>%1 validation loss</source>
      <translation>%1 验证损失</translation>
    </message>
    <message>
      <source>Calibration end:</source>
      <translation>校准期截止：</translation>
    </message>
    <message>
      <source>Models learn from the data up to this day and are judged on the horizon after it.</source>
      <translation>模型使用截至该日的数据学习，并在其后的预测期内接受评估。</translation>
    </message>
    <message>
      <source>Horizon:</source>
      <translation>预测期：</translation>
    </message>
    <message>
      <source> weeks</source>
      <translation> 周</translation>
    </message>
    <message>
      <source>Time unit:</source>
      <translation>时间单位：</translation>
    </message>
    <message>
      <source>days</source>
      <translation>天</translation>
    </message>
    <message>
      <source>weeks</source>
      <translation>周</translation>
    </message>
    <message>
      <source>months</source>
      <translation>月</translation>
    </message>
    <message>
      <source>ML protocol:</source>
      <translation>机器学习方案：</translation>
    </message>
    <message>
      <source>shifted window (no leakage)</source>
      <translation>平移时间窗（无信息泄漏）</translation>
    </message>
    <message>
      <source>customer split</source>
      <translation>按客户划分</translation>
    </message>
    <message>
      <source>Models:</source>
      <translation>模型：</translation>
    </message>
    <message>
      <source>Train and evaluate</source>
      <translation>训练并评估</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Training loss of the neural nets, per epoch</source>
      <translation>神经网络每轮的训练损失</translation>
    </message>
    <message>
      <source>Epoch</source>
      <translation>轮次</translation>
    </message>
    <message>
      <source>Choose the models and press Train and evaluate.</source>
      <translation>选择模型后点击“训练并评估”。</translation>
    </message>
    <message>
      <source>Open a project first.</source>
      <translation>请先打开一个项目。</translation>
    </message>
    <message>
      <source>Options of %1</source>
      <translation>%1 的选项</translation>
    </message>
    <message>
      <source>Options of %1 (all at their defaults)…</source>
      <translation>%1 的选项（全部为默认值）…</translation>
    </message>
    <message>
      <source>Options of %1 changed from the defaults:
%2</source>
      <translation>%1 已偏离默认值的选项：
%2</translation>
    </message>
    <message>
      <source>The discount rate and model options could not be saved in the project just now; they still apply to this training.</source>
      <translation>折现率和模型选项暂时无法保存到项目中；它们仍适用于本次训练。</translation>
    </message>
    <message>
      <source>CLV: mean predicted value per evaluated customer over the horizon, discounted at %1 % a year.</source>
      <translation>CLV：每位被评估客户在预测期内的平均预测价值，按每年 %1 % 折现。</translation>
    </message>
    <message>
      <source>Discount rate:</source>
      <translation>折现率：</translation>
    </message>
    <message>
      <source> % a year</source>
      <translation> %/年</translation>
    </message>
    <message>
      <source>Annual discount rate of the value each model forecasts (the CLV column). The scores compare undiscounted values with the revenue that came in.</source>
      <translation>各模型预测价值（CLV 列）的年折现率。各项评分比较的是未折现的预测价值与实际收入。</translation>
    </message>
    <message>
      <source>Loss (log scale)</source>
      <translation>损失（对数轴）</translation>
    </message>
    <message>
      <source>Loss (linear scale)</source>
      <translation>损失（线性轴）</translation>
    </message>
    <message>
      <source>The loss of each neural network appears here, epoch by epoch, while it trains.</source>
      <translation>训练时，每个神经网络的损失会按轮次显示在这里。</translation>
    </message>
    <message>
      <source>Used: %1</source>
      <translation>实际使用：%1</translation>
    </message>
    <message>
      <source>automatic</source>
      <translation>自动</translation>
    </message>
    <message>
      <source>Automatic takes the shifted window when its training cut leaves at least %1 customers with history (and %2 % of all), and at least %3 who buy and %3 who do not in its label period; otherwise the customer split.</source>
      <translation>自动：当平移时间窗的训练截止日之前至少有 %1 位有历史的客户（且不少于全部客户的 %2 %），并且其标签期内至少有 %3 位客户购买、%3 位客户未购买时，使用平移时间窗；否则使用按客户划分。</translation>
    </message>
    <message>
      <source>The training in progress was stopped because the project or its data changed. Press Train and evaluate to start again.</source>
      <translation>项目或其数据已更改，正在进行的训练已停止。点击“训练并评估”重新开始。</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::PagedSqlTableModel</name>
    <message>
      <source>Loading table</source>
      <translation>正在加载表格</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::PlaybookModel</name>
    <message>
      <source>Segment</source>
      <translation>分群</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>行动</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <source>Max spend (% of LTV)</source>
      <translation>最高支出（占 LTV 的 %）</translation>
    </message>
    <message>
      <source>Assumed uplift (%)</source>
      <translation>假定提升（%）</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Predicted value</source>
      <translation>预测价值</translation>
    </message>
    <message>
      <source>Rationale</source>
      <translation>理由</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::PreferencesDialog</name>
    <message>
      <source>Preferences</source>
      <translation>首选项</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>系统语言</translation>
    </message>
    <message>
      <source>ISO (2024-03-05)</source>
      <translation>ISO（2024-03-05）</translation>
    </message>
    <message>
      <source>The language's short format</source>
      <translation>所选语言的短日期格式</translation>
    </message>
    <message>
      <source> weeks</source>
      <translation> 周</translation>
    </message>
    <message>
      <source> % a year</source>
      <translation> %/年</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>语言：</translation>
    </message>
    <message>
      <source>Decimals for money and rates:</source>
      <translation>金额和比率的小数位数：</translation>
    </message>
    <message>
      <source>Dates:</source>
      <translation>日期：</translation>
    </message>
    <message>
      <source>Default prediction horizon:</source>
      <translation>默认预测期：</translation>
    </message>
    <message>
      <source>Default discount rate:</source>
      <translation>默认折现率：</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::ProjectController</name>
    <message>
      <source>LTV Studio projects (*.ltv)</source>
      <translation>LTV Studio 项目 (*.ltv)</translation>
    </message>
    <message>
      <source>New project</source>
      <translation>新建项目</translation>
    </message>
    <message>
      <source>Cannot replace %1.</source>
      <translation>无法替换 %1。</translation>
    </message>
    <message>
      <source>Open project</source>
      <translation>打开项目</translation>
    </message>
    <message>
      <source>Save project as</source>
      <translation>项目另存为</translation>
    </message>
    <message>
      <source>Building the demo project</source>
      <translation>正在构建演示项目</translation>
    </message>
    <message>
      <source>Demo project</source>
      <translation>演示项目</translation>
    </message>
    <message>
      <source>The demo project could not be built: %1</source>
      <translation>无法构建演示项目：%1</translation>
    </message>
    <message>
      <source>Create a project for the import</source>
      <translation>为导入创建项目</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <source>The project file %1 does not exist.</source>
      <translation>项目文件 %1 不存在。</translation>
    </message>
    <message>
      <source>Opening %1</source>
      <translation>正在打开 %1</translation>
    </message>
    <message>
      <source>Cannot open %1: %2</source>
      <translation>无法打开 %1：%2</translation>
    </message>
    <message>
      <source>Saving %1</source>
      <translation>正在保存 %1</translation>
    </message>
    <message>
      <source>Cannot save %1: %2</source>
      <translation>无法保存 %1：%2</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::ProjectSession</name>
    <message>
      <source>The project file %1 does not exist.</source>
      <translation>项目文件 %1 不存在。</translation>
    </message>
    <message>
      <source>Cannot open %1: %2</source>
      <translation>无法打开 %1：%2</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::QualityTab</name>
    <message>
      <source>Checking the data…</source>
      <translation>正在检查数据…</translation>
    </message>
    <message>
      <source>Data-quality check</source>
      <translation>数据质量检查</translation>
    </message>
    <message>
      <source>Loading transactions</source>
      <translation>正在加载交易</translation>
    </message>
    <message>
      <source>The check failed: %1</source>
      <translation>检查失败：%1</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>检查项</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>行数</translation>
    </message>
    <message>
      <source>What was done</source>
      <translation>处理方式</translation>
    </message>
    <message>
      <source>Lines checked</source>
      <translation>已检查的行</translation>
    </message>
    <message>
      <source>%1 lines kept</source>
      <translation>保留 %1 行</translation>
    </message>
    <message>
      <source>%1 imputed (%2)</source>
      <translation>已填补 %1 个（%2）</translation>
    </message>
    <message>
      <source>lines removed</source>
      <translation>已删除相关行</translation>
    </message>
    <message>
      <source>none needed</source>
      <translation>无需处理</translation>
    </message>
    <message>
      <source>%1 capped</source>
      <translation>已截尾 %1 个</translation>
    </message>
    <message>
      <source>%1 removed</source>
      <translation>已删除 %1 个</translation>
    </message>
    <message>
      <source>Duplicate lines</source>
      <translation>重复行</translation>
    </message>
    <message>
      <source>kept</source>
      <translation>保留</translation>
    </message>
    <message>
      <source>Purchases with a non-positive amount</source>
      <translation>金额非正的购买</translation>
    </message>
    <message>
      <source>kept, shown for review</source>
      <translation>保留，供复核</translation>
    </message>
    <message>
      <source>Dates in the future</source>
      <translation>未来日期</translation>
    </message>
    <message>
      <source>Options: %1</source>
      <translation>选项：%1</translation>
    </message>
    <message>
      <source>Missing values:</source>
      <translation>缺失值：</translation>
    </message>
    <message>
      <source>remove lines</source>
      <translation>删除行</translation>
    </message>
    <message>
      <source>fill with mean</source>
      <translation>用均值填补</translation>
    </message>
    <message>
      <source>fill with median</source>
      <translation>用中位数填补</translation>
    </message>
    <message>
      <source>interpolate</source>
      <translation>插值</translation>
    </message>
    <message>
      <source>Outliers:</source>
      <translation>异常值：</translation>
    </message>
    <message>
      <source>no rule</source>
      <translation>不检测</translation>
    </message>
    <message>
      <source>3-sigma rule</source>
      <translation>3σ 规则</translation>
    </message>
    <message>
      <source>IQR rule</source>
      <translation>IQR 规则</translation>
    </message>
    <message>
      <source>flag</source>
      <translation>标记</translation>
    </message>
    <message>
      <source>cap (winsorise)</source>
      <translation>截尾（缩尾处理）</translation>
    </message>
    <message>
      <source>exclude</source>
      <translation>排除</translation>
    </message>
    <message>
      <source>Remove duplicate lines</source>
      <translation>删除重复行</translation>
    </message>
    <message>
      <source>Check data</source>
      <translation>检查数据</translation>
    </message>
    <message>
      <source>Choose the options and press Check data.</source>
      <translation>选择选项后点击“检查数据”。</translation>
    </message>
    <message>
      <source>The check was cancelled. The table shows the previous check.</source>
      <translation>检查已取消。表格显示的是上一次检查的结果。</translation>
    </message>
    <message>
      <source>The check was cancelled. Press Check data to run it again.</source>
      <translation>检查已取消。点击“检查数据”可重新运行。</translation>
    </message>
    <message>
      <source>Products</source>
      <translation>产品</translation>
    </message>
    <message>
      <source>the data have no product column</source>
      <translation>数据中没有产品列</translation>
    </message>
    <message>
      <source>Missing amounts</source>
      <translation>缺失金额</translation>
    </message>
    <message>
      <source>Missing quantities</source>
      <translation>缺失数量</translation>
    </message>
    <message>
      <source>Lines without a product</source>
      <translation>无产品的行</translation>
    </message>
    <message>
      <source>Customers with no %1</source>
      <translation>%1 为空的客户</translation>
    </message>
    <message>
      <source>Outlying purchase amounts</source>
      <translation>异常购买金额</translation>
    </message>
    <message>
      <source>not checked</source>
      <translation>未检查</translation>
    </message>
    <message>
      <source>below %1 or above %2</source>
      <translation>低于 %1 或高于 %2</translation>
    </message>
    <message>
      <source>above %1</source>
      <translation>高于 %1</translation>
    </message>
    <message>
      <source>flagged, not changed</source>
      <translation>仅标记，未修改</translation>
    </message>
    <message>
      <source>Outlying purchase amounts (%1, %2)</source>
      <translation>异常购买金额（%1，%2）</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::RecommendationsPage</name>
    <message>
      <source>Recommendations</source>
      <translation>营销建议</translation>
    </message>
    <message>
      <source>Segments:</source>
      <translation>分群方式：</translation>
    </message>
    <message>
      <source>RFM segments</source>
      <translation>RFM 分群</translation>
    </message>
    <message>
      <source>Value × risk grid</source>
      <translation>价值 × 风险矩阵</translation>
    </message>
    <message>
      <source>Playbook</source>
      <translation>营销策略表</translation>
    </message>
    <message>
      <source>Budget plan</source>
      <translation>预算计划</translation>
    </message>
    <message>
      <source>Retention list</source>
      <translation>挽留名单</translation>
    </message>
    <message>
      <source>Cross-sell</source>
      <translation>交叉销售</translation>
    </message>
    <message>
      <source>Inventory</source>
      <translation>库存</translation>
    </message>
    <message>
      <source>Budget:</source>
      <translation>预算：</translation>
    </message>
    <message>
      <source>Cost per contact:</source>
      <translation>单次触达成本：</translation>
    </message>
    <message>
      <source>Gross margin:</source>
      <translation>毛利率：</translation>
    </message>
    <message>
      <source> %</source>
      <translation> %</translation>
    </message>
    <message>
      <source>Customers ranked by value at risk: predicted value × churn probability.</source>
      <translation>按风险价值（预测价值 × 流失概率）排序的客户。</translation>
    </message>
    <message>
      <source>Products bought together (association rules)</source>
      <translation>经常一起购买的商品（关联规则）</translation>
    </message>
    <message>
      <source>Next product per customer</source>
      <translation>每位客户的下一件推荐商品</translation>
    </message>
    <message>
      <source>Open a project to see recommendations.</source>
      <translation>请打开一个项目以查看推荐。</translation>
    </message>
    <message>
      <source>Computing predictions and segments…</source>
      <translation>正在计算预测与分群…</translation>
    </message>
    <message>
      <source>The computation failed: %1</source>
      <translation>计算失败：%1</translation>
    </message>
    <message>
      <source>Based on the %1 model fitted up to %2 (change it on the Segments page).</source>
      <translation>基于截至 %2 拟合的 %1（可在“分群”页更改）。</translation>
    </message>
    <message>
      <source>Compute the segments on the Segments page first.</source>
      <translation>请先在“分群”页计算分群。</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>分群</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>行动</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Eligible</source>
      <translation>符合条件</translation>
    </message>
    <message>
      <source>Contacted</source>
      <translation>已触达</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>预算</translation>
    </message>
    <message>
      <source>Expected incremental value</source>
      <translation>预期增量价值</translation>
    </message>
    <message>
      <source>Expected net return</source>
      <translation>预期净回报</translation>
    </message>
    <message>
      <source>ROI</source>
      <translation>投资回报率</translation>
    </message>
    <message>
      <source>Expected ROI per segment</source>
      <translation>各分群的预期投资回报率</translation>
    </message>
    <message>
      <source>Expected ROI (net return per unit spent)</source>
      <translation>预期投资回报率（每单位支出的净回报）</translation>
    </message>
    <message>
      <source>Expected ROI per funded segment</source>
      <translation>各获资助分群的预期投资回报率</translation>
    </message>
    <message>
      <source>%1 contacts cost %2 and are expected to bring %3 of incremental value: a net return of %4 (ROI %5).%6</source>
      <translation>%1 次触达花费 %2，预期带来 %3 的增量价值：净回报 %4（投资回报率 %5）。%6</translation>
    </message>
    <message>
      <source> The budget is binding: more customers would be worth contacting.</source>
      <translation>预算不足：还有更多值得触达的客户。</translation>
    </message>
    <message>
      <source> Every customer worth contacting is funded.</source>
      <translation>所有值得触达的客户均已获得预算。</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>排名</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Predicted value</source>
      <translation>预测价值</translation>
    </message>
    <message>
      <source>Churn probability</source>
      <translation>流失概率</translation>
    </message>
    <message>
      <source>Value at risk</source>
      <translation>风险价值</translation>
    </message>
    <message>
      <source>Last purchase</source>
      <translation>最近购买</translation>
    </message>
    <message>
      <source>If bought</source>
      <translation>若购买了</translation>
    </message>
    <message>
      <source>Also buys</source>
      <translation>也会购买</translation>
    </message>
    <message>
      <source>Baskets</source>
      <translation>购物篮数</translation>
    </message>
    <message>
      <source>Support</source>
      <translation>支持度</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>置信度</translation>
    </message>
    <message>
      <source>Lift</source>
      <translation>提升度</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>商品</translation>
    </message>
    <message>
      <source>Because of</source>
      <translation>推荐依据</translation>
    </message>
    <message>
      <source>Expected units</source>
      <translation>预期件数</translation>
    </message>
    <message>
      <source>Expected units, high-value customers</source>
      <translation>高价值客户的预期件数</translation>
    </message>
    <message>
      <source>High-value share (%)</source>
      <translation>高价值客户占比（%）</translation>
    </message>
    <message>
      <source>Past units</source>
      <translation>历史件数</translation>
    </message>
    <message>
      <source>This data set has no product column, so there are no cross-sell rules or inventory signal. Import transactions with a product to see them.</source>
      <translation>此数据集没有商品列，因此没有交叉销售规则和库存信号。请导入含商品信息的交易数据以查看。</translation>
    </message>
    <message>
      <source>No results yet.</source>
      <translation>尚无结果。</translation>
    </message>
    <message>
      <source>%1 rules over %2 baskets; products a customer already bought are never suggested.</source>
      <translation>基于 %2 个购物篮得到 %1 条规则；客户已购买过的商品不会被推荐。</translation>
    </message>
    <message>
      <source>Expected units per product over the next %1 weeks: each expected purchase repeats the customer's average basket.</source>
      <translation>未来 %1 周各商品的预期件数：每次预期购买按该客户的平均购物篮计算。</translation>
    </message>
    <message>
      <source>One action per segment. Double-click the action, channel, spending cap or uplift to change them; the budget plan and the retention list follow. Changes are saved in the project.</source>
      <translation>每个分群一项行动。双击行动、渠道、支出上限或提升即可修改，预算方案和挽留名单会随之更新。修改会保存在项目中。</translation>
    </message>
    <message>
      <source>Reset playbook to defaults</source>
      <translation>恢复默认营销策略表</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::RfmRulesModel</name>
    <message>
      <source>Earlier rules already cover every score this rule matches, so it never names anyone.</source>
      <translation>此规则匹配的所有评分组合已被前面的规则覆盖，因此不会命中任何客户。</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>分群</translation>
    </message>
    <message>
      <source>R from</source>
      <translation>R 从</translation>
    </message>
    <message>
      <source>R to</source>
      <translation>R 到</translation>
    </message>
    <message>
      <source>F from</source>
      <translation>F 从</translation>
    </message>
    <message>
      <source>F to</source>
      <translation>F 到</translation>
    </message>
    <message>
      <source>M from</source>
      <translation>M 从</translation>
    </message>
    <message>
      <source>M to</source>
      <translation>M 到</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>客户</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::SegmentsPage</name>
    <message>
      <source>New segment</source>
      <translation>新分群</translation>
    </message>
    <message>
      <source>Segments</source>
      <translation>客户分群</translation>
    </message>
    <message>
      <source>Model:</source>
      <translation>模型：</translation>
    </message>
    <message>
      <source>BG/NBD</source>
      <translation>BG/NBD 模型</translation>
    </message>
    <message>
      <source>Pareto/NBD</source>
      <translation>Pareto/NBD 模型</translation>
    </message>
    <message>
      <source>MBG/NBD</source>
      <translation>MBG/NBD 模型</translation>
    </message>
    <message>
      <source>As of:</source>
      <translation>截至日期：</translation>
    </message>
    <message>
      <source>Horizon:</source>
      <translation>预测期：</translation>
    </message>
    <message>
      <source> weeks</source>
      <translation> 周</translation>
    </message>
    <message>
      <source>Compute segments</source>
      <translation>计算分群</translation>
    </message>
    <message>
      <source>Segment sizes and value</source>
      <translation>分群规模与价值</translation>
    </message>
    <message>
      <source>Value × risk</source>
      <translation>价值 × 风险</translation>
    </message>
    <message>
      <source>RFM segments and rules</source>
      <translation>RFM 分群与规则</translation>
    </message>
    <message>
      <source>Clusters</source>
      <translation>聚类</translation>
    </message>
    <message>
      <source>Add rule</source>
      <translation>添加规则</translation>
    </message>
    <message>
      <source>Remove rule</source>
      <translation>删除规则</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <source>Open a project to compute segments.</source>
      <translation>请打开一个项目以计算分群。</translation>
    </message>
    <message>
      <source>Computing predictions and segments…</source>
      <translation>正在计算预测与分群…</translation>
    </message>
    <message>
      <source>The computation failed: %1</source>
      <translation>计算失败：%1</translation>
    </message>
    <message>
      <source>Press “Compute segments” to fit the model and segment the customers.</source>
      <translation>点击“计算分群”以拟合模型并对客户分群。</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>分群</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Share (%)</source>
      <translation>占比（%）</translation>
    </message>
    <message>
      <source>Mean recency (days)</source>
      <translation>平均最近购买间隔（天）</translation>
    </message>
    <message>
      <source>Mean purchase days</source>
      <translation>平均购买天数</translation>
    </message>
    <message>
      <source>Mean spend</source>
      <translation>平均消费额</translation>
    </message>
    <message>
      <source>Customers per RFM segment</source>
      <translation>各 RFM 分群的客户数</translation>
    </message>
    <message>
      <source>Predicted value per RFM segment</source>
      <translation>各 RFM 分群的预测价值</translation>
    </message>
    <message>
      <source>RFM segment</source>
      <translation>RFM 分群</translation>
    </message>
    <message>
      <source>Predicted value in the horizon</source>
      <translation>预测期内的预测价值</translation>
    </message>
    <message>
      <source>Predicted value</source>
      <translation>预测价值</translation>
    </message>
    <message>
      <source>Total predicted value</source>
      <translation>预测价值合计</translation>
    </message>
    <message>
      <source>Mean predicted value</source>
      <translation>平均预测价值</translation>
    </message>
    <message>
      <source>Value share (%)</source>
      <translation>价值占比（%）</translation>
    </message>
    <message>
      <source>Value at risk</source>
      <translation>风险价值</translation>
    </message>
    <message>
      <source>Mean churn probability</source>
      <translation>平均流失概率</translation>
    </message>
    <message>
      <source>Expected purchases</source>
      <translation>预期购买次数</translation>
    </message>
    <message>
      <source>Value × risk grid</source>
      <translation>价值 × 风险矩阵</translation>
    </message>
    <message>
      <source>High value</source>
      <translation>高价值</translation>
    </message>
    <message>
      <source>Medium value</source>
      <translation>中价值</translation>
    </message>
    <message>
      <source>Low value</source>
      <translation>低价值</translation>
    </message>
    <message>
      <source>Low risk</source>
      <translation>低风险</translation>
    </message>
    <message>
      <source>Medium risk</source>
      <translation>中风险</translation>
    </message>
    <message>
      <source>High risk</source>
      <translation>高风险</translation>
    </message>
    <message>
      <source>Predicted value tier</source>
      <translation>预测价值层级</translation>
    </message>
    <message>
      <source>Churn risk</source>
      <translation>流失风险</translation>
    </message>
    <message>
      <source>Value × risk grid: customers and predicted value per cell</source>
      <translation>价值 × 风险矩阵：各单元格的客户数与预测价值</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>聚类</translation>
    </message>
    <message>
      <source>No clusters yet.</source>
      <translation>尚无聚类结果。</translation>
    </message>
    <message>
      <source>Mean %1</source>
      <translation>平均 %1</translation>
    </message>
    <message>
      <source>k-means on standardised features; k = %1 has the best mean silhouette (%2) among k = 2 to 8.</source>
      <translation>基于标准化特征的 k 均值聚类；在 k = 2 到 8 中，k = %1 的平均轮廓系数最佳（%2）。</translation>
    </message>
    <message>
      <source>Predicted value in the horizon (thousands)</source>
      <translation>预测期内的预测价值（千）</translation>
    </message>
    <message>
      <source>Rules are tried from the top; the first whose R, F and M score ranges (1 to 5) all match names the customer. Double-click a cell to edit it: the segments update at once and the table is saved in the project.</source>
      <translation>规则自上而下依次匹配；第一条 R、F、M 评分区间（1 到 5）全部符合的规则决定客户所属分群。双击单元格即可编辑，分群会立即更新，规则表会保存在项目中。</translation>
    </message>
    <message>
      <source>Reset rules to defaults</source>
      <translation>恢复默认规则</translation>
    </message>
    <message>
      <source>Grid:</source>
      <translation>网格：</translation>
    </message>
    <message>
      <source>High value = top</source>
      <translation>高价值 = 前</translation>
    </message>
    <message>
      <source>Medium = next</source>
      <translation>中价值 = 其后</translation>
    </message>
    <message>
      <source>Low risk below</source>
      <translation>低风险低于</translation>
    </message>
    <message>
      <source>High risk above</source>
      <translation>高风险高于</translation>
    </message>
    <message>
      <source> %</source>
      <translation> %</translation>
    </message>
    <message>
      <source>Risk = churn probability</source>
      <translation>风险 = 流失概率</translation>
    </message>
    <message>
      <source>Risk = 1 − P(alive)</source>
      <translation>风险 = 1 − P(存活)</translation>
    </message>
    <message>
      <source>Reset grid to defaults</source>
      <translation>恢复默认网格</translation>
    </message>
    <message numerus="yes">
      <source>%Ln customer(s), %1 model fitted on the history up to %2, value predicted for the next %3 weeks.</source>
      <translation>
        <numerusform>%Ln 位客户；%1基于截至 %2 的历史数据拟合，预测未来 %3 周的价值。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln customer(s)
value %1</source>
      <translation>
        <numerusform>%Ln 位客户
价值 %1</numerusform>
      </translation>
    </message>
    <message>
      <source>Mean P(alive)</source>
      <translation>平均存活概率 P(alive)</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::SegmentsSession</name>
    <message>
      <source>The computation was cancelled.</source>
      <translation>计算已取消。</translation>
    </message>
    <message>
      <source>Segments and recommendations</source>
      <translation>分群与推荐</translation>
    </message>
    <message>
      <source>The project's segment settings cannot be read, so the defaults are used: %1</source>
      <translation>无法读取项目的分群设置，已改用默认设置：%1</translation>
    </message>
    <message>
      <source>The segment settings could not be saved in the project: %1</source>
      <translation>分群设置未能保存到项目中：%1</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::TransactionsTableModel</name>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Invoice</source>
      <translation>发票</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>商品</translation>
    </message>
    <message>
      <source>Return</source>
      <translation>退货</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::WelcomePage</name>
    <message>
      <source>Welcome to LTV Studio</source>
      <translation>欢迎使用 LTV Studio</translation>
    </message>
    <message>
      <source>Predict what each customer will be worth, see how sure the prediction is, and decide what to do about it. Start with the demo data or bring your shop's transaction export.</source>
      <translation>预测每位客户未来的价值，了解预测的把握有多大，并决定采取什么行动。可以从演示数据开始，也可以导入您店铺导出的交易数据。</translation>
    </message>
    <message>
      <source>Open demo project</source>
      <translation>打开演示项目</translation>
    </message>
    <message>
      <source>New project…</source>
      <translation>新建项目…</translation>
    </message>
    <message>
      <source>Open project…</source>
      <translation>打开项目…</translation>
    </message>
    <message>
      <source>Import a CSV file…</source>
      <translation>导入 CSV 文件…</translation>
    </message>
    <message>
      <source>Recent projects</source>
      <translation>最近的项目</translation>
    </message>
    <message>
      <source>Tip: drop a .ltv project or a .csv file anywhere on this window.</source>
      <translation>提示：可将 .ltv 项目或 .csv 文件拖放到窗口的任意位置。</translation>
    </message>
    <message>
      <source>No recent projects yet.</source>
      <translation>还没有最近的项目。</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::charts</name>
    <message>
      <source>Cannot create the folder %1.</source>
      <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
      <source>Cannot write %1.</source>
      <translation>无法写入 %1。</translation>
    </message>
    <message>
      <source>Chart exported by LTV Studio</source>
      <translation>由 LTV Studio 导出的图表</translation>
    </message>
    <message>
      <source>Unknown image format for %1 (use .png, .svg or .pdf).</source>
      <translation>%1 的图像格式未知（请使用 .png、.svg 或 .pdf）。</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::charts::CalibrationChart</name>
    <message>
      <source>Holdout purchases by calibration frequency</source>
      <translation>按校准期购买频次的留出期购买次数</translation>
    </message>
    <message>
      <source>Actual</source>
      <translation>实际</translation>
    </message>
    <message>
      <source>Predicted</source>
      <translation>预测</translation>
    </message>
    <message>
      <source>Repeat purchases in the calibration period</source>
      <translation>校准期内的重复购买次数</translation>
    </message>
    <message>
      <source>Mean purchases in the holdout period</source>
      <translation>留出期内的平均购买次数</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::charts::ChartPanel</name>
    <message>
      <source>PNG image (*.png)</source>
      <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
      <source>SVG image (*.svg)</source>
      <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
      <source>Save chart</source>
      <translation>保存图表</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <source>Save or copy this chart</source>
      <translation>保存或复制此图表</translation>
    </message>
    <message>
      <source>Save as PNG…</source>
      <translation>另存为 PNG…</translation>
    </message>
    <message>
      <source>Save as PNG (2x)…</source>
      <translation>另存为 PNG（2 倍）…</translation>
    </message>
    <message>
      <source>Save as SVG…</source>
      <translation>另存为 SVG…</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>另存为 PDF…</translation>
    </message>
    <message>
      <source>Copy to clipboard</source>
      <translation>复制到剪贴板</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::charts::ConfusionMatrixChart</name>
    <message>
      <source>Positive</source>
      <translation>正类</translation>
    </message>
    <message>
      <source>Negative</source>
      <translation>负类</translation>
    </message>
    <message>
      <source>Actual class</source>
      <translation>实际类别</translation>
    </message>
    <message>
      <source>Predicted class</source>
      <translation>预测类别</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>%1
(%2%)</source>
      <translation>%1
（%2%）</translation>
    </message>
    <message>
      <source>Confusion matrix at threshold %1</source>
      <translation>阈值 %1 下的混淆矩阵</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::charts::DecileChart</name>
    <message>
      <source>Predicted vs actual mean by decile</source>
      <translation>各十分位的预测均值与实际均值</translation>
    </message>
    <message>
      <source>%1 (decile MAPE %2%)</source>
      <translation>%1（十分位 MAPE %2%）</translation>
    </message>
    <message>
      <source>Predicted mean</source>
      <translation>预测均值</translation>
    </message>
    <message>
      <source>Actual mean</source>
      <translation>实际均值</translation>
    </message>
    <message>
      <source>Decile of the prediction (1 = highest)</source>
      <translation>预测值十分位（1 = 最高）</translation>
    </message>
    <message>
      <source>Mean value per customer</source>
      <translation>每位客户的平均价值</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::charts::GainChart</name>
    <message>
      <source>Cumulative gain</source>
      <translation>累积增益</translation>
    </message>
    <message>
      <source>Cumulative lift</source>
      <translation>累积提升度</translation>
    </message>
    <message>
      <source>%1 — Gini %2</source>
      <translation>%1 — 基尼系数 %2</translation>
    </message>
    <message>
      <source>Customers targeted, ranked by prediction (share)</source>
      <translation>按预测值排序覆盖的客户（占比）</translation>
    </message>
    <message>
      <source>Share of actual value captured</source>
      <translation>捕获的实际价值占比</translation>
    </message>
    <message>
      <source>Cumulative lift (× random targeting)</source>
      <translation>累积提升度（相对随机投放的倍数）</translation>
    </message>
    <message>
      <source>%1 (Gini %2)</source>
      <translation>%1（基尼系数 %2）</translation>
    </message>
    <message>
      <source>Perfect ranking</source>
      <translation>完美排序</translation>
    </message>
    <message>
      <source>Random targeting</source>
      <translation>随机投放</translation>
    </message>
    <message>
      <source>Random targeting (lift 1)</source>
      <translation>随机投放（提升度 1）</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::charts::HistogramChart</name>
    <message>
      <source>Distribution of predicted value</source>
      <translation>预测价值分布</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Value per customer</source>
      <translation>每位客户的价值</translation>
    </message>
    <message>
      <source>%1, log scale</source>
      <translation>%1，对数刻度</translation>
    </message>
    <message>
      <source>Mean %1</source>
      <translation>平均 %1</translation>
    </message>
    <message>
      <source>Median %1</source>
      <translation>中位数 %1</translation>
    </message>
    <message numerus="yes">
      <source>%1 (%Ln customer(s) at 0 or below not shown on the log scale)</source>
      <translation>
        <numerusform>%1（对数刻度下未显示 %Ln 位取值小于等于 0 的客户）</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::charts::LineChart</name>
    <message>
      <source>Epoch</source>
      <translation>轮次</translation>
    </message>
    <message>
      <source>Loss</source>
      <translation>损失</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::charts::RocChart</name>
    <message>
      <source>%1 (AUC n/a)</source>
      <translation>%1（AUC 不可用）</translation>
    </message>
    <message>
      <source>%1 (AUC %2)</source>
      <translation>%1（AUC %2）</translation>
    </message>
    <message>
      <source>ROC curves</source>
      <translation>ROC 曲线</translation>
    </message>
    <message>
      <source>False positive rate (1 − specificity)</source>
      <translation>假阳性率（1 − 特异度）</translation>
    </message>
    <message>
      <source>True positive rate (recall)</source>
      <translation>真阳性率（召回率）</translation>
    </message>
    <message>
      <source>Chance (AUC 0.500)</source>
      <translation>随机（AUC 0.500）</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::charts::ThresholdConfusionView</name>
    <message>
      <source>Precision: %1</source>
      <translation>精确率：%1</translation>
    </message>
    <message>
      <source>Recall: %1</source>
      <translation>召回率：%1</translation>
    </message>
    <message>
      <source>F1: %1</source>
      <translation>F1：%1</translation>
    </message>
    <message>
      <source>Accuracy: %1</source>
      <translation>准确率：%1</translation>
    </message>
    <message>
      <source>Threshold:</source>
      <translation>阈值：</translation>
    </message>
    <message>
      <source>Customers whose score is at least the threshold are predicted positive</source>
      <translation>得分不低于阈值的客户被预测为正类</translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::charts::TrackingChart</name>
    <message>
      <source>Tracking: actual vs expected transactions</source>
      <translation>跟踪：实际与预期交易</translation>
    </message>
    <message>
      <source>Actual</source>
      <translation>实际</translation>
    </message>
    <message>
      <source>Expected by the model</source>
      <translation>模型预期</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Cumulative repeat transactions</source>
      <translation>累计重复交易</translation>
    </message>
    <message>
      <source>End of calibration</source>
      <translation>校准期结束</translation>
    </message>
  </context>
  <context>
    <name>nn</name>
    <message>
      <source>The model needs a feature matrix.</source>
      <translation>模型需要特征矩阵。</translation>
    </message>
    <message>
      <source>The feature columns differ from the ones the model was trained on.</source>
      <translation>特征列与模型训练时的不同。</translation>
    </message>
    <message>
      <source>The model needs activity sequences.</source>
      <translation>模型需要活跃度序列。</translation>
    </message>
    <message>
      <source>The activity sequences differ from the ones the model was trained on.</source>
      <translation>活跃度序列与模型训练时的不同。</translation>
    </message>
    <message>
      <source>The feature matrix and the sequences have different customers.</source>
      <translation>特征矩阵与序列中的客户不同。</translation>
    </message>
  </context>
</TS>
