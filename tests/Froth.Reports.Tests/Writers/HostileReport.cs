using Froth.Narrative;
using Froth.Reports.Model;

namespace Froth.Reports.Tests.Writers;

/// <summary>
/// A small report whose every data-born string is hostile: a basket name that climbs out of the output folder and
/// carries a live tag, instrument names with a newline followed by a fence, a rule, a list item, a table row and a
/// heading, a terminal escape and a right-to-left override. What a correct writer must keep is the shape below:
/// one title, two sections, one table of two rows and one chart.
/// </summary>
internal static class HostileReport
{
    public const string Name = "../../../../elsewhere/inj<img src=x onerror=alert(5)>";

    public static readonly string[] Instruments =
    [
        "Alpha\n~~~\ncode",
        "Beta\n---\n1. item\n| x | y |\n# heading",
        "Gamma \u001b]0;owned\u0007 \u202Egnp.exe &lt;script&gt; [link](javascript:alert(1)) ~~struck~~ *em* `tick`",
    ];

    public static Report Value { get; } = Build();

    private static Sentence Text(string text) => new(text, [], []);

    private static Report Build()
    {
        var table = new ReportTable(
            [new ReportColumn("Instrument\n---"), new ReportColumn("Note | pipe", Numeric: true)],
            [
                // A word may not hold a digit (every figure is a fact), so the cells carry digit-free variants.
                [ReportCell.Word(Instruments[0]), ReportCell.Word("Beta\n---\n- item\n| x | y |\n# heading")],
                [ReportCell.Word("Gamma \u001b]title;owned\u0007 \u202Egnp.exe <script>x</script>"), ReportCell.Word("<b>bold</b>")],
            ],
            [Text("Note about " + Instruments[1])]).Validated();
        var chart = new ReportChart("performance", "Chart of " + Name, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", [Text("Caption\n> quote " + Instruments[0])]);
        return new Report(
            Name,
            "Report on " + Name,
            new DateOnly(2026, 7, 10),
            [Text("As of\n# 2026")],
            [Text("Headline " + Instruments[1]), Text(Instruments[2])],
            [
                new ReportSection("one", "Section " + Instruments[0], [new ParagraphBlock([Text(Instruments[1])]), new TableBlock(table)]),
                new ReportSection("two", "Section\n# two", [new ChartBlock(chart), new ParagraphBlock([Text("- " + Instruments[0])], ParagraphStyle.Note)]),
            ],
            []);
    }
}
