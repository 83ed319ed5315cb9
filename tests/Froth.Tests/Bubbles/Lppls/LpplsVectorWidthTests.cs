using System.Diagnostics;
using System.Globalization;
using System.Runtime.Intrinsics;
using Froth.Bubbles.Lppls;
using Froth.Data.Sources.Files;
using Froth.Testing;
using LpplsCalibration = Froth.Bubbles.Lppls.Lppls;

namespace Froth.Tests.Bubbles.Lppls;

/// <summary>
/// The same LPPLS fits in child processes (<c>tests/Froth.LpplsProbe</c>) whose runtime is denied AVX-512,
/// AVX2 or every hardware intrinsic, so that the objective's loops run at 256 bits, 128 bits or one lane at a
/// time: each child must run at the width its setting leaves, and its fits must agree with the default width's
/// within the stated tolerances (docs/lppls.md, reproducibility).
/// </summary>
public sealed class LpplsVectorWidthTests
{
    // Measured across the four widths on 421 fits (the 126 windows, of 126 to 751 closes, of each of three
    // Nasdaq end dates, and 43 synthetic series of 20 to 300 sessions): at most 1.0e-5 sessions in tc, 6.9e-8 in m, 4.5e-7 in ω, and a relative
    // difference of 4.8e-14 in the SSE (docs/lppls.md). The widths differ in the last bits of log, exp and sin/cos
    // and in the order of the sums; each search then stops at a slightly different point of the flat valley
    // around the minimum (a search ends when a step gains less than 1e-10 of the SSE). The parameter tolerances
    // are ten times the largest measured difference; the SSE's is that stopping tolerance, 1e-10.
    private const double TcTolerance = 1e-4; // sessions
    private const double MTolerance = 1e-6;
    private const double OmegaTolerance = 1e-5;
    private const double SseRelativeTolerance = 1e-10;

    /// <summary>What a child's environment leaves of the vector hardware.</summary>
    public enum Setting
    {
        /// <summary>No setting: the machine's widest width.</summary>
        Default,

        /// <summary>AVX-512 off: 256 bits.</summary>
        NoAvx512,

        /// <summary>AVX2 off (and so AVX-512): 128 bits on x64.</summary>
        NoAvx2,

        /// <summary>Every hardware intrinsic off: one lane, <see cref="Math"/>'s functions.</summary>
        NoHardwareIntrinsics,
    }

    public sealed class Fit(Fit.Children children) : IClassFixture<Fit.Children>
    {
        [Theory]
        [InlineData(Setting.NoAvx512)]
        [InlineData(Setting.NoAvx2)]
        [InlineData(Setting.NoHardwareIntrinsics)]
        public void Should_run_at_the_vector_width_its_setting_leaves(Setting setting)
        {
            // Given the widths of a child with no setting, the machine's own
            var machine = children.Of(Setting.Default).Widths;

            // When a setting switches some of them off
            var widths = children.Of(setting).Widths;

            // Then exactly those are off in the child, so the comparisons below are not of one width with itself
            var expected = setting switch
            {
                Setting.NoAvx512 => machine with { V512 = false },
                Setting.NoAvx2 => new Widths(false, false, machine.V128),
                _ => new Widths(false, false, false),
            };
            widths.ShouldBe(expected, $"child with {Describe(setting)}");
        }

