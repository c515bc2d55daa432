/**
 * Documents people read: plans and evaluation reports as Markdown or self-contained
 * HTML, for an audience (employee, manager, HR), in the caller's terminology, date format,
 * locale and currency.
 *
 * @module
 */
export { renderPlan } from './render-plan.js';
export { renderEvaluation, type EvaluationRenderOptions } from './render-evaluation.js';
export { EVALUATION_SECTION_IDS, type EvaluationSectionId } from './evaluation-document.js';
export { DEFAULT_RENDER_OPTIONS, type RenderOptions, type RenderFormat, type HtmlShell, type RenderLocale, type TextDirection } from './options.js';
export type { DateLocale } from './date-locale.js';
export type { Audience, MetadataPath } from './audience.js';
export { RENDER_MESSAGES_EN, type RenderMessages, type EvaluationMessages, type EvaluationSectionKey } from './messages.js';
export { PLAN_SECTION_IDS, type PlanSectionId } from './plan-document.js';
export { escapeHtml } from './html/escape.js';
export { escapeMarkdown } from './markdown.js';
export {
  lineChart,
  lineChartLayout,
  CHART_GEOMETRY,
  type LineChartSpec,
  type LineChartLayout,
  type ChartLabel,
  type ChartLabelKind,
  type ChartPoint,
  type ChartReference,
  type ChartMarker,
  type ChartTone,
  type ChartSize,
  barChart,
  barChartLayout,
  BAR_CHART_GEOMETRY,
  type BarChartSpec,
  type BarChartLayout,
  type BarRowLayout,
  type Box,
  type PlottedPoint,
  type PlottedSegment,
  type TextAnchor,
  type ChartBar,
  type BarTone,
} from './svg/index.js';
export type { Html } from './html/element.js';
export {
  renderFairnessReport,
  FairnessAudienceError,
  FAIRNESS_REPORT_MESSAGES_EN,
  type FairnessRenderOptions,
  type FairnessReportMessages,
  type FairnessReportLocale,
  type FairnessDocumentCatalogs,
} from './fairness-report.js';
