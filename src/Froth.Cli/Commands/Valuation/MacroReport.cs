using System.Globalization;
using Froth.Macro;
using Froth.Series;
using Froth.Valuation;
using Spectre.Console;

namespace Froth.Cli.Commands.Valuation;

/// <summary>What <c>froth macro</c> prints: a country's annual macro series, facts, and an index against nominal growth.</summary>
/// <param name="Country">ISO country code.</param>
/// <param name="Unit">Unit of every rate in <paramref name="Years"/>: <c>fraction</c> (0.053 = 5.3 %).</param>
/// <param name="Series">Where each column comes from.</param>
/// <param name="SinceYear">First year listed.</param>
/// <param name="Years">One row per year from <paramref name="SinceYear"/>.</param>
/// <param name="Facts">Sentences computed from the series.</param>
/// <param name="Index">The index against nominal GDP growth, when <c>--index</c> is given.</param>
/// <param name="Notes">What is missing or unverified.</param>
internal sealed record MacroReport(
    string Country,
    string Unit,
    IReadOnlyList<MacroSeriesReport> Series,
    int SinceYear,
    IReadOnlyList<MacroYear> Years,
    IReadOnlyList<string> Facts,
    DivergenceReport? Index,
    IReadOnlyList<string> Notes)
{
    public void Render(IAnsiConsole console)
    {
        var sources = new Table().AddColumn("column").AddColumn("series").AddColumn("source").AddColumn("unit (source)").AddColumn("years");
        sources.Title = new TableTitle(Markup.Escape($"{Country} macro series"));
        foreach (var s in Series)
        {
            sources.AddRow(
                Markup.Escape(s.Field),
                Markup.Escape(s.Verified ? s.Symbol : $"{s.Symbol} (UNVERIFIED)"),
                Markup.Escape(s.Source),
                Markup.Escape(s.SourceUnit ?? "—"),
                Markup.Escape($"{s.FirstYear}–{s.LastYear}"));
        }

        console.Write(sources);

        var table = new Table().AddColumn("year");
        foreach (var h in new[] { "CPI", "GDP deflator", "real growth", "nominal (local)", "GDP, USD bn", "nominal (USD)" })
        {
            table.AddColumn(new TableColumn(h).RightAligned());
        }

        table.Title = new TableTitle("annual, % (nominal local = (1 + real)(1 + deflator) − 1)");
        foreach (var y in Years)
        {
            table.AddRow(
                y.Year.ToString(CultureInfo.InvariantCulture),
                Pct(y.CpiInflation),
                Pct(y.GdpDeflatorInflation),
                Pct(y.RealGdpGrowth),
                Pct(y.NominalGrowthLocal),
                y.NominalGdp is { } g ? (g / 1e9).ToString("N0", CultureInfo.InvariantCulture) : "—",
                Pct(y.NominalGdpGrowth));
        }

        console.Write(table);
        foreach (var f in Facts)
        {
            console.WriteLine($"- {f}");
        }

        Index?.Render(console);
        foreach (var n in Notes)
        {
            console.WriteLine($"note: {n}");
        }
    }

    internal static string Pct(double? v) => v is { } x ? (x * 100).ToString("F2", CultureInfo.InvariantCulture) : "—";
}

/// <summary>One macro column's provenance.</summary>
/// <param name="Field">The JSON field of <see cref="MacroYear"/> it fills.</param>
/// <param name="Symbol">Stored series.</param>
/// <param name="Name">Its name.</param>
/// <param name="Source">Source read (the store's preferred).</param>
/// <param name="SourceUnit">Unit as stored (<c>percent</c>, <c>USD</c>); rates are converted to fractions.</param>
/// <param name="Verified">False for the hand-compiled table nobody has checked.</param>
/// <param name="FirstYear">First year.</param>
/// <param name="LastYear">Last year.</param>
internal sealed record MacroSeriesReport(string Field, string Symbol, string Name, string Source, string? SourceUnit, bool Verified, int FirstYear, int LastYear);

/// <summary>The momentum-versus-fundamentals divergence of an index (see <see cref="DivergenceResult"/>).</summary>
internal sealed record DivergenceReport(
    string Symbol,
    string Name,
    string PriceSource,
    string? Currency,
    NominalGrowthMeasure Measure,
    string MeasureReason,
    int FirstYear,
    int LastYear,
    double IndexGrowth,
    double NominalGrowth,
    double IndexCagr,
    double NominalCagr,
    double Divergence,
    string? PeSeries,
    string? PeSource,
    double? ReRatingShare,
    double? EarningsShare,
    DecompositionResult? Decomposition,
    string? DecompositionNote,
    IReadOnlyList<DivergenceYear> Years,
    string Summary)
{
    public void Render(IAnsiConsole console)
    {
        var table = new Table().AddColumn("year").AddColumn(new TableColumn("last close").RightAligned())
            .AddColumn(new TableColumn("index return, %").RightAligned())
            .AddColumn(new TableColumn("nominal GDP, %").RightAligned())
            .AddColumn(new TableColumn("excess, %").RightAligned());
        table.Title = new TableTitle(Markup.Escape($"{Symbol} against nominal GDP growth ({(Measure == NominalGrowthMeasure.LocalCurrency ? "local currency" : "current US dollars")})"));
        foreach (var y in Years)
        {
            table.AddRow(
                y.Year.ToString(CultureInfo.InvariantCulture),
                y.Close is { } c ? Markup.Escape($"{c.ToString("F2", CultureInfo.InvariantCulture)} ({IsoDate.Format(y.CloseDate!.Value)})") : "—",
                MacroReport.Pct(y.IndexReturn),
                MacroReport.Pct(y.NominalGrowth),
                MacroReport.Pct(y.Excess));
        }

        console.Write(table);
        console.WriteLine($"- {Summary}");
    }
}
