using System.Text;
using Froth.Baskets;
using Froth.Data.Baskets;
using Froth.Data.Sources;

namespace Froth.Data.Tests.Baskets;

public sealed class BasketFileTests
{
    private static BasketSource Parse(string json) => BasketFile.Parse("b.json", Encoding.UTF8.GetBytes(json), "b");

    private static DataFormatException Fails(string json) => Should.Throw<DataFormatException>(() => Parse(json));

    public sealed class Valid_files
    {
        [Fact]
        public void Should_read_every_field_and_both_constituent_forms()
        {
            var source = Parse("""
                {
                  // a comment
                  "name": "mine",
                  "description": "two names",
                  "weighting": "cap",
                  "rebalancing": "monthly",
                  "reportingCurrency": "USD",
                  "benchmarks": ["NDX", "HSTECH"],
                  "constituents": [
                    { "symbol": "0700.HK", "shares": 9100000000 },
                    { "symbol": "TENCENT2", "shares": 1.5e9 },
                  ],
                }
                """);

            source.Definition.ShouldBe(source.Definition with
            {
                Name = "mine",
                Description = "two names",
                Weighting = BasketWeighting.Cap,
                Rebalancing = BasketRebalancing.Monthly,
                ReportingCurrency = "USD",
            });
            source.Definition.Constituents.ShouldBe([new BasketConstituent("0700.HK", 9.1e9), new BasketConstituent("TENCENT2", 1.5e9)]);
            source.Definition.Benchmarks.ShouldBe(["NDX", "HSTECH"]);
            source.Lines["constituents[1].symbol"].ShouldBe(11);
        }

        [Fact]
        public void Should_default_to_equal_weights_rebalanced_quarterly_in_local_currencies_named_after_the_file()
        {
            var source = Parse("""{ "constituents": ["0700.HK", "688256.SS"] }""");

            source.Definition.Name.ShouldBe("b");
            source.Definition.Weighting.ShouldBe(BasketWeighting.Equal);
            source.Definition.Rebalancing.ShouldBe(BasketRebalancing.Quarterly);
            source.Definition.ReportingCurrency.ShouldBeNull();
            source.SymbolPath(1).ShouldBe("constituents[1]");
        }

        [Fact]
        public void Should_read_a_file_from_disk_with_a_byte_order_mark()
        {
            var path = Path.Combine(Directory.CreateTempSubdirectory("froth-basket-").FullName, "two.json");
            File.WriteAllBytes(path, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("""{"constituents": ["A", "B"]}""")]);

            var source = BasketFile.Read(path);

            source.Definition.Name.ShouldBe("two");
            source.Location.ShouldBe(path);
        }
    }

    public sealed class Bad_files
    {
        [Fact]
        public void Should_name_the_line_field_and_value_of_an_unknown_weighting()
        {
            var e = Fails("{\n  \"weighting\": \"market\",\n  \"constituents\": [\"A\"]\n}");
            e.Message.ShouldBe("b.json:2, column 'weighting': got 'market'; expected one of equal, price, cap, fixed.");
        }

        [Fact]
        public void Should_refuse_a_misspelt_field()
        {
            var e = Fails("{\n  \"constituents\": [\"A\"],\n  \"weigthing\": \"cap\"\n}");
            e.Line.ShouldBe(3);
            e.Column.ShouldBe("weigthing");
            e.Expected.ShouldContain("a field of the basket: name, description, weighting");
        }

        [Fact]
        public void Should_refuse_an_empty_basket()
        {
            var e = Fails("{\n  \"constituents\": []\n}");
            e.Line.ShouldBe(2);
            e.Expected.ShouldContain("at least one constituent");
        }

        [Fact]
        public void Should_refuse_a_basket_without_constituents_and_an_empty_file()
        {
            Fails("""{ "name": "x" }""").Expected.ShouldContain("a 'constituents' list");
            Fails("  \n").Expected.ShouldContain("the file is empty");
        }

        [Theory]
        [InlineData("-5")]
        [InlineData("0")]
        [InlineData("\"lots\"")]
        public void Should_refuse_shares_that_are_not_a_positive_number(string shares)
        {
            var e = Fails($"{{\n\"constituents\": [\n  \"A\",\n  {{ \"symbol\": \"B\", \"shares\": {shares} }}\n]}}");
            e.Line.ShouldBe(4);
            e.Column.ShouldBe("constituents[1].shares");
            e.Value.ShouldBe(shares.Trim('"'));
            e.Expected.ShouldBe("a positive number of shares");
        }

        [Fact]
        public void Should_refuse_cap_weights_without_shares_for_every_constituent()
        {
            var e = Fails("{\"weighting\": \"cap\", \"constituents\": [\n{\"symbol\": \"A\", \"shares\": 10},\n\"B\"]}");
            e.Line.ShouldBe(3);
            e.Column.ShouldBe("constituents[1]");
            e.Value.ShouldBe("B");
            e.Expected.ShouldContain("shares for every constituent of a cap-weighted basket");
        }

        [Fact]
        public void Should_refuse_a_weight_unless_the_weighting_is_fixed()
        {
            var e = Fails("""{"constituents": [{"symbol": "A", "weight": 2}]}""");
            e.Column.ShouldBe("constituents[0].weight");
            e.Expected.ShouldContain("set \"weighting\": \"fixed\"");
        }

        [Fact]
        public void Should_refuse_a_constituent_listed_twice_whatever_the_case()
        {
            var e = Fails("{\"constituents\": [\n\"0700.HK\",\n\"0700.hk\"]}");
            e.Line.ShouldBe(3);
            e.Expected.ShouldContain("each constituent once (also constituents[0])");
        }

        [Fact]
        public void Should_refuse_a_currency_that_is_not_an_iso_code()
        {
            Fails("""{"reportingCurrency": "dollars", "constituents": ["A"]}""").Expected.ShouldContain("'local' or an upper-case ISO currency code");
        }

        [Fact]
        public void Should_name_the_line_of_broken_json()
        {
            var e = Fails("{\n  \"constituents\": [\"A\"\n  \"B\"]\n}");
            e.Line.ShouldBe(3);
            e.Expected.ShouldStartWith("valid JSON");
        }

        [Fact]
        public void Should_refuse_a_file_that_cannot_be_read()
        {
            var e = Should.Throw<DataFormatException>(() => BasketFile.Read("/no/such/basket.json"));
            e.Message.ShouldContain("/no/such/basket.json");
            e.Expected.ShouldContain("a readable basket file");
        }
    }
}
