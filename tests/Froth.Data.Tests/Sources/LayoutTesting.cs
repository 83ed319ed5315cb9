using System.Text;
using Froth.Data.Sources;
using Froth.Series;
using Froth.Testing;

namespace Froth.Data.Tests.Sources;

/// <summary>Reading samples and small fixtures through one layout, and finding series in the result.</summary>
internal static class LayoutTesting
{
    /// <summary>Reads a file of the shared snapshot with the layout (no quality rules, so counts are the layout's own).</summary>
    public static ImportBatch ReadSample(this ISourceLayout layout, string relative)
    {
        var path = SampleData.Path(relative);
        return layout.Read(new SourceInput(path, File.ReadAllBytes(path)));
    }

    /// <summary>Reads a hand-made fixture as if it were a file with this name.</summary>
    public static ImportBatch ReadText(this ISourceLayout layout, string fileName, string text) =>
        layout.Read(new SourceInput($"/fixtures/{fileName}", Encoding.UTF8.GetBytes(text)));

    /// <summary>Reads bytes as if they were a file with this name.</summary>
    public static ImportBatch ReadBytes(this ISourceLayout layout, string fileName, byte[] bytes) =>
        layout.Read(new SourceInput($"/fixtures/{fileName}", bytes));

    /// <summary>The text of a snapshot file.</summary>
    public static string SampleText(string relative) => File.ReadAllText(SampleData.Path(relative));

    /// <summary>The bytes of a snapshot file.</summary>
    public static byte[] SampleBytes(string relative) => File.ReadAllBytes(SampleData.Path(relative));

    /// <summary>The scalar series of a symbol.</summary>
    public static ScalarSeries Series(this ImportBatch batch, string symbol) =>
        batch.Scalars.Single(s => s.Instrument.Symbol == symbol);

    /// <summary>The value on a date.</summary>
    public static double At(this ScalarSeries series, int year, int month, int day) =>
        series.Points.Single(p => p.Date == new DateOnly(year, month, day)).Value;

    /// <summary>True when dates strictly increase.</summary>
    public static bool IsStrictlyAscending(this ScalarSeries series) =>
        series.Points.Zip(series.Points.Skip(1)).All(p => p.First.Date < p.Second.Date);

    /// <summary>Asserts where an error points: line, column (or JSON path) and value.</summary>
    public static void ShouldPointAt(this DataFormatException e, int? line, string? column, string? value)
    {
        e.Line.ShouldBe(line, e.Message);
        e.Column.ShouldBe(column, e.Message);
        e.Value.ShouldBe(value, e.Message);
    }

    /// <summary>The issues with this rule id.</summary>
    public static List<DataIssue> IssuesOf(this ImportBatch batch, string rule) => [.. batch.Issues.Where(i => i.Rule == rule)];
}
