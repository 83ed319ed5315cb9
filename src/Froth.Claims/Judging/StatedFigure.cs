using System.Globalization;

namespace Froth.Claims.Judging;

/// <summary>A figure as stated: its magnitude (in the claim's unit: percent for moves), precision, hedge and direction.</summary>
/// <param name="Magnitude">The number written (a percentage in percent: 0.9 for "0.9%"), never negative unless written so.</param>
/// <param name="Decimals">Digits after the decimal point as written: the stated precision.</param>
/// <param name="Hedge">The hedge.</param>
/// <param name="Direction">+1 up, −1 down, 0 when no direction word is given.</param>
public sealed record StatedFigure(double Magnitude, int Decimals, Hedge Hedge, int Direction)
{
    /// <summary>Half a unit of the last digit stated: 0.05 for "0.9", 0.5 for "20".</summary>
    public double HalfUnit => 0.5 * Math.Pow(10, -Decimals);

    /// <summary>The figure as written, with its hedge.</summary>
    public override string ToString()
    {
        var h = Hedge switch { Hedge.About => "about ", Hedge.Nearly => "nearly ", Hedge.MoreThan => "more than ", Hedge.LessThan => "less than ", Hedge.AtLeast => "at least ", _ => string.Empty };
        return h + Magnitude.ToString("N" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
