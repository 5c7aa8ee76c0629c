/**
 * Forecast tracking: {@link dev.storyline.brief.forecast.ForecastScorecard} checks what a
 * storyline's earlier forecasts said against what later articles report ({@link
 * dev.storyline.brief.forecast.ClaimMatch}: a later sentence that matches a forecast claim). Run by
 * the pipeline's brief step. Depends on {@code brief.text} and {@code domain}.
 */
package dev.storyline.brief.forecast;
