using Froth.Narrative;
using Froth.Reports.Building;
using Froth.Reports.Model;
using Froth.Reports.Writers;
using Froth.Testing;

namespace Froth.Reports.Tests.Building;

public sealed class ReportBuilderTests
{
    public sealed class Build
    {
        [Fact]
        public void Should_match_the_approved_markdown_report_as_of_10_July_2026()
        {
            // The golden file was read in full before it was approved: every figure in it was traced to its fact, and the
            // figures checked by hand against the snapshot are listed in docs/report.md.
            Golden.Verify(MarkdownReportWriter.Write(ChinaAiReport.Value), "china-ai-2026-07-10", "md");
        }

        [Fact]
        public void Should_have_every_section_of_the_issue_in_order()
        {
            ChinaAiReport.Value.Sections.Select(s => s.Id).ShouldBe(["performance", "streaks", "basket", "valuation", "macro", "speculation", "bubble", "verdict", "provenance"]);
        }

        [Fact]
        public void Should_open_the_headline_with_the_last_session_and_close_it_with_the_verdict()
        {
            var headline = ChinaAiReport.Value.Headline;
            headline.Count.ShouldBeInRange(Headline.MinimumSentences, Headline.MaximumSentences);
            headline[0].Text.ShouldContain("on Friday");
            headline[^1].Text.ShouldStartWith("Froth's bubble-risk score");
        }

        [Fact]
        public void Should_give_every_chart_a_drawing()
        {
            var charts = ChinaAiReport.Value.Charts().ToList();
            charts.Select(c => c.Id).ShouldBe(["performance", "valuation-hstech-hk", "valuation-000688-ss", "valuation--ndx", "margin-balance", "bsadf", "lppls-fit", "lppls-confidence", "verdict"]);
            charts.ShouldAllBe(c => c.Svg.StartsWith("<svg", StringComparison.Ordinal));
        }
    }

    public sealed class AsOf
    {
        [Fact]
        public void Should_be_the_latest_date_the_main_series_share()
        {
            // SOURCES.md: the Hang Seng TECH index ends on 2026-07-10 (a Friday), the STAR 50 on 2026-05-08, ChiNext on
            // 2026-07-24, the Nasdaq-100 on 2026-07-13, the Hong Kong stocks on 2026-08-21 and the A-shares on 2026-08-05.
            // So 10 July is the last day with the headline index and three of the four benchmarks; the STAR 50 lags.
            var report = ChinaAiReport.Build(null, ChinaAiReport.Quick);
            report.AsOf.ShouldBe(ChinaAiReport.AsOf);
            var note = Sentences.Paragraph(report.AsOfNote);
            note.ShouldStartWith("As of Friday 10 July 2026, the latest date the main series share");
            note.ShouldContain("The SSE STAR 50 Index's data end on 8 May 2026; it is compared up to then.");
            note.ShouldContain("Later prices, up to 21 August 2026, are left out");
        }

        [Fact]
        public void Should_move_a_weekend_back_to_the_friday()
        {
            var report = ChinaAiReport.Build(new DateOnly(2026, 7, 12), ChinaAiReport.Quick);
            report.AsOf.ShouldBe(new DateOnly(2026, 7, 10));
            Sentences.Paragraph(report.AsOfNote).ShouldStartWith("As of Friday 10 July 2026, the latest date on or before 12 July 2026");
        }
    }

    public sealed class Narrative
    {
        [Fact]
        public void Should_write_the_issue_example_for_the_hang_seng_tech_on_25_September_2025()
        {
            // The Sina file: the Hang Seng TECH closed at 6,379.18994 on Thursday 25 September 2025 against 6,323.1499 the day
            // before, +0.886% by hand, so "rose 0.9%". docs/rally.md and the rally tests: its highest close since 22 November
            // 2021, with seven completed weekly gains and the week to date up (its eighth, the week still in progress).
            var report = ChinaAiReport.Build(new DateOnly(2025, 9, 25), ChinaAiReport.Quick);
            var lead = report.Sections.Single(s => s.Id == "performance").Blocks.OfType<ParagraphBlock>().First().Sentences
                .Single(s => s.Text.StartsWith("The Hang Seng TECH Index", StringComparison.Ordinal));
            lead.Text.ShouldBe("The Hang Seng TECH Index rose 0.9% on Thursday to 6,379.19, its highest close since 22 November 2021, on course for its eighth straight weekly gain.");
        }
    }

    public sealed class Valuation
    {
        private static string Paragraph(Report report) =>
            Sentences.Paragraph(report.Sections.Single(s => s.Id == "valuation").Blocks.OfType<ParagraphBlock>().First().Sentences);

        [Fact]
        public void Should_write_a_P_E_older_than_a_week_in_the_past()
        {
            // hstech_pe_lixinger.csv (the preferred source) ends on 2026-04-20 at 31.3796, 81 days before 10 July 2026
            // (10 days of April, 31 of May, 30 of June, 10 of July); erp_000688_star50.csv has 97.85 on 2026-07-10 itself.
            var text = Paragraph(ChinaAiReport.Value);
            text.ShouldContain("The Hang Seng TECH Index's latest P/E, of 20 April 2026, is 31.4, cheaper than ");
            text.ShouldNotContain("The Hang Seng TECH Index trades at");
            text.ShouldContain("The SSE STAR 50 Index trades at 97.9 times earnings (on 10 July 2026), dearer than ");
        }

