namespace Froth.Bubbles.Psy;

/// <summary>The ADF regression of one window.</summary>
/// <param name="T">t-statistic of <c>β</c>; NaN when the regression is degenerate.</param>
/// <param name="Lag">Lag used (chosen, with a criterion).</param>
/// <param name="Beta">Coefficient of <c>y_{t−1}</c> in the differenced regression (<c>ρ − 1</c>).</param>
/// <param name="StandardError">Standard error of <c>β</c>.</param>
/// <param name="Ssr">Residual sum of squares.</param>
/// <param name="Rows">Regression rows.</param>
internal readonly record struct WindowFit(double T, int Lag, double Beta, double StandardError, double Ssr, int Rows)
{
    /// <summary>A window without a statistic.</summary>
    public static WindowFit Undefined(int rows) => new(double.NaN, 0, double.NaN, double.NaN, double.NaN, rows);
}
