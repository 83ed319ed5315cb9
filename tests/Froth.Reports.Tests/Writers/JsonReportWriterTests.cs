using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Froth.Reports.Writers;

namespace Froth.Reports.Tests.Writers;

/// <summary>
/// Every number in the narrative is a fact: each figure of each sentence lies inside a span the JSON attributes to a
/// fact, and the written figure equals the fact's value as the JSON states it, to half a unit of its last written
/// digit. The figures are read back here with a parser of their own (words, ordinals, dates, percentages, thousands
/// separators), not with the writer's formatting code.
/// </summary>
public sealed partial class JsonReportWriterTests
{
    private static readonly string[] Cardinals = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    private static readonly string[] Ordinals = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];

    public sealed class Write
    {
        [Fact]
        public void Should_attribute_every_figure_of_every_sentence_to_a_fact_of_equal_value()
        {
            using var doc = JsonDocument.Parse(JsonReportWriter.Write(ChinaAiReport.Value));
            var root = doc.RootElement;
            var facts = root.GetProperty("facts").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!, f => f);
            var sentences = Sentences(root).ToList();
            sentences.Count.ShouldBeGreaterThan(40);
            var checkedFigures = 0;
            foreach (var s in sentences)
            {
                var text = s.GetProperty("text").GetString()!;
                var covered = new bool[text.Length];
                foreach (var use in s.GetProperty("facts").EnumerateArray())
                {
                    var id = use.GetProperty("id").GetString()!;
                    facts.ShouldContainKey(id, $"the sentence \"{text}\" cites {id}");
                    var fact = facts[id];
                    var start = use.GetProperty("start").GetInt32();
                    var length = use.GetProperty("length").GetInt32();
                    var written = text.Substring(start, length);
                    written.ShouldBe(use.GetProperty("written").GetString());
                    use.GetProperty("value").GetRawText().ShouldBe(fact.GetProperty("value").GetRawText(), $"{id} has one value");
                    use.GetProperty("asOf").GetString().ShouldBe(fact.GetProperty("asOf").GetString());
                    use.GetProperty("series").GetArrayLength().ShouldBe(fact.GetProperty("sources").GetArrayLength());
                    Agree(fact, use.GetProperty("form").GetString()!, written, text);
                    for (var i = start; i < start + length; i++)
                    {
                        covered[i] = true;
                    }

                    checkedFigures++;
                }

                for (var i = 0; i < text.Length; i++)
                {
                    if (char.IsDigit(text[i]) && !covered[i])
                    {
                        throw new ShouldAssertException($"\"{text}\" has a figure at {i} that no fact accounts for.");
                    }
                }
            }

            checkedFigures.ShouldBeGreaterThan(150);
        }

        [Fact]
        public void Should_list_each_table_cell_with_its_fact()
        {
            using var doc = JsonDocument.Parse(JsonReportWriter.Write(ChinaAiReport.Value));
            var facts = doc.RootElement.GetProperty("facts").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!, f => f);
            var tables = doc.RootElement.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("blocks").EnumerateArray())
                .Where(b => b.GetProperty("type").GetString() == "table").ToList();
            tables.ShouldNotBeEmpty();
            foreach (var cell in tables.SelectMany(t => t.GetProperty("rows").EnumerateArray()).SelectMany(r => r.EnumerateArray()))
            {
                var text = cell.GetProperty("text").GetString()!;
                if (cell.GetProperty("factId").ValueKind == JsonValueKind.Null)
                {
                    text.Any(char.IsDigit).ShouldBeFalse($"the cell '{text}' has no fact");
                }
                else
                {
                    facts.ShouldContainKey(cell.GetProperty("factId").GetString()!);
                }
            }
        }
    }

    private static IEnumerable<JsonElement> Sentences(JsonElement root)
    {
        foreach (var s in root.GetProperty("asOfNote").EnumerateArray().Concat(root.GetProperty("headline").EnumerateArray()))
        {
            yield return s;
        }

        foreach (var block in root.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("blocks").EnumerateArray()))
        {
            var list = block.GetProperty("type").GetString() switch
            {
                "paragraph" => block.GetProperty("sentences"),
                "table" => block.GetProperty("notes"),
                _ => block.GetProperty("caption"),
            };
            foreach (var s in list.EnumerateArray())
            {
                yield return s;
            }
        }
    }

    /// <summary>Reads <paramref name="written"/> back and checks it against the fact's JSON value.</summary>
    private static void Agree(JsonElement fact, string form, string written, string sentence)
    {
        var kind = fact.GetProperty("kind").GetString();
        var value = fact.GetProperty("value");
        var where = $"'{written}' ({fact.GetProperty("id").GetString()}) in \"{sentence}\"";
        switch (kind)
        {
            case "name":
                written.ShouldBe(value.GetString(), where);
                return;
            case "date":
                var date = DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var expected = form switch
                {
                    "weekday" => date.DayOfWeek.ToString(),
                    "dayMonth" => $"{date.Day} {Month(date)}",
                    "monthYear" => $"{Month(date)} {date.Year}",
                    "year" => date.Year.ToString(CultureInfo.InvariantCulture),
                    "iso" => value.GetString()!,
                    _ => $"{date.Day} {Month(date)} {date.Year}",
                };
                written.ShouldBe(expected, where);
                return;
            case "count" or "year":
                ReadWhole(written).ShouldBe(value.GetDouble(), where);
                return;
        }

        // A figure: sign, digits with thousands separators, an optional decimal part, and % for shares and returns.
        var m = Figure().Match(written);
        m.Success.ShouldBeTrue(where);
        var number = double.Parse(m.Groups["digits"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var decimals = m.Groups["digits"].Value.Contains('.') ? m.Groups["digits"].Value.Split('.')[1].Length : 0;
        var sign = m.Groups["sign"].Value is "\u2212" ? -1 : 1;
        var percent = m.Groups["percent"].Success;
        var scale = kind is "return" or "share" or "percentagePoints" ? 100 : 1;
        (kind is "return" or "share").ShouldBe(percent, $"{where}: a percent sign exactly for returns and shares");
        var actual = value.GetDouble() * scale;
        if (form == "magnitude")
        {
            actual = Math.Abs(actual);
            m.Groups["sign"].Value.ShouldBeEmpty(where);
        }

        // Half a unit of the last written digit, and a hair more for the binary representation of the value.
        var tolerance = (0.5 * Math.Pow(10, -decimals)) + 1e-9;
        Math.Abs((sign * number) - actual).ShouldBeLessThanOrEqualTo(tolerance, where);
    }

    private static double ReadWhole(string written)
    {
        var cardinal = Array.IndexOf(Cardinals, written);
        if (cardinal >= 0)
        {
            return cardinal;
        }

        var ordinal = Array.IndexOf(Ordinals, written);
        if (ordinal >= 0)
        {
            return ordinal;
        }

        var digits = Regex.Replace(written, "(st|nd|rd|th)$", "").Replace(",", "", StringComparison.Ordinal).Replace('\u2212', '-');
        return double.Parse(digits, CultureInfo.InvariantCulture);
    }

    private static string Month(DateOnly d) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(d.Month);

    [GeneratedRegex(@"^(?<sign>[+\u2212]?)(?<digits>\d{1,3}(,\d{3})*(\.\d+)?)(?<percent>%)?$")]
    private static partial Regex Figure();
}