        [Fact]
        public void Should_keep_the_present_tense_up_to_a_week_old()
        {
            // Monday 27 April 2026 is seven days after the last lixinger reading (20 April): still current. Tuesday 28
            // April is eight days after it.
            ValuationSection.CurrentWithinDays.ShouldBe(7);
            Paragraph(ChinaAiReport.Build(new DateOnly(2026, 4, 27), ChinaAiReport.Quick)).ShouldContain("The Hang Seng TECH Index trades at 31.4 times earnings (on 20 April 2026)");
            Paragraph(ChinaAiReport.Build(new DateOnly(2026, 4, 28), ChinaAiReport.Quick)).ShouldContain("The Hang Seng TECH Index's latest P/E, of 20 April 2026, is 31.4");
        }
    }

    public sealed class Verdict
    {
        [Fact]
        public void Should_give_the_speculation_reading_its_unit()
        {
            // Turnover against its usual level is a ratio: "2.4 times", as the rule under the table says ("2.5 times or more").
            var table = ChinaAiReport.Value.Sections.Single(s => s.Id == "verdict").Blocks.OfType<TableBlock>().Single().Table;
            var reading = table.Rows.Single(r => r[0].Text == "Speculation")[1];
            reading.Fact!.Kind.ShouldBe(FactKind.Ratio);
            reading.Text.ShouldBe(FactStyle.Render(reading.Fact) + " times");
        }
    }

    public sealed class Provenance
    {
        private static IReadOnlyList<ReportCell> Row(string symbol) =>
            ChinaAiReport.Value.Sections.Single(s => s.Id == "provenance").Blocks.OfType<TableBlock>().Single().Table.Rows.Single(r => r[0].Text == symbol);

        [Fact]
        public void Should_show_the_last_date_read_not_the_stores_last()
        {
            // sh688072.csv (Piotech) has closes on 26 June 2026, then none until 13 July, and runs to 5 August: the report
            // reads its 1,014 rows up to 26 June (lines 2 to 1015 of the file), 14 days before the as-of date. The Tencent
            // file runs to 21 August; it is read up to 10 July.
            Row("688072.SS").Skip(4).Select(c => c.Text).ShouldBe(["2026-06-26", "1,014", "14"]);
            Row("0700.HK")[4].Text.ShouldBe("2026-07-10");
            Row("0700.HK")[6].Text.ShouldBe("0");

            // hstech_pe_lixinger.csv ends on 2026-04-20: 81 days (see Valuation above).
            Row("HSTECH.HK:PE")[4].Text.ShouldBe("2026-04-20");
            Row("HSTECH.HK:PE")[6].Text.ShouldBe("81");
        }
    }

    public sealed class Changes
    {
        [Fact]
        public void Should_say_what_changed_since_the_previous_report_by_fact_id()
        {
            // Given a report as of 31 March 2026 written as JSON and read back
            using var folder = new TempFolder();
            var before = ChinaAiReport.Build(new DateOnly(2026, 3, 31), ChinaAiReport.Quick);
            ReportWriter.Write(before, folder.Path, [ReportFormat.Json]);
            var previous = PreviousReport.FindLatest(folder.Path, "china-ai", new DateOnly(2026, 7, 10))!;
            previous.AsOf.ShouldBe(new DateOnly(2026, 3, 31));

            // When the report as of 10 July is built against it
            var after = ChinaAiReport.Build(new DateOnly(2026, 7, 10), ChinaAiReport.Quick, previous);

            // Then the changes section compares each key fact with the same id in the earlier report
            var changes = after.Sections.Single(s => s.Id == "changes");
            var table = changes.Blocks.OfType<TableBlock>().Single().Table;
            var score = table.Rows.Single(r => r[2].Fact?.Id == "verdict#score");
            score[1].Fact!.Value.ShouldBe(before.Facts.Single(f => f.Id == "verdict#score").Value);
            score[3].Fact!.Value.ShouldBe(score[2].Fact!.Value - score[1].Fact!.Value, 1e-9);
            var close = table.Rows.Single(r => r[2].Fact?.Id == "HSTECH.HK#close");
            close[3].Fact!.Value.ShouldBe((close[2].Fact!.Value / close[1].Fact!.Value) - 1, 1e-12);
            Sentences.Paragraph(changes.Blocks.OfType<ParagraphBlock>().First().Sentences).ShouldStartWith("The previous report of this basket in the folder is as of 31 March 2026.");
        }

        [Fact]
        public void Should_pass_over_files_that_are_not_reports()
        {
            using var folder = new TempFolder();
            folder.Write("china-ai-2026-06-30.json", "{ not json");
            folder.Write("china-ai-2026-05-29.json", "{\"format\": \"something-else\", \"version\": 1}");
            var skipped = new List<string>();
            PreviousReport.FindLatest(folder.Path, "china-ai", new DateOnly(2026, 7, 10), skipped).ShouldBeNull();
            skipped.Count.ShouldBe(2);
        }
    }
}
