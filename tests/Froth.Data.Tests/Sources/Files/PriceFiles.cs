using System.Globalization;
using System.Text;
using Froth.Data.Quality;
using Froth.Data.Sources;
using Froth.Series;
using Froth.Testing;

namespace Froth.Data.Tests.Sources.Files;

/// <summary>Reading snapshot files and in-memory fixtures, and finding bars in the result.</summary>
internal static class PriceFiles
{
    /// <summary>Reads a file of the shared snapshot through <see cref="SourceReader"/> (detection and quality rules included).</summary>
    public static ImportBatch Read(string relative, QualityOptions? quality = null) =>
        SourceReader.ReadFile(SampleData.Path(relative), quality: quality);

    /// <summary>Reads an in-memory fixture as if it were the file <c>/fixtures/NAME</c>.</summary>
    public static ImportBatch ReadText(string fileName, string text, string? layout = null) =>
        SourceReader.Read(new SourceInput("/fixtures/" + fileName, Encoding.UTF8.GetBytes(text)), layout);

    /// <summary>Reads in-memory bytes as if they were the file <c>/fixtures/NAME</c>.</summary>
    public static ImportBatch ReadBytes(string fileName, byte[] bytes, string? layout = null) =>
        SourceReader.Read(new SourceInput("/fixtures/" + fileName, bytes), layout);

    /// <summary>The batch's only bar series.</summary>
    public static BarSeries Only(this ImportBatch batch) => batch.Bars.ShouldHaveSingleItem();

    /// <summary>The bar series with this source name.</summary>
    public static BarSeries Source(this ImportBatch batch, string source) => batch.Bars.Single(s => s.Source == source);

    /// <summary>The bar on an ISO date.</summary>
    public static DailyBar On(this BarSeries series, string isoDate)
    {
        var date = Day(isoDate);
        return series.Bars.Single(b => b.Date == date);
    }

    /// <summary>The file line of the bar on an ISO date.</summary>
    public static int LineOf(this ImportBatch batch, BarSeries series, string isoDate)
    {
        var i = batch.Bars.ToList().IndexOf(series);
        var j = series.Bars.ToList().FindIndex(b => b.Date == Day(isoDate));
        return batch.BarLines![i][j];
    }

    /// <summary>Issues of one rule.</summary>
    public static List<DataIssue> Issues(this ImportBatch batch, string rule) => [.. batch.Issues.Where(i => i.Rule == rule)];

    /// <summary>An ISO date.</summary>
    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
