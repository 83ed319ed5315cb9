using Froth.Narrative;
using Froth.Reports.Model;
using static Froth.Reports.Building.Words;

namespace Froth.Reports.Building;

/// <summary>The macro backdrop: the country's latest inflation, deflator and growth (docs/valuation.md), and why the rally can or cannot be set against nominal growth.</summary>
internal static class MacroSection
{
    /// <summary>Years listed in the table.</summary>
    private const int TableYears = 8;

    /// <summary>Deflation years are listed from this year on.</summary>
    private const int DeflationSince = 2000;

    public static ReportSection Build(ReportContext ctx)
    {
        if (ctx.Inputs.Macro is not { } macro)
        {
            return new ReportSection("macro", "The macro backdrop", [new ParagraphBlock([Sentences.Write($"The store holds no macro series for the basket's country; import the macro files to see this section.")], ParagraphStyle.Note)]);
        }

        var country = macro.Country;
        var sources = macro.Series.ToDictionary(m => m.Symbol[(m.Symbol.IndexOf(':') + 1)..], m => new FactSource(m.Symbol, m.Source.Source), StringComparer.Ordinal);
        var unverified = macro.Series.Where(m => !m.Verified).Select(m => m.Symbol[(m.Symbol.IndexOf(':') + 1)..]).ToHashSet(StringComparer.Ordinal);

        // Only years completed by the as-of date (the analysis layer keeps those): a year's figures are published after it ends.
        var overlay = macro.Overlay;
        var book = ctx.Book;
        var paragraph = new List<Sentence>();
        var countryName = book.Name("macro", CountryName(country), "the country of the basket's markets", ctx.AsOf, [], "country");
        FactSource[] Src(string metric) => sources.TryGetValue(metric, out var s) ? [s] : [];
        Fact Year(string metric, int year) => book.Number("macro", $"{metric}.year", FactKind.Year, year, $"year of the latest {metric}", new DateOnly(year, 12, 31), Src(metric));
        var latest = overlay.Years;
        if (latest.LastOrDefault(y => y.GdpDeflatorInflation is not null) is { } d)
        {
            var value = book.Number("macro", "deflator", FactKind.Return, d.GdpDeflatorInflation!.Value, "GDP-deflator inflation", new DateOnly(d.Year, 12, 31), Src("GDP_DEFLATOR_INFLATION"));
            var year = Year("GDP_DEFLATOR_INFLATION", d.Year);
            var others = latest.Where(y => y.GdpDeflatorInflation < 0 && y.Year >= DeflationSince && y.Year != d.Year).Select(y => y.Year).ToList();
            if (d.GdpDeflatorInflation < 0 && others.Count > 0)
            {
                var years = others.Select((y, i) => book.Number("macro", $"deflation.year.{i + 1}", FactKind.Year, y, "an earlier year of negative GDP-deflator inflation", new DateOnly(y, 12, 31), Src("GDP_DEFLATOR_INFLATION"))).ToList();
                paragraph.Add(Sentences.Write($"{countryName}'s GDP deflator fell {value:abs} in {year}: the prices of everything its economy produces declined, as they last did in {List(years)}."));
            }
            else
            {
                paragraph.Add(Sentences.Write($"{countryName}'s GDP deflator {RoseFell(value)} {value:abs} in {year}."));
            }
        }

        if (latest.LastOrDefault(y => y.CpiInflation is not null) is { } c)
        {
            var value = book.Number("macro", "cpi", FactKind.Return, c.CpiInflation!.Value, "consumer-price inflation", new DateOnly(c.Year, 12, 31), Src("CPI_INFLATION"));
            paragraph.Add(Sentences.Write($"Consumer prices {RoseFell(value)} {value:abs} in {Year("CPI_INFLATION", c.Year)}."));
        }

        if (latest.LastOrDefault(y => y.RealGdpGrowth is not null) is { } r)
        {
            var value = book.Number("macro", "realGrowth", FactKind.Return, r.RealGdpGrowth!.Value, "real GDP growth", new DateOnly(r.Year, 12, 31), Src("REAL_GDP_GROWTH"));
            var caveat = unverified.Contains("REAL_GDP_GROWTH") ? W(", by a hand-compiled table nobody has verified") : W("");
            paragraph.Add(Sentences.Write($"Real GDP grew {value:abs} in {Year("REAL_GDP_GROWTH", r.Year)}{caveat}."));
        }

        if (overlay.LatestNominalGrowthLocal is { } n && latest.Any(y => y.Year == n.Year))
        {
            var value = book.Number("macro", "nominalGrowth", FactKind.Return, n.Value, "nominal GDP growth in local currency, (1 + real)(1 + deflator) − 1", new DateOnly(n.Year, 12, 31), [.. Src("REAL_GDP_GROWTH"), .. Src("GDP_DEFLATOR_INFLATION")]);
            var year = book.Number("macro", "nominalGrowth.year", FactKind.Year, n.Year, "year of the latest nominal growth", new DateOnly(n.Year, 12, 31), [.. Src("REAL_GDP_GROWTH"), .. Src("GDP_DEFLATOR_INFLATION")]);
            paragraph.Add(Sentences.Write($"Combining real growth with the deflator, nominal GDP in local currency grew {value:abs} in {year}."));
            var basket = ctx.Basket;
            if (basket.Facts.Returns.OneYear is { } oneYear)
            {
                var r1 = book.Number("basket", "return.1y", FactKind.Return, oneYear.Return, "return over one year", basket.Facts.AsOf, [basket.Source]);
                if (ctx.Inputs.Verdict.NominalGrowth is { } g)
                {
                    var gap = book.Number("macro", "divergence", FactKind.PercentagePoints, oneYear.Return - g.Value, "the basket's one-year return minus the latest nominal GDP growth", ctx.AsOf, [basket.Source, .. Src("REAL_GDP_GROWTH"), .. Src("GDP_DEFLATOR_INFLATION")]);
                    paragraph.Add(Sentences.Write($"Over the past year the {basket.Name} returned {r1}, {gap:abs} percentage points {W(gap.Value >= 0 ? "more" : "less")} than the economy grew in nominal terms."));
                }
                else
                {
                    paragraph.Add(Sentences.Write($"Those annual figures end before the rally: the {basket.Name}'s one-year return of {r1} has no nominal growth of the same period to be set against, so the verdict leaves the macro divergence out."));
                }
            }
        }

        var rows = latest.Where(y => y.CpiInflation is not null || y.GdpDeflatorInflation is not null || y.RealGdpGrowth is not null).TakeLast(TableYears).Select(y =>
        {
            var end = new DateOnly(y.Year, 12, 31);
            ReportCell Cell(string metric, double? v, string label, FactSource[] src) => ReportCell.Of(book.Number("macro", $"{metric}.{y.Year}", FactKind.Return, v, label, end, src), FactForm.Signed, true);
            return (IReadOnlyList<ReportCell>)
            [
                ReportCell.Of(book.Number("macro", $"year.{y.Year}", FactKind.Year, y.Year, "calendar year", end, [])),
                Cell("cpi", y.CpiInflation, "consumer-price inflation", Src("CPI_INFLATION")),
                Cell("deflator", y.GdpDeflatorInflation, "GDP-deflator inflation", Src("GDP_DEFLATOR_INFLATION")),
                Cell("realGrowth", y.RealGdpGrowth, "real GDP growth", Src("REAL_GDP_GROWTH")),
                Cell("nominalGrowth", y.NominalGrowthLocal, "nominal GDP growth in local currency", [.. Src("REAL_GDP_GROWTH"), .. Src("GDP_DEFLATOR_INFLATION")]),
            ];
        }).ToList();
        var notes = new List<Sentence> { Sentences.Write($"Annual rates from the World Bank, except real growth{W(unverified.Count > 0 ? ", which comes from a hand-compiled table that has not been verified" : "")}.") };
        var table = new ReportTable([new("Year"), new("Consumer prices", true), new("GDP deflator", true), new("Real GDP", true), new("Nominal GDP, local", true)], rows, notes).Validated();
        return new ReportSection("macro", "The macro backdrop", [new ParagraphBlock(paragraph), new TableBlock(table)]);
    }

    private static string CountryName(string code) => code switch
    {
        "CN" => "China",
        "US" => "The United States",
        "JP" => "Japan",
        _ => code,
    };

    private static Sentence List(IReadOnlyList<Fact> years)
    {
        var list = Sentences.Write($"{years[0]}");
        for (var i = 1; i < years.Count - 1; i++)
        {
            list = Sentences.Write($"{list}, {years[i]}");
        }

        return years.Count == 1 ? list : Sentences.Write($"{list} and {years[^1]}");
    }
}
