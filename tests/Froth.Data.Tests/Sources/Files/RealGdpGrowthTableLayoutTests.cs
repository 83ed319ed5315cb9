using Froth.Data.Sources;
using Froth.Data.Sources.Files;

namespace Froth.Data.Tests.Sources.Files;

public sealed class RealGdpGrowthTableLayoutTests
{
    private static readonly RealGdpGrowthTableLayout Layout = new();
    private static readonly Lazy<ImportBatch> Sample = new(() => Layout.ReadSample("macro/gdp_real_growth_usa_japan_china_2000_2025_UNVERIFIED.csv"));

    [Fact]
    public void Should_give_three_countries_from_2000_to_2025()
    {
        // Header Year,USA_…,Japan_…,China_…; 26 rows 2000 → 2025. Line 2: 2000,4.1,2.8,8.5; line 9: 2007,2.0,1.5,14.2; line 27: 2025,2.0,1.0,4.5.
        var b = Sample.Value;
        b.Scalars.Select(s => s.Instrument.Symbol).ShouldBe(["US:REAL_GDP_GROWTH", "JP:REAL_GDP_GROWTH", "CN:REAL_GDP_GROWTH"]);
        b.Scalars.ShouldAllBe(s => s.Points.Count == 26);
        b.Series("US:REAL_GDP_GROWTH").At(2000, 1, 1).ShouldBe(4.1);
        b.Series("CN:REAL_GDP_GROWTH").At(2007, 1, 1).ShouldBe(14.2);
        b.Series("JP:REAL_GDP_GROWTH").At(2025, 1, 1).ShouldBe(1.0);
    }

    [Fact]
    public void Should_say_it_is_unverified_in_every_name_and_in_an_info_issue()
    {
        // SOURCES.md §7: hand-compiled; China 2024 = 4.8 here where the NBS published 5.0.
        var b = Sample.Value;
        b.Series("CN:REAL_GDP_GROWTH").At(2024, 1, 1).ShouldBe(4.8);
        b.Scalars.ShouldAllBe(s => s.Instrument.Name.Contains("UNVERIFIED"));
        var info = b.IssuesOf("unverified-source").ShouldHaveSingleItem();
        info.Severity.ShouldBe(IssueSeverity.Info);
        info.Message.ShouldContain("UNVERIFIED");
    }

    [Fact]
    public void Should_refuse_a_country_it_cannot_name()
    {
        var e = Should.Throw<DataFormatException>(() => Layout.ReadText("g.csv", "Year,Atlantis_real_GDP_growth_%\n2000,1.0\n"));
        e.ShouldPointAt(1, "Atlantis_real_GDP_growth_%", "Atlantis_real_GDP_growth_%");
    }
}
