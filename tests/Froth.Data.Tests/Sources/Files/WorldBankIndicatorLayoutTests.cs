using Froth.Data.Sources;
using Froth.Data.Sources.Files;
using Froth.Series;

namespace Froth.Data.Tests.Sources.Files;

public sealed class WorldBankIndicatorLayoutTests
{
    private static readonly WorldBankIndicatorLayout Layout = new();

    public sealed class Given_the_China_extracts
    {
        [Fact]
        public void Should_read_CPI_inflation_from_1987_to_2024()
        {
            // SOURCES.md §7: FP.CPI.TOTL.ZG, 1987 → 2024, 38 rows. Line 2: China,CHN,1987,7.23383553065609;
            // line 22: …,2007,4.81676767378834; line 39: …,2024,0.218128938439177.
            var s = Layout.ReadSample("macro/china_cpi_inflation_annual_pct_worldbank.csv").Series("CN:CPI_INFLATION");
            s.Points.Count.ShouldBe(38);
            s.Points[0].ShouldBe(new ScalarPoint(new DateOnly(1987, 1, 1), 7.23383553065609));
            s.At(2007, 1, 1).ShouldBe(4.81676767378834);
            s.Points[^1].ShouldBe(new ScalarPoint(new DateOnly(2024, 1, 1), 0.218128938439177));
            s.Instrument.Unit.ShouldBe("percent");
            s.Instrument.Frequency.ShouldBe(Frequency.Annual);
            s.Instrument.Kind.ShouldBe(InstrumentKind.Macro);
            s.Source.ShouldBe("china_cpi_inflation_annual_pct_worldbank");
        }

        [Fact]
        public void Should_read_GDP_deflator_inflation_by_its_column_name()
        {
            // NY.GDP.DEFL.KD.ZG starts in 1961 and CPI in 1987 — the content SOURCES.md verified despite the swapped
            // upstream file names. Line 2: …,1961,15.2539937422295; line 56: …,2015,-0.00294409364951775; line 64: …,2023,-0.582393794026771.
            var s = Layout.ReadSample("macro/china_gdp_deflator_inflation_annual_pct_worldbank.csv").Series("CN:GDP_DEFLATOR_INFLATION");
            s.Points.Count.ShouldBe(63);
            s.Points[0].ShouldBe(new ScalarPoint(new DateOnly(1961, 1, 1), 15.2539937422295));
            s.At(2015, 1, 1).ShouldBe(-0.00294409364951775);
            s.Points[^1].ShouldBe(new ScalarPoint(new DateOnly(2023, 1, 1), -0.582393794026771));
        }

        [Fact]
        public void Should_read_nominal_GDP_in_US_dollars()
        {
            // Line 2: China,CHN,1960,59716249310.97416; line 57: …,2015,11061572618578.693; line 65: …,2023,17794781986104.457 (64 rows).
            var s = Layout.ReadSample("macro/china_gdp_current_usd_worldbank.csv").Series("CN:NOMINAL_GDP");
            s.Points.Count.ShouldBe(64);
            s.Points[0].ShouldBe(new ScalarPoint(new DateOnly(1960, 1, 1), 59716249310.97416));
            s.At(2015, 1, 1).ShouldBe(11061572618578.693);
            s.Points[^1].Value.ShouldBe(17794781986104.457);
            s.Instrument.Unit.ShouldBe("USD");
            s.Instrument.Currency.ShouldBe("USD");
        }
    }

    public sealed class Given_other_shapes
    {
        [Fact]
        public void Should_give_one_series_per_country()
        {
            var b = Layout.ReadText("cpi.csv", "Country,Country Code,Year,CPIInflationPct\nChina,CHN,2023,0.23\nJapan,JPN,2023,3.27\nArab World,ARB,2023,3.6\n");
            b.Scalars.Select(s => s.Instrument.Symbol).ShouldBe(["CN:CPI_INFLATION", "JP:CPI_INFLATION", "ARB:CPI_INFLATION"]);
        }

        [Fact]
        public void Should_refuse_the_upstream_Inflation_column_whose_file_names_are_swapped()
        {
            var e = Should.Throw<DataFormatException>(() => Layout.ReadText("inflation-consumer.csv", "Country,Country Code,Year,Inflation\nChina,CHN,2023,-0.58\n"));
            e.ShouldPointAt(1, "Inflation", "Inflation");
            e.Expected.ShouldContain("inflation-consumer.csv holds the GDP deflator");
        }

        [Fact]
        public void Should_not_guess_what_a_Value_column_measures_outside_a_gdp_file()
        {
            new WorldBankIndicatorLayout().Matches(new SourceSniff("population.csv", ["Country Name,Country Code,Year,Value"])).ShouldBeFalse();
            var e = Should.Throw<DataFormatException>(() => Layout.ReadText("population.csv", "Country Name,Country Code,Year,Value\nChina,CHN,2023,1410710000\n"));
            e.Column.ShouldBe("Value");
        }

        [Fact]
        public void Should_name_a_bad_year_and_a_bad_value()
        {
            Should.Throw<DataFormatException>(() => Layout.ReadText("cpi.csv", "Country,Country Code,Year,CPIInflationPct\nChina,CHN,23,0.2\n"))
                .ShouldPointAt(2, "Year", "23");
            Should.Throw<DataFormatException>(() => Layout.ReadText("cpi.csv", "Country,Country Code,Year,CPIInflationPct\nChina,CHN,2023,n/a\n"))
                .ShouldPointAt(2, "CPIInflationPct", "n/a");
        }

        [Fact]
        public void Should_skip_an_empty_value_with_an_issue()
        {
            var b = Layout.ReadText("cpi.csv", "Country,Country Code,Year,CPIInflationPct\nChina,CHN,2022,1.97\nChina,CHN,2023,\nChina,CHN,2024,0.22\n");
            b.Series("CN:CPI_INFLATION").Points.Count.ShouldBe(2);
            b.IssuesOf("missing-value").ShouldHaveSingleItem().Message.ShouldContain("a gap inside the series");
        }
    }
}
