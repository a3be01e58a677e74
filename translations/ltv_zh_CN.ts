<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
      <translation>把分群转化为营销行动：行动手册、含预期回报的预算分配、挽留名单、交叉销售建议和库存信号。</translation>
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
      <source>Loading the project</source>
      <translation>正在加载项目</translation>
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
      <source>%1: predicted vs actual holdout revenue by decile</source>
      <translation>%1：按十分位的预测与实际留存期收入</translation>
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
      <source>%1 customers, %2 transactions, %3 to %4</source>
      <translation>%1 位客户，%2 笔交易，%3 至 %4</translation>
    </message>
    <message>
      <source>Created %1 by LTV Studio %2</source>
      <translation>由 LTV Studio %2 于 %1 生成</translation>
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
      <source>Predicted value against holdout revenue</source>
      <translation>预测价值与留存期收入对比</translation>
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
      <source>Budget plan</source>
      <translation>预算计划</translation>
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
      <source>%1 transactions shown</source>
      <translation>显示 %1 笔交易</translation>
    </message>
    <message>
      <source>%1 customers shown</source>
      <translation>显示 %1 位客户</translation>
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
  </context>
  <context>
    <name>ltv::ui::PagedSqlTableModel</name>
    <message>
      <source>Loading table</source>
      <translation>正在加载表格</translation>
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
    <message>
      <source>No project is open.</source>
      <translation>尚未打开项目。</translation>
    </message>
    <message>
      <source>Cannot replace %1.</source>
      <translation>无法替换 %1。</translation>
    </message>
    <message>
      <source>Cannot save %1: %2</source>
      <translation>无法保存 %1：%2</translation>
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
      <source>Missing values in %1</source>
      <translation>%1 中的缺失值</translation>
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
      <source>Outlying amounts (%1, outside %2 to %3)</source>
      <translation>异常金额（%1，超出 %2 至 %3）</translation>
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot write %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chart exported by LTV Studio</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown image format for %1 (use .png, .svg or .pdf).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ltv::ui::charts::CalibrationChart</name>
    <message>
      <source>Holdout purchases by calibration frequency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actual</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Predicted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Repeat purchases in the calibration period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mean purchases in the holdout period</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ltv::ui::charts::ChartPanel</name>
    <message>
      <source>PNG image (*.png)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SVG image (*.svg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save chart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save or copy this chart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save as PNG…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save as PNG (2x)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save as SVG…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy to clipboard</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ltv::ui::charts::ConfusionMatrixChart</name>
    <message>
      <source>Positive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actual class</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Predicted class</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>%1
(%2%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Confusion matrix at threshold %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ltv::ui::charts::DecileChart</name>
    <message>
      <source>Predicted vs actual mean by decile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 (decile MAPE %2%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Predicted mean</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actual mean</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Decile of the prediction (1 = highest)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mean value per customer</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ltv::ui::charts::GainChart</name>
    <message>
      <source>Cumulative gain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cumulative lift</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 — Gini %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customers targeted, ranked by prediction (share)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Share of actual value captured</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cumulative lift (× random targeting)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 (Gini %2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Perfect ranking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Random targeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Random targeting (lift 1)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ltv::ui::charts::HistogramChart</name>
    <message>
      <source>Distribution of predicted value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 (%2 customers at 0 or below not shown on the log scale)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Value per customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1, log scale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mean %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Median %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ltv::ui::charts::LineChart</name>
    <message>
      <source>Epoch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loss</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ltv::ui::charts::RocChart</name>
    <message>
      <source>%1 (AUC n/a)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 (AUC %2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ROC curves</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>False positive rate (1 − specificity)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>True positive rate (recall)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chance (AUC 0.500)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ltv::ui::charts::ThresholdConfusionView</name>
    <message>
      <source>Precision: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recall: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>F1: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accuracy: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Threshold:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customers whose score is at least the threshold are predicted positive</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ltv::ui::charts::TrackingChart</name>
    <message>
      <source>Tracking: actual vs expected transactions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actual</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expected by the model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Cumulative repeat transactions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>End of calibration</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
