# R's side of the benchmark (started by tools/bench/run.ts, one process per routine so the peak
# memory is per routine, as for the library).
# Loads the CSV once with base scan() outside the timing, then times `runs` calls with
# system.time() (elapsed; user + system as CPU time), gc() before each, and prints one JSON line:
#   {"routine", "n", "times", "cpu", "peakMB", "check", "version"}
# The check value is the one tools/bench/worker.ts computes, to confirm both sides did the same work.
#
# Usage: Rscript tools/bench/bench.R <routine> <csv> <runs>
#   routine: km1 | km5 | logrank5 | cox10
suppressPackageStartupMessages(library(survival))

args <- commandArgs(trailingOnly = TRUE)
routine <- args[1]
csv <- args[2]
runs <- as.integer(args[3])

nm <- c("time", "event", "g", paste0("x", 1:10))
d <- as.data.frame(scan(csv, what = setNames(rep(list(0), length(nm)), nm), sep = ",", skip = 1, quiet = TRUE))

last_surv_sum <- function(fit) {
  ends <- if (is.null(fit$strata)) length(fit$surv) else cumsum(fit$strata)
  sum(fit$surv[ends])
}

call <- switch(routine,
  km1 = function() { fit <- survfit(Surv(time, event) ~ 1, data = d); last_surv_sum(fit) },
  km5 = function() { fit <- survfit(Surv(time, event) ~ g, data = d); last_surv_sum(fit) },
  logrank5 = function() survdiff(Surv(time, event) ~ g, data = d)$chisq,
  cox10 = function() {
    fit <- coxph(Surv(time, event) ~ x1 + x2 + x3 + x4 + x5 + x6 + x7 + x8 + x9 + x10, data = d, ties = "efron")
    fit$loglik[2]
  },
  stop("unknown routine ", routine)
)

times <- numeric(runs)
cpu <- numeric(runs)
check <- NA_real_
for (i in seq_len(runs)) {
  invisible(gc())
  st <- system.time(check <- call())
  times[i] <- st[["elapsed"]]
  cpu[i] <- st[["user.self"]] + st[["sys.self"]]
}

status <- readLines("/proc/self/status")
hwm <- as.numeric(sub("^VmHWM:\\s+(\\d+)\\s+kB.*$", "\\1", grep("^VmHWM:", status, value = TRUE)))
cat(sprintf('{"routine":"%s","n":%d,"times":[%s],"cpu":[%s],"peakMB":%.1f,"check":%.17g,"version":"R %s, survival %s"}\n',
  routine, nrow(d), paste(sprintf("%.3f", times), collapse = ","), paste(sprintf("%.3f", cpu), collapse = ","), hwm / 1024, check,
  paste(R.version$major, R.version$minor, sep = "."), as.character(packageVersion("survival"))))
