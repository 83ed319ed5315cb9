using System.Globalization;
using Froth.Series;
using Froth.Valuation;
using Spectre.Console;

namespace Froth.Cli.Commands.Valuation;

/// <summary>What <c>froth decompose</c> prints: a price return split into earnings growth and re-rating (see <see cref="DecompositionResult"/>).</summary>
internal sealed record DecomposeReport(
    string Symbol,
    string Name,
    string PriceSource,
    string PeSeries,
    string PeSource,
    DateOnly From,
    DateOnly To,
    DateOnly Start,
    DateOnly End,
    double PriceStart,
    double PriceEnd,
    double PeStart,
    double PeEnd,
    double EarningsStart,
    double EarningsEnd,
    double PriceReturn,
    double EarningsGrowth,
    double ReRating,
    double LogPriceReturn,
    double? EarningsShare,
    double? ReRatingShare,
    IReadOnlyList<string> Warnings)
{
    public static DecomposeReport Of(ValuationTarget target, string priceSource, string peSeries, string peSource, DateOnly from, DateOnly to, DecompositionResult d, IReadOnlyList<string> warnings) => new(
        target.Subject, target.Name, priceSource, peSeries, peSource, from, to, d.Start, d.End, d.PriceStart, d.PriceEnd, d.PeStart, d.PeEnd,
        d.EarningsStart, d.EarningsEnd, d.PriceReturn, d.EarningsGrowth, d.ReRating, d.LogPriceReturn, d.EarningsShare, d.ReRatingShare, warnings);

    public void Render(IAnsiConsole console)
    {
        var table = new Table()
            .AddColumn(string.Empty)
            .AddColumn(new TableColumn(IsoDate.Format(Start)).RightAligned())
            .AddColumn(new TableColumn(IsoDate.Format(End)).RightAligned())
            .AddColumn(new TableColumn("change").RightAligned())
            .AddColumn(new TableColumn("share of log return").RightAligned());
        table.Title = new TableTitle(Markup.Escape($"{Symbol} return = earnings growth × re-rating (prices {PriceSource}, P/E {PeSource})"));
        table.AddRow("price", F(PriceStart), F(PriceEnd), P(PriceReturn), "1.000");
        table.AddRow("implied earnings (price ÷ P/E)", F(EarningsStart), F(EarningsEnd), P(EarningsGrowth), S(EarningsShare));
        table.AddRow("P/E (re-rating)", F(PeStart), F(PeEnd), P(ReRating), S(ReRatingShare));
        console.Write(table);
        console.WriteLine($"check: (1 + {P(EarningsGrowth)}) × (1 + {P(ReRating)}) − 1 = {P(((1 + EarningsGrowth) * (1 + ReRating)) - 1)}");
        foreach (var w in Warnings)
        {
            console.WriteLine($"note: {w}");
        }
    }

    private static string F(double v) => v.ToString("F2", CultureInfo.InvariantCulture);

    private static string P(double v) => (v * 100).ToString("F2", CultureInfo.InvariantCulture) + "%";

    private static string S(double? v) => v is { } x ? x.ToString("F3", CultureInfo.InvariantCulture) : "undefined";
}
