using System.Globalization;
using Froth.Bubbles.Psy;
using Froth.Testing;

namespace Froth.Tests.Bubbles.Psy;

public sealed class PsyMeasuredSizeTests
{
    public sealed class Nearest
    {
        [Theory]
        [InlineData(PsySizeMethod.MonteCarlo, 100, 100)]
        [InlineData(PsySizeMethod.MonteCarlo, 250, 400)] // ln(400/250) = 0.47 < ln(250/100) = 0.92
        [InlineData(PsySizeMethod.WildBootstrap, 150, 100)] // ln(150/100) = 0.41 < ln(400/150) = 0.98
        [InlineData(PsySizeMethod.MonteCarlo, 1680, 1000)]
        [InlineData(PsySizeMethod.WildBootstrap, 30, 100)]
        public void Should_read_the_entry_nearest_on_a_log_scale(PsySizeMethod method, int count, int tabulated)
        {
            var entry = PsyMeasuredSize.Nearest(method, count);

            entry.Method.ShouldBe(method);
            entry.Count.ShouldBe(tabulated);
        }

        [Fact]
        public void Should_refuse_an_empty_sample() =>
            Should.Throw<ArgumentOutOfRangeException>(() => PsyMeasuredSize.Nearest(PsySizeMethod.MonteCarlo, 0));
    }

    public sealed class Table
    {
        [Fact]
        public void Should_hold_the_figures_published_in_the_docs()
        {
            // Given the size table of docs/psy.md (the output of tools/Froth.PsySize): "| process | T | MC ADF | MC SADF |
            // MC GSADF | wild ADF | wild SADF | wild GSADF |", rates in % with the standard error in brackets
            var rows = File.ReadAllLines(System.IO.Path.Combine(SampleData.RepositoryRoot, "docs", "psy.md"))
                .Where(l => l.StartsWith("| Gaussian random walk |", StringComparison.Ordinal) || l.StartsWith("| variance break ×3 at T/2 |", StringComparison.Ordinal))
                .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
                .Where(c => c.Length == 10)
                .ToArray();

            // Then every entry of the library's table is the docs' GSADF column for its method and T
            PsyMeasuredSize.Table.Count.ShouldBe(6);
            foreach (var entry in PsyMeasuredSize.Table)
            {
                var column = entry.Method == PsySizeMethod.MonteCarlo ? 5 : 8;
                var (gaussian, gaussianError) = Rate(rows, "Gaussian random walk", entry.Count, column);
                var (varianceBreak, varianceBreakError) = Rate(rows, "variance break ×3 at T/2", entry.Count, column);
                entry.Gaussian.ShouldBe(gaussian, 1e-12, $"{entry.Method} T = {entry.Count}");
                entry.GaussianError.ShouldBe(gaussianError, 1e-12);
                entry.VarianceBreak.ShouldBe(varianceBreak, 1e-12);
                entry.VarianceBreakError.ShouldBe(varianceBreakError, 1e-12);
            }
        }

        private static (double Rate, double Error) Rate(string[][] rows, string process, int count, int column)
        {
            var row = rows.Single(r => r[1] == process && int.Parse(r[2], NumberStyles.AllowThousands, CultureInfo.InvariantCulture) == count);
            var parts = row[column].Split(' ');
            return (double.Parse(parts[0], CultureInfo.InvariantCulture) / 100, double.Parse(parts[1].Trim('(', ')'), CultureInfo.InvariantCulture) / 100);
        }
    }
}
