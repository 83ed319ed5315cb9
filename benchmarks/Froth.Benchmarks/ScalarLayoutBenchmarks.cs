using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Froth.Data.Sources;
using Froth.Data.Sources.Files;
using Froth.Data.Sources.Wire;

namespace Froth.Benchmarks;

/// <summary>
/// Reading valuation CSVs and wire responses: an ERP-monitor file (three series, the first tenth of the P/E empty)
/// and a Yahoo chart response, both generated with <see cref="Rows"/> rows. The real ERP files have ~5,000 rows;
/// a Yahoo <c>range=max</c> response for a 1970s index ~14,000.
/// </summary>
[MemoryDiagnoser]
public class ScalarLayoutBenchmarks
{
    private SourceInput _erp = null!;
    private SourceInput _yahoo = null!;

    /// <summary>Rows (days) in each generated document.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var start = new DateOnly(1990, 1, 1);
        var csv = new StringBuilder("\uFEFFDate,Bond_Yield_10Y,PE,ERP,IndexCode,IndexName,Currency,BondCode\n");
        for (var i = 0; i < Rows; i++)
        {
            var date = start.AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var y = 0.03 + (0.001 * Math.Sin(i / 50.0));
            var pe = 30 + (5 * Math.Cos(i / 80.0));
            csv.Append(date).Append(',').Append(y.ToString("R", CultureInfo.InvariantCulture)).Append(',');
            csv.Append(i < Rows / 10 ? ",," : $"{pe.ToString("R", CultureInfo.InvariantCulture)},{((1 / pe) - y).ToString("R", CultureInfo.InvariantCulture)},");
            csv.Append("HSTECH,恒生科技指数,CNY,CN10Y\n");
        }

        _erp = new SourceInput("/bench/erp_HSTECH.csv", Encoding.UTF8.GetBytes(csv.ToString()));

        var t0 = 631_171_800L; // 1990-01-01 14:30Z
        var ts = string.Join(',', Enumerable.Range(0, Rows).Select(i => (t0 + (86_400L * i)).ToString(CultureInfo.InvariantCulture)));
        string Column(double offset) => string.Join(',', Enumerable.Range(0, Rows).Select(i => (100 + offset + Math.Sin(i / 30.0)).ToString("R", CultureInfo.InvariantCulture)));
        var volume = string.Join(',', Enumerable.Range(0, Rows).Select(i => (1_000_000 + i).ToString(CultureInfo.InvariantCulture)));
        var json = "{\"chart\":{\"result\":[{\"meta\":{\"symbol\":\"^NDX\",\"currency\":\"USD\",\"gmtoffset\":-18000,\"exchangeTimezoneName\":\"America/New_York\"},"
            + $"\"timestamp\":[{ts}],\"indicators\":{{\"quote\":[{{\"open\":[{Column(0)}],\"high\":[{Column(1)}],\"low\":[{Column(-1)}],\"close\":[{Column(0.5)}],\"volume\":[{volume}]}}],"
            + $"\"adjclose\":[{{\"adjclose\":[{Column(0.4)}]}}]}}}}],\"error\":null}}}}";
        _yahoo = new SourceInput("/bench/ndx.json", Encoding.UTF8.GetBytes(json));
    }

    /// <summary>ERP-monitor CSV → three scalar series and two missing-value issues.</summary>
    [Benchmark]
    public ImportBatch ErpMonitorCsv() => new ErpMonitorLayout().Read(_erp);

    /// <summary>Yahoo chart JSON → a raw and an adjusted bar series.</summary>
    [Benchmark]
    public ImportBatch YahooChartJson() => new YahooChartLayout().Read(_yahoo);
}
