using System.Globalization;
using Froth.Series;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Froth.Cli.Commands.Data;

/// <summary>Table helpers shared by the data commands: plain-text cells (never markup) and invariant number formats.</summary>
internal static class DataCells
{
    /// <summary>A table with the house look: square borders, a bold header row.</summary>
    public static Table Table(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Square);
        foreach (var c in columns)
        {
            table.AddColumn(new TableColumn(new Text(c, new Style(decoration: Decoration.Bold))));
        }

        return table;
    }

    /// <summary>Adds a row of plain-text cells; numbers should be formatted already.</summary>
    public static void Row(this Table table, params string?[] cells) =>
        table.AddRow(cells.Select(c => (IRenderable)new Text(c ?? "")).ToArray());

    /// <summary>Right-aligns the columns at the given positions (counts and prices).</summary>
    public static Table RightAlign(this Table table, params int[] columns)
    {
        foreach (var c in columns)
        {
            table.Columns[c].RightAligned();
        }

        return table;
    }

    /// <summary>Keeps the columns at the given positions on one line (symbols, dates, counts); the others wrap.</summary>
    public static Table NoWrap(this Table table, params int[] columns)
    {
        foreach (var c in columns)
        {
            table.Columns[c].NoWrap();
        }

        return table;
    }

    /// <summary>An integer with thousands separators (12,345).</summary>
    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A count and a noun, plural unless the count is 1 ("1 file", "3 files").</summary>
    public static string Plural(long n, string noun) => $"{Count(n)} {noun}{(n == 1 ? "" : "s")}";

    /// <summary>A value as the shortest text that reads back as the same double (20675.38).</summary>
    public static string Number(double? x) => x is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>An ISO date (2024-07-10), or empty.</summary>
    public static string Date(DateOnly? d) => d is { } v ? IsoDate.Format(v) : "";

    /// <summary>A fraction as a percentage with the given decimals (0.0125 → 1.25%).</summary>
    public static string Percent(double fraction, int decimals = 2) =>
        (fraction * 100).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";

    /// <summary>A line of plain text.</summary>
    public static void Line(this IAnsiConsole console, string text) => console.Write(new Text(text + "\n"));
}
