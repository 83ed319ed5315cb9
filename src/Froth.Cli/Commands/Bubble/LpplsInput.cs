using System.Globalization;

namespace Froth.Cli.Commands.Bubble;

/// <summary>The price series an LPPLS command read, in date order.</summary>
internal sealed record LpplsInput(string Name, string? Column, IReadOnlyList<DateOnly> Dates, IReadOnlyList<double> Prices)
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Range(DateOnly? from, DateOnly? to) =>
        (from, to) switch
        {
            (null, null) => string.Empty,
            (not null, null) => $" from {Iso(from.Value)}",
            (null, not null) => $" up to {Iso(to.Value)}",
            _ => $" from {Iso(from!.Value)} to {Iso(to!.Value)}",
        };

    /// <summary>Non-finite numbers (the NaN damping of a flat fit) become null in JSON.</summary>
    public static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
