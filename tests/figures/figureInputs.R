# Inputs for the figure tests, computed by R: Cox fits (univariable and multivariable, with a
# collinear and a separating term), cox.zph of the multivariable fit, and Aalen–Johansen
# cumulative incidence curves with Gray's test. The figure builders only format these.
# Run from /work/main: Rscript tests/figures/figureInputs.R  -> tests/figures/figureInputs.json
source(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))), "../fixtures/common.R"))

d <- fixture_data()
vet <- d$veteran
vet$celltype <- factor(vet$celltype, levels = c("squamous", "smallcell", "adeno", "large"))
vet$trt <- factor(ifelse(vet$trt == 1, "standard", "test"), levels = c("standard", "test"))
vet$karno10 <- vet$karno / 10
vet$karnoCopy <- vet$karno10                       # collinear with karno10: NA coefficient
cens <- which(vet$status == 0)[c(1, 3, 5)]
vet$marker <- as.numeric(seq_len(nrow(vet)) %in% cens)  # only censored patients: monotone likelihood

fit_json <- function(f) {
  warn <- character(0)
  fit <- withCallingHandlers(f(), warning = function(w) { warn <<- c(warn, conditionMessage(w)); invokeRestart("muffleWarning") })
  s <- summary(fit)
  cf <- coef(fit)
  ci <- s$conf.int
  infinite <- rep(FALSE, length(cf))
  for (w in warn) {
    m <- regmatches(w, regexpr("variables? [0-9, ]+", w))
    if (length(m)) infinite[as.integer(strsplit(trimws(sub("variables? ", "", m)), ",\\s*")[[1]])] <- TRUE
  }
  V <- matrix(NaN, length(cf), length(cf))
  ok <- !is.na(cf)
  V[ok, ok] <- fit$var[ok, ok]
  list(terms = arr(names(cf)), coef = arr(unname(cf)), se = arr(unname(sqrt(diag(V)))), hr = arr(unname(exp(cf))),
       hrLower = arr(unname(ci[, 3])), hrUpper = arr(unname(ci[, 4])),
       z = arr(unname(s$coefficients[, "z"])), p = arr(unname(s$coefficients[, "Pr(>|z|)"])),
       aliased = arr(!ok), infinite = arr(infinite), variance = V,
       loglik = arr(fit$loglik), lrTest = arr(unname(s$logtest)), waldTest = arr(unname(s$waldtest)),
       scoreTest = arr(unname(s$sctest)), concordance = arr(unname(fit$concordance[c("concordance", "std")])),
       n = fit$n, events = fit$nevent, iter = fit$iter, warnings = as.list(warn), means = arr(unname(fit$means)))
}
S <- Surv(vet$time, vet$status)
uni <- list(
  trt = fit_json(function() coxph(S ~ trt, vet)),
  celltype = fit_json(function() coxph(S ~ celltype, vet)),
  karno10 = fit_json(function() coxph(S ~ karno10, vet)),
  age = fit_json(function() coxph(S ~ age, vet)),
  marker = fit_json(function() coxph(S ~ marker, vet))
)
multi_fit <- coxph(S ~ trt + celltype + karno10 + age, vet)
multi <- fit_json(function() multi_fit)
multi_ne <- fit_json(function() coxph(S ~ trt + celltype + karno10 + karnoCopy + age + marker, vet))
zp <- cox.zph(multi_fit, terms = FALSE)
zph <- list(
  terms = lapply(seq_len(nrow(zp$table) - 1), function(i) list(term = rownames(zp$table)[i], chisq = zp$table[i, 1], df = zp$table[i, 2], p = zp$table[i, 3])),
  global = list(chisq = zp$table["GLOBAL", 1], df = zp$table["GLOBAL", 2], p = zp$table["GLOBAL", 3]),
  time = arr(unname(zp$time)), x = arr(unname(zp$x)),
  residuals = lapply(seq_len(ncol(zp$y)), function(j) arr(unname(zp$y[, j]))), residualNames = arr(colnames(zp$y)),
  transform = zp$transform
)
counts <- function(v) lapply(levels(v), function(l) list(level = l, n = sum(v == l), events = sum(vet$status[v == l])))
meta <- list(n = nrow(vet), events = sum(vet$status), trt = counts(vet$trt), celltype = counts(vet$celltype),
             marker = list(n = sum(vet$marker), events = sum(vet$status[vet$marker == 1])))

mg <- d$mgus2
mg$sex <- as.character(mg$sex)
aj <- survfit(Surv(etime, factor(cause)) ~ sex, data = mg)
st <- rep(sub("sex=", "", names(aj$strata)), aj$strata)
cif <- list()
for (k in 1:2) for (g in unique(st)) {
  r <- st == g
  j <- match(as.character(k), aj$states)
  cif[[length(cif) + 1]] <- list(group = g, cause = k, time = arr(aj$time[r]), nRisk = arr(aj$n.risk[r, 1]),
    estimate = arr(aj$pstate[r, j]), variance = arr(aj$std.err[r, j]^2), lower = arr(aj$lower[r, j]), upper = arr(aj$upper[r, j]))
}
ci <- cuminc(mg$etime, mg$cause, mg$sex)
gray <- lapply(seq_len(nrow(ci$Tests)), function(i) list(cause = as.numeric(rownames(ci$Tests)[i]), stat = ci$Tests[i, "stat"], df = ci$Tests[i, "df"], p = ci$Tests[i, "pv"]))
write_fixture("figureInputs", list(univariable = uni, multivariable = multi, multivariableNotEstimable = multi_ne,
                                   zph = zph, meta = meta, cif = cif, gray = gray))
