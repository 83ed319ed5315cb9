using Froth.Data.Quality;
using Froth.Data.Sources;
using Froth.Data.Sources.Files;

namespace Froth.Data.Tests.Sources.Files;

public sealed class PathologicalPriceFileTests
{
    private static ImportBatch Read(string text) => PriceFiles.ReadText("TEST.csv", text);

    [Fact]
    public void Should_reject_the_empty_file()
    {
        Should.Throw<DataFormatException>(() => Read(PriceFixtures.Empty)).Location.ShouldBe("/fixtures/TEST.csv");
    }

    [Fact]
    public void Should_reject_the_header_only_file()
    {
        Should.Throw<DataFormatException>(() => Read(PriceFixtures.HeaderOnly)).Line.ShouldBe(1);
    }

    [Fact]
    public void Should_read_the_one_row_file()
    {
        var batch = Read(PriceFixtures.OneRow);
        batch.Only().Bars.ShouldHaveSingleItem().Close.ShouldBe(10.5);
        batch.Issues.ShouldBeEmpty();
    }

    [Fact]
    public void Should_keep_the_full_day_of_the_duplicated_file()
    {
        var batch = Read(PriceFixtures.Duplicated);
        var s = batch.Only();
        s.Bars.Count.ShouldBe(3);
        s.On("2024-01-03").Volume.ShouldBe(1200);
        batch.BarLines![0].ShouldBe([2, 4, 5]);
        var skipped = batch.Issues(QualityRuleIds.DuplicateDate).Single(i => i.Action == IssueAction.Skipped);
        skipped.Line.ShouldBe(3);
    }

    [Fact]
    public void Should_report_the_gap_of_the_gapped_file()
    {
        // Weekdays strictly between Fri 2024-01-05 and Mon 2024-01-22: 8–12 and 15–19 January = 10, the default limit.
        Read(PriceFixtures.Gapped).Issues(QualityRuleIds.Gap).ShouldBeEmpty();
        var strict = SourceReader.Read(new SourceInput("/fixtures/TEST.csv", System.Text.Encoding.UTF8.GetBytes(PriceFixtures.Gapped)), quality: new QualityOptions { MaxGapWeekdays = 9 });
        strict.Issues(QualityRuleIds.Gap).ShouldHaveSingleItem().Line.ShouldBe(3);
    }

    [Fact]
    public void Should_read_what_can_be_read_of_the_NaN_laden_file_and_say_what_was_not()
    {
        var batch = Read(PriceFixtures.NaNLaden);
        var raw = batch.Source("TEST");
        raw.Bars.Select(b => b.Date.Day).ShouldBe([2, 5, 8, 9]);
        raw.On("2024-01-05").Volume.ShouldBeNull();
        raw.On("2024-01-09").Volume.ShouldBeNull();

        batch.Issues(PriceIssueRules.EmptyRow).ShouldHaveSingleItem().Line.ShouldBe(3);
        var partial = batch.Issues(PriceIssueRules.MissingPrice).ShouldHaveSingleItem();
        (partial.Line, partial.Column, partial.Value).ShouldBe((4, "Open", "null"));
        var volume = batch.Issues(PriceIssueRules.BadVolume).ShouldHaveSingleItem();
        (volume.Line, volume.Column, volume.Value, volume.Action).ShouldBe((7, "Volume", "lots", IssueAction.Corrected));
    }

    [Fact]
    public void Should_not_build_an_adjusted_series_when_Adj_Close_only_differs_by_being_missing()
    {
        // Every Adj Close present equals Close, so the missing one on 2024-01-08 does not call for a second series.
        Read(PriceFixtures.NaNLaden).Bars.Count.ShouldBe(1);
    }
}
