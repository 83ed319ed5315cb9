using Froth.Data.Sources;
using Froth.Data.Sources.Wire;

namespace Froth.Data.Tests.Sources.Wire;

public sealed class QuoteSnapshotLayoutTests
{
    private static readonly QuoteSnapshotLayout Layout = new();

    [Theory]
    [InlineData("wire-samples/eastmoney_push2_stock_get_116.00700_2026-08-07.json", "Eastmoney push2 stock/get quote of 00700")]
    [InlineData("wire-samples/tencent_qt_gtimg_hk00700_hk09988_2026-08-07.txt", "Tencent qt.gtimg.cn quote of hk00700, hk09988")]
    [InlineData("wire-samples/sina_hq_str_sh000001_2026-08-21.txt", "Sina hq.sinajs.cn quote of sh000001")]
    public void Should_recognise_and_refuse_each_snapshot(string relative, string says)
    {
        var e = Should.Throw<DataFormatException>(() => Layout.ReadSample(relative));
        e.Line.ShouldBe(1);
        e.Expected.ShouldContain("daily history, not a real-time quote snapshot");
        e.Expected.ShouldContain(says);
        e.Expected.ShouldContain("eastmoney-kline-json");
    }

    [Fact]
    public void Should_recognise_a_GBK_body_as_served_by_Sina()
    {
        // Sina serves GBK; "上证指数" in GBK is C9 CF D6 A4 D6 B8 CA FD. The ASCII prefix is enough to recognise it.
        byte[] gbk = [.. "var hq_str_sh000001=\""u8.ToArray(), 0xC9, 0xCF, 0xD6, 0xA4, 0xD6, 0xB8, 0xCA, 0xFD, .. ",3891.1751\";"u8.ToArray()];
        Layout.Matches(SourceReader.Sniff(new SourceInput("/x.txt", gbk))).ShouldBeTrue();
        Should.Throw<DataFormatException>(() => Layout.ReadBytes("x.txt", gbk)).Expected.ShouldContain("sh000001");
    }
}
