<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Btyd</name>
    <message>
        <source>Modified BG/NBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the customer summary is empty or its columns differ in length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma-Gamma needs the mean spend (monetary) of every customer; the summary has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma-Gamma: %1 repeat buyer(s) with zero or negative mean spend were left out of the spend fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 penalty on the parameters (0 = plain maximum likelihood)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum L-BFGS iterations per starting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also fit the Gamma-Gamma spend model for LTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave repeat buyers with zero or negative spend out of the spend fit instead of skipping it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a customer summary to fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 converged in %2 iterations, log-likelihood %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend model not fitted, so LTV is not predicted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer row %1 has an invalid summary (frequency %2, recency %3, age %4): frequency must be a whole number &gt;= 0, 0 &lt;= recency &lt;= age, age &gt; 0, and recency 0 when frequency is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma-Gamma spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma-Gamma needs a positive mean spend for every repeat buyer, but %1 repeat buyer(s) have zero, negative or missing spend (first: row %2, value %3). Remove returns-only customers or net the returns first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma-Gamma needs repeat buyers (frequency &gt; 0); there are none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma-Gamma q = %1 &lt;= 1: the population mean spend is undefined, so spend for customers without repeat purchases is not predicted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fit failed: the log-likelihood is not finite at any starting point. Check the customer summary (time unit, frequency and recency).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fit did not converge: gradient norm %2 after %3 iterations (%4). Try a penaliser (e.g. 0.001) or another time unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Hessian is not positive definite at the optimum, so standard errors are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pareto/NBD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusters</name>
    <message>
        <source>Too few customers for clustering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clustering with k = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total LTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean LTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount (or quantity and unit price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping &apos;%1&apos; is not role=COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column &apos;%1&apos; (columns: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (roles: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionTexts</name>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other feature(s)</source>
        <translation>
            <numerusform>%n other feature</numerusform>
            <numerusform>%n other features</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrossSell</name>
    <message>
        <source>Counting product pairs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>unterminated quoted field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationChartTexts</name>
    <message>
        <source>Recency: last purchase after the first (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency: repeat purchases in the calibration period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected purchases in the next %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the model&apos;s importance (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of total gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of absolute standardised coefficients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer age (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the last purchase (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean repeat purchase value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time between purchases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance of the time between purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent purchase days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier purchase days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of purchases in peak months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items per purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected spend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>no table &apos;%1&apos; (tables: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeatureMatrix</name>
    <message>
        <source>Building customer features</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date format &apos;%1&apos; not understood (use e.g. yyyy-MM-dd, dd/MM/yyyy, MM/dd/yyyy, yyyyMMdd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dates in column &apos;%1&apos; are ambiguous: every value (e.g. &apos;%2&apos;) reads both as day/month and as month/day. Give the format, e.g. --date-format dd/MM/yyyy or --date-format MM/dd/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; holds no recognisable dates (e.g. &apos;%2&apos;); give the format with --date-format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the numbers mix a decimal point and a decimal comma; give the convention with --decimal point or --decimal comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown delimiter &apos;%1&apos; (use , ; tab | or whitespace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KMeans</name>
    <message>
        <source>k-means needs 1 &lt;= k &lt;= number of customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leaderboard</name>
    <message>
        <source>RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spearman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top20%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pred/Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DecMAPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PurchMAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChurnAUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LogLoss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChurnF1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChurnAcc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MlModels</name>
    <message>
        <source>Linear (ridge) regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 classifier did not converge in %2 steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is not fitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model needs a feature matrix to predict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>features at the prediction cut, trained for a horizon of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a saved linear model of a known version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved linear model is truncated or corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model needs a feature matrix and horizon labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no customers to train on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feature matrix has no columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feature matrix has %1 values for %2 x %3 cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels are not aligned with the rows of the feature matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A horizon revenue label is not a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prediction features lack the column &quot;%1&quot; the model was trained on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XGBoost failed in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelRun</name>
    <message>
        <source>Gamma-Gamma fitted on the %1 repeat buyers with positive spend (%2 with zero or negative spend left out); LTV = expected spend x expected purchases, undiscounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; cannot be used here; choose one of: bgnbd, mbgnbd, pnbd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarising customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer bought anything up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave no LTV (the spend model could not be fitted). %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeuralTraining</name>
    <message>
        <source>Epoch %1 of %2, loss %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageTexts</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import transaction files into the project and inspect them: the transactions and customers tables, the import history, the data-quality report and the cohort table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the calibration end, horizon, time unit and discount rate, then train buy-till-you-die and machine-learning models in the background and compare them in a leaderboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge every model on the time-based holdout: ROC curves, confusion matrix, decile and lift charts, calibration, tracking and the LTV distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group customers by RFM scores, by predicted value and churn risk, and by behaviour clusters, with sizes and value for each segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn segments into marketing actions: the playbook, budget allocation with expected return, the retention list, cross-sell suggestions and the inventory signal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up any customer: predicted lifetime value, probability of being alive, churn risk, segment and action, with the purchase history behind them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer lifetime value report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the HTML folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn in the holdout: ROC curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC curves of the churn predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well each model ranks customers who made no purchase in the holdout above those who did; the area under the curve (AUC) is in the legend, 0.5 is chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdout revenue per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: predicted vs actual by decile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted and actual value by decile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers ranked by the predicted value of the best model by Gini (%1), in ten groups; decile 1 holds the highest predictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative gain of the value predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of all holdout revenue held by the top customers of each model&apos;s ranking; the closer to the perfect curve, the better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted LTV per customer, next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of the predicted LTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted LTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers by predicted value over the next %1 from all history up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted LTV, next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted value by RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum of the predicted LTV of the customers in each segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spearman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 20% capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted / actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decile MAPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best at ranking customers by value (Gini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best churn prediction (AUC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted value of all customers, next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts for %2, expected net return %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers, %2 transactions, %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 by LTV Studio %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data summary and quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean revenue per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no product column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every model predicts the %1 after the calibration end %2 and is scored on what the customers actually did. The best value of each metric is in bold on green.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking customers by value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors of the predicted value and purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn: no purchase in the holdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not fitted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward predictions: %1 (with Gamma-Gamma spend) fitted on all history up to %2, predicting the next %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segments and their playbook actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted value x churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A budget of %1 at %2 per contact (gross margin %3%) funds %4 contacts: spend %5, expected incremental value %6, expected net return %7 (ROI %8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer with a positive expected return is funded; the rest of the budget is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual discount rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model of the forward predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training protocol of the ML models: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rfm</name>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean recency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean monetary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RfmRules</name>
    <message>
        <source>RFM rule table is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported RFM rule table version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM rule %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM rule &quot;%1&quot; needs r, f and m as [low, high] within 1..5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentComputation</name>
    <message>
        <source>Loading transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values are not discounted: some repeat buyers have no positive spend, and the spend model is then fitted without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring RFM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clustering customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding cross-sell rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentNames</name>
    <message>
        <source>Champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential Loyalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About To Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t Lose Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High value, low risk: VIP care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High value, medium risk: loyalty programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High value, high risk: win back now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium value, low risk: cross-sell with small incentives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium value, medium risk: loyalty nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium value, high risk: targeted win-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low value, low risk: small incentives only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low value, medium risk: low-cost nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low value, high risk: suppress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentSettings</name>
    <message>
        <source>the saved value is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s %1 cannot be used, so the default is used instead: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value x risk grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value x risk playbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sequences</name>
    <message>
        <source>Building activity sequences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitProtocol</name>
    <message>
        <source>calibration/holdout: features up to %1, labels %2 to %3 (%4 days); %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shifted window: training features up to %1 with labels %2 to %3; prediction features up to %3, evaluated %4 to %5 (%6 days); %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer split: %1 % of customers held out for testing (seed %2), features up to %3, labels %4 to %5 (%6 days); %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit day, first purchase counted, top-value q = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit day, first purchase not counted, top-value q = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit week, first purchase counted, top-value q = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit week, first purchase not counted, top-value q = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit month, first purchase counted, top-value q = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit month, first purchase not counted, top-value q = %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summarize</name>
    <message>
        <source>Summarising customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueRisk</name>
    <message>
        <source>Not a value x risk grid configuration (version 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown risk metric &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value tier shares must be positive and sum to at most 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk thresholds must satisfy 0 &lt;= low &lt;= high &lt;= 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid needs exactly 9 cell names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid cell %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total LTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean LTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value share %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean churn prob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected purchases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::eval</name>
    <message>
        <source>The model %1 has no prediction for customer index %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::eval::Leaderboard</name>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* best on the metric (Pred/Act: closest to 1); n/a: not modelled or undefined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::features</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpolate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iqr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for outliers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::features::QualityOptions</name>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data quality: imputation %1, outliers %2 -&gt; %3, duplicates %4, future dates %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::features::QualityReport</name>
    <message>
        <source>lines: %1 in, %2 kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1: %2 (imputed %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines removed for missing values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount outliers outside [%1, %2]: %3 (capped %4, removed %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate lines: %1 (removed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-positive purchase amounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>future dates: %1 (removed %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::io</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping &apos;%1&apos; must be customer=COLUMN or target=COLUMN with a column of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer appears on an earlier row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 rows rejected; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column found for: %1. Map it with --map role=COLUMN (columns: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 rows rejected; nothing was imported. Fix the file or the mapping, or raise --max-errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (some bytes were not valid %1 and were replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding the project is full: nothing was imported and the project is as it was. Free some space and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program is writing to the project: nothing was imported and the project is as it was. Import again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file is read-only: nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file could not be written (%1): nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::io::ImportReport</name>
    <message>
        <source>File: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1, delimiter %2, %3, dates %4, decimal %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping:
%1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ids pseudonymised (HMAC-SHA256)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 (returns: %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank lines skipped: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers: %1, new products: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was imported before (same content): nothing added.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1, column %2: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ... and %1 more rejected rows
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::io::RowParser</name>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid text in the file&apos;s encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the format %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::models</name>
    <message>
        <source>The neural model data is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::models::NeuralModel</name>
    <message>
        <source>Neural network (MLP, zero-inflated lognormal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolutional network over activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrent network (GRU) over activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum training epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers per mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoupled weight decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout rate of the dense layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of the hidden layers (GRU state size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden dense layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient clipping norm (0 = off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs without validation improvement before stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers held out for early stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads (0 = one per core)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters per convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolution width in periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training needs labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MLP needs a feature matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network needs activity sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels, features and sequences must describe the same customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training needs at least two customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown loss &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CNN needs sequences of at least two periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has revenue in the label horizon; the model can only predict zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 epochs, best validation loss %2 at epoch %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stopped early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training loss is not finite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is not fitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label horizon %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is not a saved %1 model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The neural model data is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::models::ml::AutoModel</name>
    <message>
        <source>Auto (best on the training window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated model ids to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-validation folds for the ML candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auto model needs the labels of the training window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the auto model&apos;s candidates is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate of the auto model could be validated on this data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chose %1 by validation normalized Gini on the training window (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is not fitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a saved auto model of a known version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved auto model is truncated or names an unknown model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::models::ml::LinearModel</name>
    <message>
        <source>Ridge penalty on the standardised coefficients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit log1p of revenue and purchases (back-transform rescaled to the training total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip negative value and purchase predictions to zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit a logistic churn classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit a logistic top-value classifier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::models::ml::XGBoostModel</name>
    <message>
        <source>XGBoost gradient boosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss of the revenue and purchase regressors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweedie variance power (1 = Poisson, 2 = gamma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescale Tweedie outputs so that their total matches the actual total on the boosting rows (&quot;training&quot;), on the early-stopping validation fold (&quot;validation&quot;), or not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum tree depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum boosting rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many rounds without validation improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of training customers held out for early stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row subsample per tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column subsample per tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum hessian weight in a leaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 penalty on leaf weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (subsampling, validation fold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the churn classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the purchases regressor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the top-value classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown XGBoost objective &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown XGBoost balance &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 model used all %2 rounds without early stopping; consider more rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stopping on %1 validation customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No validation fold: every round kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is not fitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model needs a feature matrix to predict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>features at the prediction cut, trained for a horizon of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a saved XGBoost model of a known version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved XGBoost model is truncated or corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::pipeline</name>
    <message>
        <source>The project has no transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The horizon must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calibration end %1 must fall inside the data (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicting the next horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmenting customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid features need a BTYD model, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hybrid source %1 could not be fitted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shifted window&apos;s training cut %1 precedes every first purchase, so the ML models have nothing to train on: use a shorter horizon or the customer split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifted window: ML trained on %1 customers as of %2 with labels to %3; all models scored on %4 customers over %5 .. %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer split: ML trained on the holdout of %1 customers; all models scored on the other %2 customers over %3 .. %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown model &quot;%1&quot;. Known models: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibration summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, chose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chart data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature contributions need an explainable machine-learning model, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer had bought by %1, one horizon before %2, so there is nothing to learn the feature contributions from: use a shorter horizon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be fitted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contributions of %1 with these options add up on the %2 scale, not to the predicted value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discounted value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity sequences: %1 daily periods before each cut, for the neural networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity sequences: %1 weekly periods before each cut, for the neural networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity sequences: %1 monthly periods before each cut, for the neural networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shifted window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shifted window&apos;s training cut %1 is before the first purchase %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 customers bought on or before the shifted window&apos;s training cut %2 (at least %3 are needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 of the %2 customers (%3 %) bought on or before the shifted window&apos;s training cut %4 (at least %5 % are needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 of the %2 training customers bought in the shifted window&apos;s label period %3 to %4 (at least %5 are needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 of the %2 training customers made no purchase in the shifted window&apos;s label period %3 to %4 (at least %5 are needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (chosen automatically: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shifted window&apos;s training cut %1 leaves %2 customers with history, %3 of whom bought in the label period to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::segments</name>
    <message>
        <source>The budget and margin must be non-negative and the cost per contact positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected incremental value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected net return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inverse discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent, frequent, high spenders: reward with early access and service, not discounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They buy regularly anyway: small non-price incentives suffice; large discounts waste margin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First purchase was recent: a welcome series builds the second purchase habit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent but single low-value purchase: nurture towards a second order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent with average frequency: a membership offer turns them into loyal customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middling on every axis: relevant recommendations and limited-time offers re-engage them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slipping away with low spend: a light reminder before they lapse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used to buy often and much but not lately: personal win-back before the value is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good customers who have not bought for long: win them back with a personal offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest recency, frequency and spend: further contacts are wasted spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long inactive, low value: exclude from paid campaigns; keep in free newsletters only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear pattern: standard recommendations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most valuable and safe: protect the relationship with service, not discounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuable with some risk: loyalty benefits raise the cost of leaving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuable and likely to churn: the largest value at risk, act now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely to stay: grow the basket with recommendations and small incentives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average value and risk: steady loyalty nurture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth a targeted win-back offer while the value is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low value but likely to buy anyway: only small incentives are worth it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low value: low-cost automated nurture only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low value and likely gone: spend is wasted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total LTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max spend per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rationale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::segments::Playbook</name>
    <message>
        <source>Not a playbook (version 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook row %1 has no segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment &quot;%1&quot; appears twice in the playbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot; for segment &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max spend share for &quot;%1&quot; must be within 0..1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uplift for &quot;%1&quot; must be within 0..1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown uplift basis &quot;%1&quot; for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::store::ModelStore</name>
    <message>
        <source>Only a fitted model can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no saved model %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved model %1 is a &quot;%2&quot; model, which this program does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved model %1 could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &quot;%1&quot; of the predictions is not in the project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::store::Project</name>
    <message>
        <source>%1 is being written by another program, for example an import. Open it again when that has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::CohortModel</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::CohortTab</name>
    <message>
        <source>Cohort table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s), by month of first purchase.</source>
        <translation>
            <numerusform>%n cohort, by month of first purchase.</numerusform>
            <numerusform>%n cohorts, by month of first purchase.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cohort table failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention (% of the cohort buying in the month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative net revenue per customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::ContributionPanel</name>
    <message>
        <source>Feature contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training a gradient-boosting model on the same customers to explain the predictions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feature contributions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer had not bought by the as-of day: there are no features to explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (squared-error loss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact TreeSHAP values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coefficient × standardised value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explained by %1%2, a model of its own: trained on %3 customers, their features as of %4 and revenue in the following %5 weeks. Its prediction of this customer&apos;s revenue in the %5 weeks after %6 is %7 = base value %8 (its average prediction) + the contributions below (%9). The predicted value in the table comes from the BTYD model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution (base value %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raises the prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowers the prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 for customer %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> On the %1 customers it held out of training, its error (RMSE) is %2, against %3 for predicting the average.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::ContributionSession</name>
    <message>
        <source>The feature contributions were cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature contributions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id, segment or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to see its customers&apos; predictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing predictions and segments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions of the %1 model for the %2 weeks after %3; segment and action from the RFM rules and the playbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the segments on the Segments page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value × risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected value over the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected cumulative value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks since the first purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive) over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per purchase day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As judged at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected, without a new purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected value, undiscounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchases (x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks from first to last purchase (t&lt;sub&gt;x&lt;/sub&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks since the first purchase (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean repeat spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected purchases in %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected spend per purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(churn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted value over the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability that the customer is still active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::CustomersTableModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::DataPage</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln transaction(s) shown</source>
        <translation>
            <numerusform>%Ln transaction shown</numerusform>
            <numerusform>%Ln transactions shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) shown</source>
        <translation>
            <numerusform>%Ln customer shown</numerusform>
            <numerusform>%Ln customers shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open. Open the demo or a project from the Start page, or import a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 transactions of %3 customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::DataTableView</name>
    <message>
        <source>Export table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::EvaluationPage</name>
    <message>
        <source>Train models on the Models page; their evaluation on the holdout appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn: ROC curves on the holdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative gain of holdout revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Churn means no purchase in the holdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdout revenue per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: predicted vs actual revenue by decile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted value per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: distribution of predicted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holdout purchases by calibration frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative repeat transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cumulative repeat transactions, actual vs expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: P(alive) of customers aged %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected purchases in the next %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No BTYD model in this run: train BG/NBD or Pareto/NBD on the Models page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: feature importance (%2), top %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No explainable model in this run: train XGBoost or the linear model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale for the distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTV distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive) matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature importance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::FilterBar</name>
    <message>
        <source>Customer id contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::ImportFilePage</name>
    <message>
        <source>Choose a transaction file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction export from your shop: one line per order line or purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a CSV or text file, or drop it here. Comma, semicolon, tab and whitespace-aligned columns are recognised, in UTF-8, UTF-16, GB18030/GBK or Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::ImportHistoryModel</name>
    <message>
        <source>customer table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::ImportMappingPage</name>
    <message>
        <source>(not mapped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every date in the sample reads both as day/month and as month/day. Choose the date format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates in this column are not recognised. Choose the date format or another column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown date format. Use for example yyyy-MM-dd or dd/MM/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell LTV Studio which column holds what. Suggestions come from the header and the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice / order id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount = quantity × unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detect from the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer attributes to keep (channel, country, …):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymise customer ids (store a keyed hash, never the raw id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many rejected rows:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::ImportPreviewPage</name>
    <message>
        <source>Some bytes could not be decoded with this encoding (shown as �).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aligned columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1, separated by %2, %3. %4 columns; the first %5 rows are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) contain bytes this encoding cannot decode: try another encoding.</source>
        <translation>
            <numerusform>%n cell contains bytes this encoding cannot decode: try another encoding.</numerusform>
            <numerusform>%n cells contain bytes this encoding cannot decode: try another encoding.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding, delimiter and header were detected; change them if the columns look wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aligned columns (spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First line is a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::ImportRunPage</name>
    <message>
        <source>The import was cancelled. The project is exactly as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and wrote nothing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import runs in the background. Cancel leaves the project unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::ImportSummaryPage</name>
    <message>
        <source>Save rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was imported before; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;td&gt;Rows read&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Imported&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Rejected&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Duplicates (already in the project)&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Returns among the imported rows&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;New customers&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1, delimiter %2, dates %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row read is imported, rejected with its reason, or a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rejected rows as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::ImportWizard</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import transactions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::JobsPanel</name>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot; (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the newest running job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::LeaderboardModel</name>
    <message>
        <source>Best value of this metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean predicted value per evaluated customer over the horizon, discounted at %1 % a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root mean squared error of the predicted value over the horizon (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean absolute error of the predicted value over the horizon (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficient of determination of the predicted value (higher is better; below 0 is worse than predicting the mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalized Gini: how well the predicted value ranks the customers by their actual value (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spear­man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spearman rank correlation between the predicted and the actual value (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 20%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the actual value that the 20 % of customers with the highest predicted value brought in (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pred/Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total predicted value divided by the total actual value (closest to 1 is best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decile MAPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean absolute percentage error of the mean predicted value per decile of the prediction (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purch. MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean absolute error of the expected number of purchases (lower is better; only models that forecast purchases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area under the ROC curve of the churn probability, churn being no purchase over the horizon (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log loss of the churn probability (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1 score of the churn prediction at the chosen threshold, by default the one that maximizes F1 (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn acc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy of the churn prediction at the same threshold (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model, in the order trained; hover over a name for its id and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds the model took to fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::MainWindow</name>
    <message>
        <source>Drawing the charts and writing the report files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — LTV Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTV Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the LTV report of the project as a PDF and an HTML folder, with the settings of the Models page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LTV Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs are running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n background job(s) still running. Cancel them and close?</source>
        <translation>
            <numerusform>%n background job is still running. Cancel it and close?</numerusform>
            <numerusform>%n background jobs are still running. Cancel them and close?</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was written to
%1

and as a web page to
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LTV Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;LTV Studio %1&lt;/h3&gt;&lt;p&gt;Customer lifetime value prediction for e-commerce analysts: buy-till-you-die models and machine learning, evaluated honestly on a time-based holdout.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::ModelOptionsDialog</name>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed options apply the next time the model is trained. Hover over an option for its default and range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These options apply to %1 when %2 validates and refits it as a candidate (given as %3.NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of the candidate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::ModelsPage</name>
    <message>
        <source>BG/NBD + Gamma-Gamma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pareto/NBD + Gamma-Gamma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified BG/NBD + Gamma-Gamma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear (ridge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient boosting (XGBoost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neural net, ZILN loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1D-CNN over activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRU over activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (best on validation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading transactions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training models</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trained %n model(s). The best value of each metric is highlighted.</source>
        <translation>
            <numerusform>Trained %n model. The best value of each metric is highlighted.</numerusform>
            <numerusform>Trained %n models. The best value of each metric is highlighted.</numerusform>
        </translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models learn from the data up to this day and are judged on the horizon after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shifted window (no leakage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train and evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss of the neural nets, per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the models and press Train and evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of %1 (all at their defaults)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of %1 changed from the defaults:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount rate and model options could not be saved in the project just now; they still apply to this training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV: mean predicted value per evaluated customer over the horizon, discounted at %1 % a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual discount rate of the value each model forecasts (the CLV column). The scores compare undiscounted values with the revenue that came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss (linear scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss of each neural network appears here, epoch by epoch, while it trains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic takes the shifted window when its training cut leaves at least %1 customers with history (and %2 % of all), and at least %3 who buy and %3 who do not in its label period; otherwise the customer split.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::PagedSqlTableModel</name>
    <message>
        <source>Loading table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::PlaybookModel</name>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max spend (% of LTV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumed uplift (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO (2024-03-05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language&apos;s short format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimals for money and rates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default prediction horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default discount rate:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::ProjectController</name>
    <message>
        <source>LTV Studio projects (*.ltv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo project could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project for the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::ProjectSession</name>
    <message>
        <source>The project file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::QualityTab</name>
    <message>
        <source>Checking the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-quality check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing values in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imputed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 capped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlying amounts (%1, outside %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases with a non-positive amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept, shown for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill with mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill with median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpolate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outliers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-sigma rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IQR rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cap (winsorise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove duplicate lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the options and press Check data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value × risk grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One action per segment. Double-click the action, channel, spending cap or uplift to change them; the budget plan and the retention list follow. Changes are saved in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset playbook to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers ranked by value at risk: predicted value × churn probability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products bought together (association rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next product per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to see recommendations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing predictions and segments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on the %1 model fitted up to %2 (change it on the Segments page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the segments on the Segments page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected incremental value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected net return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected ROI per segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected ROI (net return per unit spent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected ROI per funded segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts cost %2 and are expected to bring %3 of incremental value: a net return of %4 (ROI %5).%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The budget is binding: more customers would be worth contacting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Every customer worth contacting is funded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also buys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baskets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected units, high-value customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-value share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data set has no product column, so there are no cross-sell rules or inventory signal. Import transactions with a product to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rules over %2 baskets; products a customer already bought are never suggested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected units per product over the next %1 weeks: each expected purchase repeats the customer&apos;s average basket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::RfmRulesModel</name>
    <message>
        <source>Earlier rules already cover every score this rule matches, so it never names anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::SegmentsPage</name>
    <message>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pareto/NBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBG/NBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment sizes and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value × risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segments and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules are tried from the top; the first whose R, F and M score ranges (1 to 5) all match names the customer. Double-click a cell to edit it: the segments update at once and the table is saved in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset rules to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High value = top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium = next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low risk below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk = churn probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk = 1 − P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset grid to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to compute segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing predictions and segments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s), %1 model fitted on the history up to %2, value predicted for the next %3 weeks.</source>
        <translation>
            <numerusform>%Ln customer, %1 model fitted on the history up to %2, value predicted for the next %3 weeks.</numerusform>
            <numerusform>%Ln customers, %1 model fitted on the history up to %2, value predicted for the next %3 weeks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press “Compute segments” to fit the model and segment the customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean recency (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean purchase days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers per RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted value per RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted value in the horizon (thousands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total predicted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean predicted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean churn probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value × risk grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted value tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted value in the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)
value %1</source>
        <translation>
            <numerusform>%Ln customer
value %1</numerusform>
            <numerusform>%Ln customers
value %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Value × risk grid: customers and predicted value per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clusters yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k-means on standardised features; k = %1 has the best mean silhouette (%2) among k = 2 to 8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::SegmentsSession</name>
    <message>
        <source>The computation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s segment settings cannot be read, so the defaults are used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments and recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment settings could not be saved in the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::TransactionsTableModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::WelcomePage</name>
    <message>
        <source>Welcome to LTV Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict what each customer will be worth, see how sure the prediction is, and decide what to do about it. Start with the demo data or bring your shop&apos;s transaction export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: drop a .ltv project or a .csv file anywhere on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::charts</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart exported by LTV Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown image format for %1 (use .png, .svg or .pdf).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::charts::CalibrationChart</name>
    <message>
        <source>Holdout purchases by calibration frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchases in the calibration period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean purchases in the holdout period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::charts::ChartPanel</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or copy this chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG (2x)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::charts::ConfusionMatrixChart</name>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix at threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::charts::DecileChart</name>
    <message>
        <source>Predicted vs actual mean by decile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (decile MAPE %2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decile of the prediction (1 = highest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean value per customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::charts::GainChart</name>
    <message>
        <source>Cumulative gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Gini %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers targeted, ranked by prediction (share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of actual value captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative lift (× random targeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Gini %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perfect ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random targeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random targeting (lift 1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::charts::HistogramChart</name>
    <message>
        <source>Distribution of predicted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln customer(s) at 0 or below not shown on the log scale)</source>
        <translation>
            <numerusform>%1 (%Ln customer at 0 or below not shown on the log scale)</numerusform>
            <numerusform>%1 (%Ln customers at 0 or below not shown on the log scale)</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::charts::LineChart</name>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::charts::RocChart</name>
    <message>
        <source>%1 (AUC n/a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (AUC %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive rate (1 − specificity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True positive rate (recall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance (AUC 0.500)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::charts::ThresholdConfusionView</name>
    <message>
        <source>Precision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers whose score is at least the threshold are predicted positive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltv::ui::charts::TrackingChart</name>
    <message>
        <source>Tracking: actual vs expected transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected by the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative repeat transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of calibration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nn</name>
    <message>
        <source>The model needs a feature matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feature columns differ from the ones the model was trained on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model needs activity sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity sequences differ from the ones the model was trained on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feature matrix and the sequences have different customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
