using Froth.Data.Symbols;

namespace Froth.Data.Tests.Symbols;

public sealed class VendorCodesTests
{
    public sealed class Eastmoney
    {
        [Theory]
        [InlineData("688256.SS", "1.688256")]
        [InlineData("000001.SS", "1.000001")] // the Shanghai Composite, market 1 …
        [InlineData("000001.SZ", "0.000001")] // … and Ping An Bank, market 0
        [InlineData("430047.BJ", "0.430047")]
        [InlineData("0700.HK", "116.00700")]
        [InlineData("9988.HK", "116.09988")]
        [InlineData("^NDX", "100.NDX100")]
        [InlineData("^IXIC", "100.NDX")]
        [InlineData("HSTECH.HK", "124.HSTECH")]
        [InlineData("AAPL", null)]
        [InlineData("CNY=X", null)]
        [InlineData("HSTECH.HK:PE", null)]
        public void Should_map_symbols_to_secids(string symbol, string? secId) => EastmoneyCodes.ToSecId(symbol).ShouldBe(secId);

        [Theory]
        [InlineData("688256.SS")]
        [InlineData("300308.SZ")]
        [InlineData("0700.HK")]
        [InlineData("^NDX")]
        [InlineData("^IXIC")]
        [InlineData("^GSPC")]
        [InlineData("^DJI")]
        [InlineData("^HSI")]
        [InlineData("HSTECH.HK")]
        public void Should_map_a_secid_back_to_its_symbol(string symbol)
        {
            var secId = EastmoneyCodes.ToSecId(symbol)!;
            var dot = secId.IndexOf('.', StringComparison.Ordinal);

            EastmoneyCodes.ToSymbol(long.Parse(secId[..dot], System.Globalization.CultureInfo.InvariantCulture), secId[(dot + 1)..]).ShouldBe(symbol);
        }
    }

    public sealed class Stooq
    {
        [Theory]
        [InlineData("^NDX", "^ndx")]
        [InlineData("^IXIC", "^ndq")]
        [InlineData("^GSPC", "^spx")]
        [InlineData("000001.SS", "^shc")]
        [InlineData("QQQ", "qqq.us")]
        [InlineData("BRK-B", "brk-b.us")]
        [InlineData("0700.HK", "700.hk")]
        [InlineData("9988.HK", "9988.hk")]
        [InlineData("CNY=X", "usdcny")]
        [InlineData("HKD=X", "usdhkd")]
        [InlineData("688256.SS", null)]
        [InlineData("^FTSE", null)]
        [InlineData("FRED:SP500", null)]
        public void Should_map_symbols_to_Stooq_codes(string symbol, string? code)
        {
            StooqCodes.ToCode(symbol).ShouldBe(code);
            if (code is not null)
            {
                StooqCodes.ToSymbol(code).ShouldBe(symbol);
            }
        }
    }
}
