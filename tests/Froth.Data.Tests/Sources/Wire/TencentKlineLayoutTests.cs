using Froth.Data.Sources;
using Froth.Data.Sources.Wire;
using Froth.Series;

namespace Froth.Data.Tests.Sources.Wire;

public sealed class TencentKlineLayoutTests
{
    private const string File = "wire-samples/tencent_fqkline_sh000300_day_2026-09-30.json";
    private static readonly TencentKlineLayout Layout = new();

    [Fact]
    public void Should_read_the_day_array_of_sh000300()
    {
        // data.sh000300.day[1] = ["2026-09-29","4335.810","4345.210","4359.300","4324.530","148129466.000"]: date, open, close, high, low, volume.
        var s = Layout.ReadSample(File).Bars.ShouldHaveSingleItem();
        s.Instrument.Symbol.ShouldBe("000300.SS");
        s.Adjustment.ShouldBe(PriceAdjustment.None);
        s.Bars.Count.ShouldBe(3);
        s.Bars[1].ShouldBe(new DailyBar(new DateOnly(2026, 9, 29), 4335.81, 4359.30, 4324.53, 4345.21, 148129466));
    }

    [Fact]
    public void Should_prefer_qfqday_and_report_the_other_array()
    {
        const string text = "{\"code\":0,\"msg\":\"\",\"data\":{\"hk00700\":{\"qfqday\":[[\"2026-08-07\",\"479.000\",\"478.800\",\"483.200\",\"475.400\",\"16319939.000\",{}]],\"day\":[[\"2026-08-07\",\"479.000\",\"478.800\",\"483.200\",\"475.400\",\"16319939.000\"]]}}}";
        var b = Layout.ReadText("fqkline.json", text);
        var s = b.Bars.ShouldHaveSingleItem();
        s.Instrument.Symbol.ShouldBe("0700.HK");
        s.Adjustment.ShouldBe(PriceAdjustment.Forward);
        b.IssuesOf("ignored-array").ShouldHaveSingleItem().Column.ShouldBe("data.hk00700.day");
    }

    [Fact]
    public void Should_refuse_an_error_code_and_bad_rows()
    {
        Should.Throw<DataFormatException>(() => Layout.ReadText("fqkline.json", "{\"code\":-1,\"msg\":\"param error\",\"data\":[]}"))
            .ShouldPointAt(null, "code", "-1 param error");
        Should.Throw<DataFormatException>(() => Layout.ReadText("fqkline.json", "{\"code\":0,\"data\":{\"sh000300\":{\"day\":[[\"2026-09-28\",\"4423.820\",null,\"4423.820\",\"4323.570\",\"1\"]]}}}"))
            .ShouldPointAt(null, "data.sh000300.day[0][2]", "null");
        Should.Throw<DataFormatException>(() => Layout.ReadText("fqkline.json", "{\"code\":0,\"data\":{\"sh000300\":{\"qt\":{}}}}"))
            .Column.ShouldBe("data.sh000300");
        Should.Throw<DataFormatException>(() => Layout.ReadText("fqkline.json", "{\"code\":0,\"data\":{\"sh000300\":{\"day\":[[\"28/09/2026\",\"1\",\"1\",\"1\",\"1\",\"1\"]]}}}"))
            .ShouldPointAt(null, "data.sh000300.day[0][0]", "28/09/2026");
    }
}