        [Theory]
        [InlineData(Setting.NoAvx512)]
        [InlineData(Setting.NoAvx2)]
        [InlineData(Setting.NoHardwareIntrinsics)]
        public void Should_agree_with_the_default_width_within_the_stated_tolerances(Setting setting)
        {
            var reference = children.Of(Setting.Default).Fits;
            var fits = children.Of(setting).Fits;

            fits.Count.ShouldBe(reference.Count);
            var output = TestContext.Current.TestOutputHelper;
            for (var s = 0; s < fits.Count; s++)
            {
                var (a, b) = (reference[s], fits[s]);
                var what = $"series {s} with {Describe(setting)}";
                b.Tc.ShouldBe(a.Tc, TcTolerance, what);
                b.M.ShouldBe(a.M, MTolerance, what);
                b.Omega.ShouldBe(a.Omega, OmegaTolerance, what);
                (Math.Abs(b.Sse - a.Sse) / a.Sse).ShouldBeLessThanOrEqualTo(SseRelativeTolerance, what);
                output?.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{what}: Δtc {b.Tc - a.Tc:E2}, Δm {b.M - a.M:E2}, Δω {b.Omega - a.Omega:E2}, ΔSSE/SSE {(b.Sse - a.Sse) / a.Sse:E2}"));
            }
        }

        [Fact]
        public void Should_be_bit_identical_to_this_process_at_the_same_width()
        {
            // Given a child at the machine's width, and this process
            var child = children.Of(Setting.Default);
            Assert.SkipUnless(child.Widths == Widths.OfThisProcess, "this test process runs at a width other than the default");

            // Then the fits are the same doubles, to the last bit
            for (var s = 0; s < Series.Value.Count; s++)
            {
                var here = FitResult.Of(LpplsCalibration.Fit(Series.Value[s]));
                child.Fits[s].ShouldBe(here, $"series {s}");
            }
        }

        /// <summary>One child process per <see cref="Setting"/>, run once for the class, side by side.</summary>
        public sealed class Children : IAsyncLifetime
        {
            private static readonly TimeSpan ChildTimeout = TimeSpan.FromSeconds(120);

            private readonly Dictionary<Setting, Run> _runs = [];

            /// <summary>What the child with <paramref name="setting"/> printed.</summary>
            public Run Of(Setting setting) => _runs[setting];

