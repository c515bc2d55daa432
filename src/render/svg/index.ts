/**
 * Inline SVG charts for rendered documents.
 *
 * @module
 */
export {
  lineChart,
  lineChartLayout,
  dateTicks,
  CHART_GEOMETRY,
  type LineChartLayout,
  type ChartLabel,
  type ChartLabelKind,
  type LineChartSpec,
  type ChartPoint,
  type ChartReference,
  type ChartMarker,
  type ChartTone,
  type ChartSize,
} from './line-chart.js';
export { barChart, barChartLayout, wrapLabel, BAR_CHART_GEOMETRY, type BarChartSpec, type BarChartLayout, type BarRowLayout, type ChartBar, type BarTone } from './bar-chart.js';
export { TEXT_METRICS, type Box, type PlottedPoint, type PlottedSegment, type TextAnchor } from './boxes.js';
