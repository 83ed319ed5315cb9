using System.Globalization;
using Froth.Bubbles.Psy;

namespace Froth.Data.Sources.Files;

/// <summary>
/// Reads <c>--critical-values FILE</c>: a CSV with a header naming the columns <c>cv90</c>, <c>cv95</c> and
/// <c>cv99</c> (in any order, other columns ignored) and one row per BSADF observation, or a single row used for
/// every observation. Strict: every value must be a finite number.
/// </summary>
public static class CriticalValueFile
{
    private static readonly string[] Columns = ["cv90", "cv95", "cv99"];

    /// <summary>Reads the file, which must hold one row or <paramref name="expectedRows"/> rows.</summary>
    /// <exception cref="DataFormatException">The file is missing, has no cv90/cv95/cv99 columns, the wrong number of rows, or a value that is not a finite number.</exception>
    public static IReadOnlyList<CriticalValueSet> Read(string path, int expectedRows)
    {
        if (!File.Exists(path))
        {
            throw new DataFormatException(path, null, null, null, "an existing CSV file of critical values (columns cv90,cv95,cv99)");
        }

        var lines = File.ReadAllLines(path);
        var headerIndex = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (headerIndex < 0)
        {
            throw new DataFormatException(path, null, null, null, "a header line 'cv90,cv95,cv99' (the file is empty)");
        }

        var header = lines[headerIndex].Split(',').Select(h => h.Trim().Trim('"')).ToList();
        var index = Columns.Select(c => header.FindIndex(h => string.Equals(h, c, StringComparison.OrdinalIgnoreCase))).ToArray();
        for (var c = 0; c < Columns.Length; c++)
        {
            if (index[c] < 0)
            {
                throw new DataFormatException(path, headerIndex + 1, null, lines[headerIndex], $"a header with the columns cv90, cv95 and cv99 (missing '{Columns[c]}')");
            }
        }

        var rows = new List<CriticalValueSet>();
        for (var i = headerIndex + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var fields = lines[i].Split(',');
            var values = new double[3];
            for (var c = 0; c < 3; c++)
            {
                var field = index[c] < fields.Length ? fields[index[c]].Trim().Trim('"') : "";
                if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out values[c]) || !double.IsFinite(values[c]))
                {
                    throw new DataFormatException(path, i + 1, Columns[c], field, "a finite number like 1.49");
                }
            }

            rows.Add(new CriticalValueSet(values[0], values[1], values[2]));
        }

        if (rows.Count != 1 && rows.Count != expectedRows)
        {
            throw new DataFormatException(
                path,
                null,
                null,
                $"{rows.Count} rows",
                $"one row per BSADF observation ({expectedRows} for this series, window and lag) or a single row for a constant value");
        }

        return rows;
    }
}