            public async ValueTask InitializeAsync()
            {
                var settings = Enum.GetValues<Setting>();
                var runs = await Task.WhenAll(settings.Select(RunChild));
                for (var i = 0; i < settings.Length; i++)
                {
                    _runs[settings[i]] = runs[i];
                }
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;

            private static async Task<Run> RunChild(Setting setting)
            {
                var probe = Path.Combine(AppContext.BaseDirectory, "Froth.LpplsProbe.dll");
                File.Exists(probe).ShouldBeTrue($"the probe {probe} is built and copied beside the tests by the project reference");
                var start = new ProcessStartInfo("dotnet")
                {
                    RedirectStandardInput = true,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                };
                start.ArgumentList.Add("exec");
                start.ArgumentList.Add(probe);

                // Whatever this process was started with, each child gets only its own setting.
                foreach (var name in start.Environment.Keys.Where(IsVectorKnob).ToList())
                {
                    start.Environment.Remove(name);
                }

                foreach (var (name, value) in Knobs(setting))
                {
                    start.Environment[name] = value;
                }

                using var timeout = new CancellationTokenSource(ChildTimeout);
                using var child = Process.Start(start)!;
                var stdout = child.StandardOutput.ReadToEndAsync(timeout.Token);
                var stderr = child.StandardError.ReadToEndAsync(timeout.Token);
                foreach (var prices in Series.Value)
                {
                    await child.StandardInput.WriteLineAsync(string.Join(',', prices.Select(p => p.ToString("R", CultureInfo.InvariantCulture))));
                }

                child.StandardInput.Close();
                try
                {
                    await child.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    child.Kill(entireProcessTree: true);
                    throw new TimeoutException($"The LPPLS probe with {Describe(setting)} did not finish within {ChildTimeout}.");
                }

                child.ExitCode.ShouldBe(0, $"the probe with {Describe(setting)} failed: {await stderr}");
                return Run.Parse(await stdout);
            }

            private static bool IsVectorKnob(string name) =>
                (name.StartsWith("DOTNET_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("COMPlus_", StringComparison.OrdinalIgnoreCase))
                && (name.Contains("_Enable", StringComparison.OrdinalIgnoreCase) || name.EndsWith("VectorBitWidth", StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Which of the 512-, 256- and 128-bit vector types the runtime accelerates.</summary>
    public readonly record struct Widths(bool V512, bool V256, bool V128)
    {
        public static Widths OfThisProcess => new(Vector512.IsHardwareAccelerated, Vector256.IsHardwareAccelerated, Vector128.IsHardwareAccelerated);
    }

    /// <summary>The parameters of one fit that the children report.</summary>
    public readonly record struct FitResult(double Tc, double M, double Omega, double Sse)
    {
        public static FitResult Of(LpplsFit fit) => new(fit.Model.Tc, fit.Model.M, fit.Model.Omega, fit.Sse);
    }

    /// <summary>The output of one child: its widths and one fit per series.</summary>
    public sealed record Run(Widths Widths, IReadOnlyList<FitResult> Fits)
    {
        /// <summary>Parses the probe's lines (<c>widths v512=… v256=… v128=…</c>, then <c>fit tc=… m=… omega=… sse=…</c>).</summary>
        public static Run Parse(string output)
        {
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            lines.ShouldNotBeEmpty("the probe printed nothing");
            var widths = Fields(lines[0], "widths");
            var fits = lines.Skip(1).Select(l => Fields(l, "fit")).Select(f => new FitResult(Number(f["tc"]), Number(f["m"]), Number(f["omega"]), Number(f["sse"])));
            return new Run(new Widths(bool.Parse(widths["v512"]), bool.Parse(widths["v256"]), bool.Parse(widths["v128"])), [.. fits]);
        }

        private static Dictionary<string, string> Fields(string line, string kind)
        {
            var parts = line.Split(' ');
            parts[0].ShouldBe(kind, $"probe line '{line}'");
            return parts.Skip(1).Select(p => p.Split('=')).ToDictionary(kv => kv[0], kv => kv[1]);
        }

        private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The Nasdaq windows ending on the 10 March 2000 peak with 126, 251, 356, 501 and 751 closes (the lengths
    /// leave 6, 3, 4, 5 and 7 observations after the 8-lane loop, so every tail of every width runs; 356 is the
    /// window whose tc differed most across widths), and a noisy synthetic bubble of 300 sessions.
    /// </summary>
    private static readonly Lazy<IReadOnlyList<double[]>> Series = new(() =>
    {
        var closes = CsvColumnReader.Read(SampleData.Path("reference/nasdaq_dotcom_1994-2000_lppls.csv"), "Close").Values;
        var truth = new LpplsModel(Tc: 320, M: 0.5, Omega: 8, A: 8, B: -0.02, C1: 0.002, C2: 0.001);
        return [.. new[] { 126, 251, 356, 501, 751 }.Select(n => closes.Skip(closes.Count - n).ToArray()), Synthetic.Prices(truth, 300, sigma: 0.005, seed: 11)];
    });

    /// <summary>
    /// The runtime settings of each case. .NET 10 merged the AVX-512 subsets into one instruction set and
    /// ignores <c>DOTNET_EnableAVX512F</c> (measured on 10.0.12: Vector512 stays accelerated); it honours
    /// <c>DOTNET_EnableAVX512</c>. Both are set, so the case means the same on .NET 8 and 9.
    /// </summary>
    private static IEnumerable<(string Name, string Value)> Knobs(Setting setting) => setting switch
    {
        Setting.Default => [],
        Setting.NoAvx512 => [("DOTNET_EnableAVX512F", "0"), ("DOTNET_EnableAVX512", "0")],
        Setting.NoAvx2 => [("DOTNET_EnableAVX2", "0")],
        Setting.NoHardwareIntrinsics => [("DOTNET_EnableHWIntrinsic", "0")],
        _ => throw new ArgumentOutOfRangeException(nameof(setting), setting, null),
    };

    private static string Describe(Setting setting) =>
        setting == Setting.Default ? "no setting" : string.Join(' ', Knobs(setting).Select(k => $"{k.Name}={k.Value}"));
}
