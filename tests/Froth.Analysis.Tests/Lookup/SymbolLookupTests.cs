using Froth.Analysis.Lookup;
using Froth.Data.MarketData;
using Froth.Data.Symbols;
using Froth.Series;

namespace Froth.Analysis.Tests.Lookup;

/// <summary><see cref="SymbolLookup"/> over a small in-memory market: every outcome is a result, never an exception, until <see cref="LookupResult.Require"/>.</summary>
public sealed class SymbolLookupTests
{
    // Three stored instruments: Tencent with the alias TENCENT, and two Alibaba lines sharing the alias
    // CHINA-TECH (made up for the test, so that it is ambiguous).
    private static readonly Instrument Tencent = new("0700.HK", "Tencent Holdings", InstrumentKind.Stock, "HK", "HKD") { Aliases = ["TENCENT"] };
    private static readonly Instrument AlibabaHk = new("9988.HK", "Alibaba Group (HK)", InstrumentKind.Stock, "HK", "HKD") { Aliases = ["BABA-HK", "CHINA-TECH"] };
    private static readonly Instrument AlibabaUs = new("BABA", "Alibaba Group ADR", InstrumentKind.Stock, "US", "USD") { Aliases = ["CHINA-TECH"] };

    private static readonly InMemoryMarketData Market = new([Series(Tencent), Series(AlibabaHk), Series(AlibabaUs)]);

    private static BarSeries Series(Instrument instrument) =>
        new(instrument, "test", PriceAdjustment.None, [new DailyBar(new DateOnly(2025, 1, 2), 10, 10, 10, 10, null), new DailyBar(new DateOnly(2025, 1, 3), 11, 11, 11, 11, null)]);

    [Theory]
    [InlineData("0700.HK")]
    [InlineData("0700.hk")]
    [InlineData("  0700.HK ")]
    [InlineData("TENCENT")]
    [InlineData("tencent")]
    [InlineData("Tencent")]
    public void Should_find_an_instrument_by_symbol_or_alias_in_any_case(string name)
    {
        var result = SymbolLookup.Find(Market, name);

        result.Status.ShouldBe(LookupStatus.Found);
        result.IsFound.ShouldBeTrue();
        result.Instrument.ShouldBe(Tencent);
        result.Candidates.ShouldBeEmpty();
        result.Suggestions.ShouldBeEmpty();
        result.Message.ShouldBeEmpty();
        result.Require().ShouldBe(Tencent);
    }

    [Fact]
    public void Should_list_the_candidates_of_an_alias_several_instruments_share()
    {
        var result = SymbolLookup.Find(Market, "china-tech");

        result.Status.ShouldBe(LookupStatus.Ambiguous);
        result.Instrument.ShouldBeNull();
        result.Candidates.ShouldBe([AlibabaHk, AlibabaUs]); // ordered by symbol: "9988.HK" < "BABA" (digits sort before letters)
        result.Message.ShouldBe("'china-tech' is an alias of several instruments: 9988.HK, BABA; use the canonical symbol.");
    }

    [Fact]
    public void Should_suggest_the_closest_names_to_an_unknown_one()
    {
        // TENCNT is one deletion away from TENCENT (1·3 ≤ 7 letters); every other stored name is more than a third
        // of its length away and neither contains the other
        SymbolCatalog.Find("TENCNT").ShouldBeNull(); // so the catalogue cannot claim it either

        var result = SymbolLookup.Find(Market, "TENCNT");

        result.Status.ShouldBe(LookupStatus.Unknown);
        result.Instrument.ShouldBeNull();
        result.Suggestions.ShouldBe(["TENCENT"]);
        result.Message.ShouldBe("Unknown symbol 'TENCNT'; did you mean TENCENT? Run 'froth list' to see every instrument.");
    }

    [Fact]
    public void Should_say_so_when_nothing_is_close()
    {
        var result = SymbolLookup.Find(Market, "QQQQZZZZ");

        result.Status.ShouldBe(LookupStatus.Unknown);
        result.Suggestions.ShouldBeEmpty();
        result.Message.ShouldContain("Unknown symbol 'QQQQZZZZ': the store holds no instrument with that symbol or alias.");
    }

    [Theory]
    [InlineData("^NDX")]
    [InlineData("ndx")]
    public void Should_tell_a_catalogued_instrument_without_rows_from_an_unknown_one(string name)
    {
        // The catalogue lists ^NDX (alias NDX); the market stores nothing for it
        Market.Bars("^NDX").ShouldBeEmpty();

        var result = SymbolLookup.Find(Market, name);

        result.Status.ShouldBe(LookupStatus.NotStored);
        result.Instrument!.Symbol.ShouldBe("^NDX");
        result.Message.ShouldBe("^NDX (Nasdaq-100 Index) is a known symbol but the store has no data for it; import or fetch it first (froth import, froth fetch).");
    }

    [Theory]
    [InlineData("china-tech", LookupStatus.Ambiguous)]
    [InlineData("TENCNT", LookupStatus.Unknown)]
    [InlineData("^NDX", LookupStatus.NotStored)]
    [InlineData("   ", LookupStatus.Unknown)]
    public void Should_throw_the_results_message_only_when_one_instrument_is_required(string name, LookupStatus status)
    {
        var result = SymbolLookup.Find(Market, name);
        result.Status.ShouldBe(status);

        var e = Should.Throw<LookupException>(() => result.Require());

        e.Message.ShouldBe(result.Message);
        e.Message.ShouldNotBeEmpty();
        e.Result.ShouldBe(result);
        e.ShouldBeAssignableTo<FrothException>();
    }
}
