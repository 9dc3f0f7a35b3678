import type { RiskTableGroup } from "./atRiskFromCurve";
import type { TimeScale } from "./figureDefaults";

/** Options shared by the survival-panel figures (kmFigure, cumulativeIncidenceFigure). */
export interface SurvivalPanelOptions {
  /** Grouping variable name: the key of colorFor (default "group"). Never displayed. */
  variable?: string;
  /** Data-dictionary label of the grouping variable (legend title). */
  legendTitle?: string;
  /** Display label per group level (keyed by String(level)); default the level itself. */
  groupLabels?: Readonly<Record<string, string>>;
  /** Data time / divisor = displayed time (default months, divisor 1; timeScales.daysToMonths for days). */
  timeScale?: TimeScale;
  xLabel?: string;
  yLabel?: string;
  title?: string;
  /** Axis breaks in display units; default from riskTable row times, else timeBreaks up to the axis end (defaultTimeAxis). */
  breaks?: readonly number[];
  /** Step between default breaks (display units), e.g. 3 or 6 months. */
  breakStep?: number;
  /**
   * Right end of the time axis (display units). Default: the last break at or before the time the pooled
   * number at risk first drops below 10% of the starting number or below 10 patients, whichever is larger
   * (defaultTimeAxis); later parts of the curves are clipped by the axis.
   */
  xMax?: number;
  /** Shaded pointwise confidence bands (default: only with one or two curves, as they overlap beyond that). */
  confBand?: boolean;
  /**
   * Number-at-risk table under the plot: rows per group at the breaks (preferred: survivalAt(curve, times)),
   * "fromCurves" to read them off each curve's counts (default), or false for none.
   */
  riskTable?: readonly RiskTableGroup[] | "fromCurves" | false;
  /** Stop each curve where fewer than this many remain at risk (default figureDefaults.minAtRisk). */
  minAtRisk?: number;
  /** Counts below this print as "<k" in the legend and risk table. */
  suppressBelow?: number;
  /** y axis in percent (default false: probabilities). */
  percent?: boolean;
  /** layout.meta.name, used to name exported files. */
  name?: string;
}
