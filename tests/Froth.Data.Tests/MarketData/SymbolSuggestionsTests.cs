using Froth.Data.MarketData;

namespace Froth.Data.Tests.MarketData;

public sealed class SymbolSuggestionsTests
{
    private static readonly string[] Known = ["^NDX", "NDX", "HSTECH", "HSTECH.HK", "STAR50", "000688.SS", "0700.HK", "CHINEXT"];

    [Fact]
    public void Should_suggest_names_containing_the_query_first()
    {
        // "HSTEC" is contained in HSTECH and HSTECH.HK (score 0), which sort ordinally.
        SymbolSuggestions.Closest("HSTEC", Known).ShouldBe(["HSTECH", "HSTECH.HK"]);
    }

    [Fact]
    public void Should_suggest_by_edit_distance_when_nothing_contains_the_query()
    {
        // STRA50 -> STAR50 is one transposition = 2 edits (Levenshtein), within a third of 6 characters.
        SymbolSuggestions.Closest("STRA50", Known).ShouldBe(["STAR50"]);
    }

    [Fact]
    public void Should_suggest_nothing_for_a_name_far_from_everything()
    {
        SymbolSuggestions.Closest("ZZZZZZZZ", Known).ShouldBeEmpty();
    }
}
