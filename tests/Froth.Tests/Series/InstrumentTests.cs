using Froth.Series;

namespace Froth.Tests.Series;

public sealed class InstrumentTests
{
    [Theory]
    [InlineData(InstrumentKind.Index, true)]
    [InlineData(InstrumentKind.Stock, true)]
    [InlineData(InstrumentKind.Etf, true)]
    [InlineData(InstrumentKind.Fx, true)]
    [InlineData(InstrumentKind.Valuation, false)]
    [InlineData(InstrumentKind.Macro, false)]
    public void Should_say_whether_the_kind_carries_bars(InstrumentKind kind, bool hasBars)
    {
        new Instrument("X", "X", kind, "US", "USD").HasBars.ShouldBe(hasBars);
    }
}
