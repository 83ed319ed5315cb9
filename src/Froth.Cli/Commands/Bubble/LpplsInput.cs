using Froth.Series;

namespace Froth.Cli.Commands.Bubble;

/// <summary>The price series an LPPLS command read, in date order.</summary>
internal sealed record LpplsInput(string Name, string? Column, IReadOnlyList<DateOnly> Dates, IReadOnlyList<double> Prices)
{

    public static string Range(DateOnly? from, DateOnly? to) =>
        (from, to) switch
        {
            (null, null) => string.Empty,
            (not null, null) => $" from {IsoDate.Format(from.Value)}",
            (null, not null) => $" up to {IsoDate.Format(to.Value)}",
            _ => $" from {IsoDate.Format(from!.Value)} to {IsoDate.Format(to!.Value)}",
        };

    /// <summary>Non-finite numbers (the NaN damping of a flat fit) become null in JSON.</summary>
    public static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
