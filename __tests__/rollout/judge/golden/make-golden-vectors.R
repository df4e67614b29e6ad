# Golden vectors for the canary judge's Mann-Whitney test (src/rollout/judge/mann-whitney.ts).
#
# Writes mann-whitney-golden.json beside this script: for each case the two samples and what R's
#   wilcox.test(x, y, conf.int = TRUE, conf.level = 0.98)
# returns (method, statistic W, p-value, Hodges-Lehmann estimate, confidence interval), plus R's pnorm and qnorm at
# a few points. The test (mann-whitney-golden.test.ts) requires our results to match within 1e-6 relative.
#
# Rerun from the repository root after changing the cases (needs only base R: Debian's r-base-core):
#   Rscript __tests__/rollout/judge/golden/make-golden-vectors.R
# Made with R 4.2.2; the data comes from set.seed, so the same R version writes the same file.

num <- function(v) {
  if (length(v) == 0) return("[]")
  paste0("[", paste(sprintf("%.17g", v), collapse = ", "), "]")
}

cases <- list()
add <- function(name, x, y) {
  result <- suppressWarnings(wilcox.test(x, y, conf.int = TRUE, conf.level = 0.98))
  method <- if (grepl("exact", result$method)) "exact" else "normal"
  cases[[length(cases) + 1]] <<- sprintf(
    paste0('    { "name": "%s", "method": "%s", "statistic": %s, "pValue": %s, "estimate": %s,\n',
           '      "confidenceInterval": %s,\n      "x": %s,\n      "y": %s }'),
    name, method, sprintf("%.17g", unname(result$statistic)), sprintf("%.17g", result$p.value),
    sprintf("%.17g", unname(result$estimate)), num(as.numeric(result$conf.int)), num(x), num(y))
}

set.seed(20251126)
# Small samples without ties: the exact permutation distribution.
add("exact 1 vs 1", 3.5, 1.25)
add("exact 3 vs 4", rnorm(3), rnorm(4))
add("exact 5 vs 7 shifted", rnorm(5, mean = 2), rnorm(7))
add("exact 10 vs 12", rnorm(10), rnorm(12))
add("exact 15 vs 15 shifted by 1", rnorm(15, mean = 1), rnorm(15))
add("exact 20 vs 25 latency-like", rlnorm(20, meanlog = log(0.2), sdlog = 0.3), rlnorm(25, meanlog = log(0.25), sdlog = 0.3))
add("exact 30 vs 30 fully separated", (1:30) + 100.5, as.numeric(1:30))
add("exact 49 vs 49 (largest exact)", rnorm(49, mean = 0.3), rnorm(49))
add("exact 8 vs 40 lower canary", rnorm(8, mean = -1), rnorm(40))
for (i in 1:6) {
  nx <- sample(2:45, 1); ny <- sample(2:45, 1)
  add(sprintf("exact random %d (%d vs %d)", i, nx, ny), rnorm(nx, mean = runif(1, -1, 1)), rnorm(ny))
}

# Ties: the normal approximation with tie and continuity correction, however small the samples.
add("ties 5 vs 5 integers", c(1, 2, 2, 3, 5), c(2, 3, 4, 4, 6))
add("ties 20 vs 20 rounded", round(rnorm(20), 1), round(rnorm(20, mean = 0.5), 1))
add("ties poisson counts 100 vs 100", as.numeric(rpois(100, 3)), as.numeric(rpois(100, 4)))
add("ties error rates with zeros", c(rep(0, 12), round(runif(18, 0, 0.05), 3)), c(rep(0, 20), round(runif(10, 0, 0.02), 3)))
add("identical samples", { s <- rnorm(20); s }, s)
add("constant canary vs varied stable", rep(5, 20), rnorm(20, mean = 5))

# Large samples (50 or more): the normal approximation without ties.
add("normal 50 vs 50 (smallest approximate)", rnorm(50), rnorm(50))
add("normal 49 vs 60", rnorm(49, mean = 0.2), rnorm(60))
add("normal 80 vs 60 shifted", rnorm(80, mean = 0.5), rnorm(60))
add("normal 200 vs 200 latency +10%", rlnorm(200, meanlog = log(0.22), sdlog = 0.2), rlnorm(200, meanlog = log(0.2), sdlog = 0.2))
add("normal 100 vs 100 fully separated", (1:100) + 1000.25, as.numeric(1:100))
add("normal 120 vs 120 no shift", rnorm(120, mean = 10, sd = 2), rnorm(120, mean = 10, sd = 2))
add("normal 60 vs 300 lower canary", rnorm(60, mean = -0.4), rnorm(300))
for (i in 1:6) {
  nx <- sample(50:150, 1); ny <- sample(50:150, 1)
  add(sprintf("normal random %d (%d vs %d)", i, nx, ny), rnorm(nx, mean = runif(1, -0.5, 0.5)), rnorm(ny))
}

z <- c(0, 0.5, 1.96, 2.5, 3, 3.5, 5, 8, 12, 20, 30)
p <- c(0.5, 0.1, 0.025, 0.01, 0.010000000000000009, 0.001, 1e-6, 1e-12, 0.75, 0.99)

out <- file(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))), "mann-whitney-golden.json"), "w")
writeLines(c(
  "{",
  sprintf('  "generator": "%s, wilcox.test(x, y, conf.int = TRUE, conf.level = 0.98)",', R.version.string),
  '  "normal": {',
  sprintf('    "z": %s,', num(z)),
  sprintf('    "upperTail": %s,', num(pnorm(z, lower.tail = FALSE))),
  sprintf('    "p": %s,', num(p)),
  sprintf('    "quantile": %s', num(qnorm(p))),
  '  },',
  '  "cases": [',
  paste(unlist(cases), collapse = ",\n"),
  "  ]",
  "}"
), out)
close(out)
