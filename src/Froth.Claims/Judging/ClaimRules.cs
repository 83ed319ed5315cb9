namespace Froth.Claims.Judging;

/// <summary>
/// The judging rules of docs/claims.md, in one place. Each takes the stated figure and the computed value in the
/// same unit and says whether the claim is supported, and which rule decided.
/// </summary>
public static class ClaimRules
{
    /// <summary>Relative tolerance of "about X" (10% of X) and of ratio words ("doubled" is a ratio within 10% of 2).</summary>
    public const double RelativeTolerance = 0.10;

    /// <summary>Largest move, in percent, that "slightly up/down" covers (|a| &lt; 2%).</summary>
    public const double SlightPercent = 2.0;

    /// <summary>Smallest move, in percent, that "double-digit" covers.</summary>
    public const double DoubleDigitPercent = 10.0;

    /// <summary>
    /// A stated figure against a computed one: the direction word must agree with the sign; then the magnitude rule
    /// of the hedge on |computed| (or on the signed value when no direction is stated).
    /// </summary>
    /// <returns>Whether it is supported, and the rule in words.</returns>
    public static (bool Supported, string Rule) Figure(StatedFigure stated, double computed)
    {
        ArgumentNullException.ThrowIfNull(stated);
        if (stated.Direction != 0 && Math.Sign(computed) != stated.Direction)
        {
            return (false, $"direction: the claim says {(stated.Direction > 0 ? "up" : "down")}, the computed move is {(computed > 0 ? "up" : computed < 0 ? "down" : "flat")}");
        }

        var a = stated.Direction != 0 ? Math.Abs(computed) : computed;
        var x = stated.Magnitude;
        var h = stated.HalfUnit;
        return stated.Hedge switch
        {
            Hedge.About => (Math.Abs(a - x) <= Math.Max(h, RelativeTolerance * Math.Abs(x)), $"about X: within max(half a unit, 10% of X) = {Math.Max(h, RelativeTolerance * Math.Abs(x)):0.###} of {x}"),
            Hedge.Nearly => (a >= 0.9 * x && a <= x + h, $"nearly X: in [0.9·X, X + half a unit] = [{0.9 * x:0.###}, {x + h:0.###}]"),
            Hedge.MoreThan => (a > x, $"more than X: > {x}"),
            Hedge.LessThan => (a < x, $"less than X: < {x}"),
            Hedge.AtLeast => (a >= x, $"at least X: ≥ {x}"),
            _ => (Math.Round(a - x, 9) >= -h && Math.Round(a - x, 9) < h, $"plain figure: rounds to {x} at its precision, [{x - h:0.####}, {x + h:0.####})"),
        };
    }

    /// <summary>"Doubled", "tripled", "N-fold": the price ratio is within 10% of N (above N for "more than").</summary>
    public static (bool Supported, string Rule) Ratio(double multiple, Hedge hedge, double ratio) => hedge switch
    {
        Hedge.MoreThan => (ratio > multiple, $"more than ×{multiple}: the price ratio > {multiple}"),
        Hedge.Nearly => (ratio >= 0.9 * multiple && ratio <= multiple, $"nearly ×{multiple}: the price ratio in [{0.9 * multiple:0.##}, {multiple}]"),
        Hedge.LessThan => (ratio < multiple, $"less than ×{multiple}: the price ratio < {multiple}"),
        _ => (Math.Abs(ratio - multiple) <= RelativeTolerance * multiple, $"×{multiple}: the price ratio within 10% of {multiple}"),
    };

    /// <summary>"Down a third", "halved": the loss (1 − ratio) is within 10% of the fraction.</summary>
    public static (bool Supported, string Rule) Fraction(double fraction, double ratio) =>
        (ratio < 1 && Math.Abs((1 - ratio) - fraction) <= RelativeTolerance * fraction, $"a loss of {fraction:0.###}: 1 − ratio within 10% of {fraction:0.###}");

    /// <summary>"Slightly up/down": the sign agrees and |a| &lt; 2%.</summary>
    public static (bool Supported, string Rule) Slightly(int direction, double percent) =>
        (Math.Sign(percent) == direction && Math.Abs(percent) < SlightPercent, $"slightly {(direction > 0 ? "up" : "down")}: that sign and |a| < {SlightPercent}%");

    /// <summary>"Double-digit": |a| ≥ 10% (with the sign stated, when one is).</summary>
    public static (bool Supported, string Rule) DoubleDigit(int direction, double percent) =>
        ((direction == 0 || Math.Sign(percent) == direction) && Math.Abs(percent) >= DoubleDigitPercent, "double-digit: |a| ≥ 10%");

    /// <summary>A direction word with no figure ("slipped for the week"): the sign agrees.</summary>
    public static (bool Supported, string Rule) Direction(int direction, double value) =>
        (Math.Sign(value) == direction, $"direction only: the move is {(direction > 0 ? "up" : "down")}");

    /// <summary>"The Nth straight …", "an N-month winning streak": the current streak, the period in progress counted provisionally, is N in that direction.</summary>
    public static (bool Supported, string Rule) Streak(int stated, int direction, int current, int currentDirection) =>
        (stated == current && direction == currentDirection, $"streak: the current {(direction > 0 ? "up" : "down")} streak is {stated}");

    /// <summary>"Beaten, outperformed X": the subject's return over the same period exceeds X's (trails it for "trailed").</summary>
    public static (bool Supported, string Rule) Beat(int sense, double subjectReturn, double otherReturn) =>
        (sense > 0 ? subjectReturn > otherReturn : subjectReturn < otherReturn, sense > 0 ? "beaten X: the subject's return over the period exceeds X's" : "trailed X: the subject's return is below X's");
}
