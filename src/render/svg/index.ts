/**
 * Inline SVG charts for rendered documents.
 *
 * @module
 */
export {
  lineChart,
  CHART_GEOMETRY,
  type LineChartSpec,
  type ChartPoint,
  type ChartReference,
  type ChartMarker,
  type ChartTone,
  type ChartSize,
} from './line-chart.js';
export { barChart, BAR_CHART_GEOMETRY, type BarChartSpec, type ChartBar, type BarTone } from './bar-chart.js';
