using System.Globalization;
using Froth.Bubbles.Lppls;
using Froth.Series;
using Spectre.Console;

namespace Froth.Cli.Commands.Bubble;

/// <summary>What <c>froth bubble lppls</c> prints: the fit window, the parameters and the diagnostics.</summary>
/// <param name="Input">Symbol or file the prices came from.</param>
/// <param name="Column">Column of the file, or null for a symbol.</param>
/// <param name="From">First date of the window (t1).</param>
/// <param name="To">Last date of the window (t2).</param>
/// <param name="Sessions">Number of prices in the window.</param>
/// <param name="Tc">Critical time as a business day (see <see cref="LpplsDates"/>).</param>
/// <param name="TcSessions">Critical time in sessions after <paramref name="To"/> (fractional, > 0).</param>
/// <param name="M">Power-law exponent m.</param>
/// <param name="Omega">Angular log-frequency ω.</param>
/// <param name="A">Log price at tc.</param>
/// <param name="B">Power-law amplitude (time in sessions); negative for a positive bubble.</param>
/// <param name="C1">Cosine amplitude (time in sessions).</param>
/// <param name="C2">Sine amplitude (time in sessions).</param>
/// <param name="Damping">m·|B|/(ω·|C|); null when undefined (B = C = 0).</param>
/// <param name="Oscillations">(ω/2π)·ln((tc − t1)/(tc − t2)).</param>
/// <param name="RelativeError">Mean |p − p̂|/p̂ over the window, as a fraction.</param>
/// <param name="Sse">Residual sum of squares of the log prices.</param>
/// <param name="Sign">positive (B &lt; 0), negative (B &gt; 0) or none.</param>
/// <param name="AtSearchBound">Parameters that ended on a bound of the search (tc, m, omega): the bound, not the data, set them.</param>
/// <param name="Converged">Whether the best search converged.</param>
/// <param name="Qualified">Whether the fit passes each filter.</param>
/// <param name="Search">How the fit was searched.</param>
internal sealed record LpplsFitResult(
    string Input,
    string? Column,
    DateOnly From,
    DateOnly To,
    int Sessions,
    DateOnly Tc,
    double TcSessions,
    double M,
    double Omega,
    double A,
    double B,
    double C1,
    double C2,
    double? Damping,
    double? Oscillations,
    double RelativeError,
    double Sse,
    LpplsBubbleSign Sign,
    IReadOnlyList<string> AtSearchBound,
    bool Converged,
    LpplsQualified Qualified,
    LpplsSearch Search)
{
    public static LpplsFitResult Of(LpplsInput series, LpplsFit fit, LpplsOptions options)
    {
        var last = series.Dates[^1];
        return new LpplsFitResult(
            series.Name,
            series.Column,
            series.Dates[0],
            last,
            series.Prices.Count,
            LpplsDates.CriticalDate(last, fit.TcAfterEnd),
            fit.TcAfterEnd,
            fit.Model.M,
            fit.Model.Omega,
            fit.Model.A,
            fit.Model.B,
            fit.Model.C1,
            fit.Model.C2,
            LpplsInput.Finite(fit.Damping),
            LpplsInput.Finite(fit.Oscillations),
            fit.RelativeError,
            fit.Sse,
            fit.Sign,
            fit.AtSearchBound,
            fit.Converged,
            new LpplsQualified(LpplsFilters.Confidence.Qualifies(fit), LpplsFilters.Trust.Qualifies(fit)),
            new LpplsSearch(options.Seed, options.Starts, fit.FinalistSse.Count, fit.FinalistsConverged));
    }

    public void Render(IAnsiConsole console)
    {
        var table = new Table().AddColumn("LPPLS fit").AddColumn(new TableColumn("value").RightAligned());
        table.Title = new TableTitle(Markup.Escape($"{Input}{(Column is null ? string.Empty : $" [{Column}]")}, {IsoDate.Format(From)} – {IsoDate.Format(To)} ({Sessions} sessions)"));
        void Row(string name, string value) => table.AddRow(Markup.Escape(name), Markup.Escape(value));
        Row("tc (critical time)", $"{IsoDate.Format(Tc)} ({Number(TcSessions, "F1")} sessions after {IsoDate.Format(To)})");
        Row("m", Number(M, "F3"));
        Row("ω", Number(Omega, "F3"));
        Row("A", Number(A, "F4"));
        Row("B", Number(B, "G4"));
        Row("C1", Number(C1, "G4"));
        Row("C2", Number(C2, "G4"));
        Row("bubble", Sign.ToString().ToLowerInvariant());
        Row("damping", Damping is { } d ? Number(d, "F2") : "undefined");
        Row("oscillations", Oscillations is { } o ? Number(o, "F2") : "undefined");
        Row("relative error", Number(RelativeError * 100, "F2") + "%");
        Row("at a search bound", AtSearchBound.Count == 0 ? "none" : string.Join(", ", AtSearchBound));
        Row("qualified (confidence filter)", Qualified.Confidence ? "yes" : "no");
        Row("qualified (trust filter)", Qualified.Trust ? "yes" : "no");
        Row("converged", Converged ? $"yes ({Search.FinalistsConverged} of {Search.Finalists} final searches)" : $"no ({Search.FinalistsConverged} of {Search.Finalists} final searches)");
        console.Write(table);
    }

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}

/// <summary>Whether a fit passes the confidence and the trust filters of Sornette et al. (2015).</summary>
internal sealed record LpplsQualified(bool Confidence, bool Trust);

/// <summary>How a fit was searched: the seed, the starts, and how many final searches ran and converged.</summary>
internal sealed record LpplsSearch(long Seed, int Starts, int Finalists, int FinalistsConverged);
