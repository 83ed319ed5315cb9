using Froth.Cli.Hosting;
using Froth.Data.MarketData;
using Froth.Series;

namespace Froth.Cli.Tests.Hosting;

/// <summary>
/// Control characters and bidirectional overrides in data (an instrument's name, a file's text in an error) reach the
/// terminal as visible escapes, never as the characters themselves (ESC ] 0 ; … BEL retitles a terminal, ESC [ 2 J
/// clears it, U+202E reverses what follows).
/// </summary>
public sealed class ControlCharacterTests
{
    private const string Hostile = "Evil\u001b]0;owned\u0007 \u001b[2J \u009b \u202Egnp.exe\u2066x\u2069";

    private static InMemoryMarketData Market() => new(
    [
        new BarSeries(
            new Instrument("EVIL.HK", Hostile, InstrumentKind.Stock, "HK", "HKD"),
            "evil_csv",
            PriceAdjustment.None,
            [new DailyBar(new DateOnly(2024, 7, 10), 1, 1, 1, 1, 100), new DailyBar(new DateOnly(2024, 7, 11), 1, 1, 1, 1.1, 100)]),
    ]);

    private static void ShouldHaveNoControlCharacters(string text)
    {
        text.Where(c => c != '\n' && c != '\r' && Froth.Safety.ControlCharacters.IsUnsafe(c)).Select(c => $"U+{(int)c:X4}").ShouldBeEmpty(text);
    }

    [Fact]
    public async Task Should_print_a_table_with_a_hostile_name_as_visible_escapes()
    {
        var result = await CliRun.RunAsync(["list", "--store", "memory", "--format", "table"], marketData: _ => Market());

        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        ShouldHaveNoControlCharacters(result.Out);
        result.Out.ShouldContain(@"\x1B]0;owned\x07");
        result.Out.ShouldContain(@"\u202Egnp.exe");
    }

    [Fact]
    public async Task Should_print_an_error_about_a_hostile_symbol_as_visible_escapes()
    {
        var result = await CliRun.RunAsync(["show", "X\u001b[2J\u202E", "--store", "memory"], marketData: _ => Market());

        result.ExitCode.ShouldBe(FrothApp.Failed);
        ShouldHaveNoControlCharacters(result.Error);
        result.Error.ShouldContain(@"X\x1B[2J\u202E");
    }
}
