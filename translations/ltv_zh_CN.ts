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
</TS>
