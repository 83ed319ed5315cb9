namespace Froth.Bubbles.Psy;

/// <summary>One augmented Dickey–Fuller regression with a constant.</summary>
/// <param name="Statistic">t-statistic of <c>β</c> (the ADF statistic).</param>
/// <param name="Lag">Lagged differences in the regression.</param>
/// <param name="Rows">Regression rows (statsmodels' <c>nobs</c>).</param>
/// <param name="Beta">Coefficient of <c>y_{t−1}</c> in <c>Δy_t = α + β·y_{t−1} + Σψ_i·Δy_{t−i} + ε_t</c> (<c>ρ − 1</c>).</param>
/// <param name="StandardError">OLS standard error of <paramref name="Beta"/>.</param>
/// <param name="ResidualSumOfSquares">Sum of squared residuals.</param>
public sealed record AdfResult(double Statistic, int Lag, int Rows, double Beta, double StandardError, double ResidualSumOfSquares);
