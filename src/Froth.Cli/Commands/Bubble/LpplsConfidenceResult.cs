using System.Globalization;
using Froth.Bubbles.Lppls;
using Froth.Series;
using Spectre.Console;

namespace Froth.Cli.Commands.Bubble;

/// <summary>What <c>froth bubble lppls-confidence</c> prints.</summary>
/// <param name="Input">Symbol or file the prices came from.</param>
/// <param name="Column">Column of the file, or null for a symbol.</param>
/// <param name="From">First end date (a session).</param>
/// <param name="To">Last end date (a session).</param>
/// <param name="MinWindow">Span of the shortest window, in sessions.</param>
/// <param name="MaxWindow">Span of the longest window, in sessions.</param>
/// <param name="Step">Step between window spans, in sessions.</param>
/// <param name="WindowsPerDate">Number of windows fitted at each end date.</param>
/// <param name="Seed">Seed of the search.</param>
/// <param name="Starts">Local searches begun per window.</param>
/// <param name="Points">One point per session from <paramref name="From"/> to <paramref name="To"/>.</param>
internal sealed record LpplsConfidenceResult(
    string Input,
    string? Column,
    DateOnly From,
    DateOnly To,
    int MinWindow,
    int MaxWindow,
    int Step,
    int WindowsPerDate,
    long Seed,
    int Starts,
    IReadOnlyList<LpplsConfidencePoint> Points)
{
    public void Render(IAnsiConsole console)
    {
        var table = new Table()
            .AddColumn("date")
            .AddColumn(new TableColumn("positive").RightAligned())
            .AddColumn(new TableColumn("negative").RightAligned())
            .AddColumn(new TableColumn("not conv.").RightAligned())
            .AddColumn("tc 5%")
            .AddColumn("tc median")
            .AddColumn("tc 95%");
        table.Title = new TableTitle(Markup.Escape($"LPPLS confidence, {Input}{(Column is null ? string.Empty : $" [{Column}]")}: {WindowsPerDate} windows of {MaxWindow} down to {MinWindow} sessions per date"));
        foreach (var p in Points)
        {
            string Tc(double level) => p.TcQuantiles?.FirstOrDefault(q => q.Level == level) is { } q ? IsoDate.Format(q.Tc) : "–";
            table.AddRow(
                IsoDate.Format(p.Date),
                p.Positive.ToString("P1", CultureInfo.InvariantCulture),
                p.Negative.ToString("P1", CultureInfo.InvariantCulture),
                p.NotConverged.ToString(CultureInfo.InvariantCulture),
                Tc(0.05),
                Tc(0.5),
                Tc(0.95));
        }

        console.Write(table);
    }
}

/// <summary>The confidence indicator at one end date.</summary>
/// <param name="Date">The end date t2.</param>
/// <param name="Positive">Share of windows whose fit qualifies as a positive bubble (B &lt; 0), in [0, 1].</param>
/// <param name="Negative">Share of windows whose fit qualifies as a negative bubble (B &gt; 0), in [0, 1].</param>
/// <param name="Windows">Number of windows fitted.</param>
/// <param name="NotConverged">Windows whose best fit did not converge (counted in <paramref name="Windows"/>, never qualified).</param>
/// <param name="TcQuantiles">Quantiles of the critical time over the qualified fits; null when none qualifies.</param>
internal sealed record LpplsConfidencePoint(
    DateOnly Date,
    double Positive,
    double Negative,
    int Windows,
    int NotConverged,
    IReadOnlyList<LpplsTcQuantilePoint>? TcQuantiles)
{
    public static LpplsConfidencePoint Of(DateOnly date, LpplsConfidence c) =>
        new(
            date,
            c.Positive,
            c.Negative,
            c.Windows,
            c.NotConverged,
            c.TcQuantiles?.Select(q => new LpplsTcQuantilePoint(q.Level, LpplsDates.CriticalDate(date, q.TcAfterEnd), q.TcAfterEnd)).ToList());
}

/// <summary>One quantile of the critical time.</summary>
/// <param name="Level">Quantile level in [0, 1].</param>
/// <param name="Tc">The critical time as a business day.</param>
/// <param name="TcSessions">The critical time in sessions after the end date.</param>
internal sealed record LpplsTcQuantilePoint(double Level, DateOnly Tc, double TcSessions);
