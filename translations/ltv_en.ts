<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>ContributionTexts</name>
    <message numerus="yes">
      <source>%n other feature(s)</source>
      <translation>
        <numerusform>%n other feature</numerusform>
        <numerusform>%n other features</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::CohortTab</name>
    <message numerus="yes">
      <source>%n cohort(s), by month of first purchase.</source>
      <translation>
        <numerusform>%n cohort, by month of first purchase.</numerusform>
        <numerusform>%n cohorts, by month of first purchase.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::DataPage</name>
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
  </context>
  <context>
    <name>ltv::ui::ImportPreviewPage</name>
    <message numerus="yes">
      <source>%n cell(s) contain bytes this encoding cannot decode: try another encoding.</source>
      <translation>
        <numerusform>%n cell contains bytes this encoding cannot decode: try another encoding.</numerusform>
        <numerusform>%n cells contain bytes this encoding cannot decode: try another encoding.</numerusform>
      </translation>
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
  </context>
  <context>
    <name>ltv::ui::MainWindow</name>
    <message numerus="yes">
      <source>%n background job(s) still running. Cancel them and close?</source>
      <translation>
        <numerusform>%n background job is still running. Cancel it and close?</numerusform>
        <numerusform>%n background jobs are still running. Cancel them and close?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::ModelsPage</name>
    <message numerus="yes">
      <source>Trained %n model(s). The best value of each metric is highlighted.</source>
      <translation>
        <numerusform>Trained %n model. The best value of each metric is highlighted.</numerusform>
        <numerusform>Trained %n models. The best value of each metric is highlighted.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ltv::ui::SegmentsPage</name>
    <message numerus="yes">
      <source>%Ln customer(s), %1 model fitted on the history up to %2, value predicted for the next %3 weeks.</source>
      <translation>
        <numerusform>%Ln customer, %1 model fitted on the history up to %2, value predicted for the next %3 weeks.</numerusform>
        <numerusform>%Ln customers, %1 model fitted on the history up to %2, value predicted for the next %3 weeks.</numerusform>
      </translation>
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
  </context>
  <context>
    <name>ltv::ui::charts::HistogramChart</name>
    <message numerus="yes">
      <source>%1 (%Ln customer(s) at 0 or below not shown on the log scale)</source>
      <translation>
        <numerusform>%1 (%Ln customer at 0 or below not shown on the log scale)</numerusform>
        <numerusform>%1 (%Ln customers at 0 or below not shown on the log scale)</numerusform>
      </translation>
    </message>
  </context>
</TS>
