/**
 * Every default of the figure and table builders, in one place.
 */
export const figureDefaults = {
  /**
   * Okabe–Ito colour-blind-safe palette (Okabe & Ito 2008, Wong 2011 Nat Methods 8:441), ordered
   * for lines on white: blue, vermillion, bluish green, reddish purple, orange, sky blue, black;
   * yellow last (weak on white).
   */
  palette: ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"],
  /** Colour of a curve over the whole cohort (group null). */
  overallColor: "#000000",
  /** Line dash per cause in cumulative incidence figures (first cause solid). */
  causeDash: ["solid", "dash", "dot", "dashdot", "longdash"],
  font: { family: "Arial, Helvetica, sans-serif", size: 13, color: "#1d2330" },
  /** Opacity of confidence bands. */
  bandOpacity: 0.15,
  /** Censoring tick: a vertical bar on the curve. */
  censorSymbol: "line-ns-open",
  censorSize: 9,
  lineWidth: 2,
  /** Height of the survival panel in pixels (the risk table and margins are added). */
  plotHeight: 400,
  /** Height of one risk-table line in pixels. */
  riskRowHeight: 20,
  /** Pixels between the survival panel and the risk table (x tick labels and axis title). */
  riskGap: 66,
  /** Curves stop where fewer than this many remain at risk (0: draw the whole curve). */
  minAtRisk: 0,
  /** Tick steps to choose from, per display unit; the smallest giving at most maxTicks ticks wins. */
  breakSteps: {
    months: [1, 2, 3, 6, 12, 24, 36, 60, 120],
    days: [7, 14, 30, 60, 90, 180, 365, 730, 1461],
    weeks: [1, 2, 4, 8, 13, 26, 52, 104],
    years: [0.25, 0.5, 1, 2, 5, 10, 20],
  } as Record<string, number[]>,
  maxTicks: 10,
  /** Counts 1..suppressBelow-1 are printed as "<suppressBelow" (0: print every count). */
  suppressBelow: 0,
  /** Decimals: hazard ratios and their limits, survival probabilities (as %), continuous summaries. */
  hrDigits: 2,
  percentDigits: 1,
  continuousDigits: 1,
  /** Forest plot: pixels per row and marker offsets (fraction of a row) for two estimates per row. */
  forestRowHeight: 26,
  forestOffset: 0.17,
  /** Forest plot: which global test of the model goes in the footnote. */
  globalTest: "lr" as "lr" | "wald" | "score",
  /** Colours and symbols of univariable / multivariable estimates. */
  estimateStyle: {
    univariable: { color: "#0072B2", symbol: "circle" },
    multivariable: { color: "#D55E00", symbol: "square" },
  },
  /** CSS class of every HTML table. */
  tableClass: "lm-table",
};

/** A display time scale: data times are divided by `divisor` and shown in `unit`. */
export interface TimeScale {
  divisor: number;
  unit: string;
}

/** Common time scales; days → months uses the mean month, 365.25 / 12 = 30.4375 days. */
export const timeScales = {
  months: { divisor: 1, unit: "months" } as TimeScale,
  days: { divisor: 1, unit: "days" } as TimeScale,
  daysToMonths: { divisor: 30.4375, unit: "months" } as TimeScale,
  daysToYears: { divisor: 365.25, unit: "years" } as TimeScale,
  monthsToYears: { divisor: 12, unit: "years" } as TimeScale,
};
