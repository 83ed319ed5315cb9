using Froth.Data.Sources;
using Froth.Data.Sources.Files;

namespace Froth.Data.Tests.Sources.Files;

public sealed class UndatedReferenceLayoutTests
{
    private static readonly UndatedReferenceLayout Layout = new();

    [Theory]
    [InlineData("reference/bubbles/sim_data.csv", "100 rows", "--column psy1")]
    [InlineData("reference/bubbles/radf_crit_scalar.csv", "595 rows", "critical-value table")]
    [InlineData("reference/bubbles/radf_crit_n100_bsadf_cv.csv", "81 rows", "BSADF critical-value sequence")]
    [InlineData("reference/bubbles/exuber_golden/small_lag0_input.csv", "99 rows", "--column x_lev")]
    [InlineData("reference/bubbles/exuber_golden/small_lag1_params.csv", "1 rows", "parameters")]
    [InlineData("reference/bubbles/exuber_golden/small_lag1_output.csv", "163 rows", "statistics exuber's radf returned")]
    public void Should_store_nothing_and_say_what_the_file_is(string relative, string size, string says)
    {
        // Row counts are the files' line counts minus the header (wc -l: 101, 596, 82, 100, 2, 164).
        var b = Layout.ReadSample(relative);
        b.Bars.ShouldBeEmpty();
        b.Scalars.ShouldBeEmpty();
        var info = b.Issues.ShouldHaveSingleItem();
        info.Rule.ShouldBe("no-dates");
        info.Severity.ShouldBe(IssueSeverity.Info);
        info.Message.ShouldContain(size);
        info.Message.ShouldContain(says);
    }

    [Fact]
    public void Should_still_check_every_cell()
    {
        Should.Throw<DataFormatException>(() => Layout.ReadText("sim_data.csv", "psy1,psy2,evans,div,blan\n100,100,0.5,68.4,0.1\n90.3,NA,0.56,65.9,0.04\n"))
            .ShouldPointAt(3, "psy2", "NA");
    }

    [Fact]
    public void Should_match_a_lone_value_column_only_in_a_golden_output_file()
    {
        Layout.Matches(new SourceSniff("small_lag0_output.csv", ["\"value\"", "-1.2"])).ShouldBeTrue();
        Layout.Matches(new SourceSniff("prices.csv", ["\"value\"", "-1.2"])).ShouldBeFalse();
    }
}
