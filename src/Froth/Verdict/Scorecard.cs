namespace Froth.Verdict;

/// <summary>
/// The bubble-risk scorecard: six named components, each mapping one reading to a score from 0 (nothing
/// bubble-like) to 100 (what the dated bubbles looked like at their peaks), combined by fixed weights.
/// </summary>
/// <remarks>
/// <para>Every mapping is linear between two documented thresholds and clamped to [0, 100]:</para>
/// <list type="table">
/// <item><term>Momentum (15%)</term><description>one-year return: 0 at or below 0, 100 at a doubling (+100%) or more.</description></item>
/// <item><term>Valuation (20%)</term><description>P/E percentile in its own history × 100.</description></item>
/// <item><term>Explosiveness (25%)</term><description>BSADF ÷ its 99% critical value × 100 (0 at or below 0, so at
/// the 95% value about 80); set to 0 when the one-year return is not positive, because explosive falls (crashes)
/// are explosive too and are no bubble.</description></item>
/// <item><term>LPPLS confidence (20%)</term><description>0 at 0, 100 when a quarter or more of the windows qualify.</description></item>
/// <item><term>Macro divergence (10%)</term><description>0 at or below 0, 100 at 50 percentage points or more ahead of nominal GDP.</description></item>
/// <item><term>Speculation (10%)</term><description>turnover ratio: 0 at or below its usual level (1), 100 at 2.5 times or more; with a margin-financing balance, the mean of that score and the balance's three-year percentile × 100 (half each, <see cref="MarginShareOfSpeculation"/>).</description></item>
/// </list>
/// <para>A component whose input is missing is shown and left out; the score is the weighted mean of the others,
/// so their weights are scaled up by 1 ÷ coverage. Bands: below 25 low, below 50 moderate, below 75 elevated, else
/// high. The thresholds were set before validation from what each reading means (a doubling in a year; the test's
/// own critical value; the FCO's reading of confidence, which rarely exceeds a few percent outside bubbles); the
/// validation on the Nasdaq 2000 and Shanghai 2007 and 2015 bubbles is in docs/verdict.md.</para>
/// </remarks>
public static class Scorecard
{
    /// <summary>One-year return that scores 100 in momentum (a doubling).</summary>
    public const double MomentumFull = 1.0;

    /// <summary>LPPLS confidence that scores 100.</summary>
    public const double LpplsFull = 0.25;

    /// <summary>Excess of the one-year return over nominal GDP growth that scores 100.</summary>
    public const double MacroFull = 0.5;

    /// <summary>Turnover ratio that scores 0 (usual trading).</summary>
    public const double TurnoverNone = 1.0;

    /// <summary>Turnover ratio that scores 100.</summary>
    public const double TurnoverFull = 2.5;

    /// <summary>Scores from this up are <see cref="VerdictBand.Moderate"/>.</summary>
    public const double ModerateFrom = 25;

    /// <summary>Scores from this up are <see cref="VerdictBand.Elevated"/>.</summary>
    public const double ElevatedFrom = 50;

    /// <summary>Scores from this up are <see cref="VerdictBand.High"/>.</summary>
    public const double HighFrom = 75;

    /// <summary>The nominal weight of a component; the six sum to 1.</summary>
    public static double WeightOf(VerdictComponentKind kind) => kind switch
    {
        VerdictComponentKind.Momentum => 0.15,
        VerdictComponentKind.Valuation => 0.20,
        VerdictComponentKind.Explosiveness => 0.25,
        VerdictComponentKind.LpplsConfidence => 0.20,
        VerdictComponentKind.MacroDivergence => 0.10,
        VerdictComponentKind.Speculation => 0.10,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown component."),
    };

    /// <summary>The band of a score in [0, 100].</summary>
    public static VerdictBand BandOf(double score) => score switch
    {
        >= HighFrom => VerdictBand.High,
        >= ElevatedFrom => VerdictBand.Elevated,
        >= ModerateFrom => VerdictBand.Moderate,
        _ => VerdictBand.Low,
    };

    /// <summary>Scores the inputs.</summary>
    /// <exception cref="ArgumentException">An input is not finite, a share lies outside [0, 1], or the PSY critical values are not increasing.</exception>
    public static VerdictResult Compute(VerdictInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        Check(inputs);
        var raw = new List<(VerdictComponentKind Kind, double? Input, double? Score, string Rule, string? Note)>
        {
            (VerdictComponentKind.Momentum, inputs.OneYearReturn, Linear(inputs.OneYearReturn, 0, MomentumFull),
                "one-year return: 0 at or below 0%, 100 at +100% or more", null),
            (VerdictComponentKind.Valuation, inputs.ValuationPercentile, inputs.ValuationPercentile * 100,
                "P/E percentile in its own history, times 100", null),
            Explosiveness(inputs),
            (VerdictComponentKind.LpplsConfidence, inputs.LpplsConfidence, Linear(inputs.LpplsConfidence, 0, LpplsFull),
                "share of LPPLS windows qualifying as a positive bubble: 0 at 0%, 100 at 25% or more", null),
            (VerdictComponentKind.MacroDivergence, inputs.MacroDivergence, Linear(inputs.MacroDivergence, 0, MacroFull),
                "one-year return minus nominal GDP growth: 0 at or below 0, 100 at 50 points or more", null),
            Speculation(inputs),
        };

        var coverage = raw.Where(c => c.Score is not null).Sum(c => WeightOf(c.Kind));
        var components = raw.Select(c => new VerdictComponent(
            c.Kind,
            c.Input,
            c.Score,
            WeightOf(c.Kind),
            c.Score is null || coverage == 0 ? 0 : WeightOf(c.Kind) / coverage,
            c.Rule,
            c.Note ?? (c.Score is null ? "no data" : null))).ToList();
        if (coverage == 0)
        {
            return new VerdictResult(null, null, 0, components);
        }

        var score = components.Where(c => c.Score is not null).Sum(c => c.Score!.Value * c.EffectiveWeight);
        score = Math.Clamp(score, 0, 100);
        return new VerdictResult(score, BandOf(score), coverage, components);
    }

    private static (VerdictComponentKind, double?, double?, string, string?) Explosiveness(VerdictInputs inputs)
    {
        const string rule = "BSADF over its 99% critical value: 0 at or below 0, 100 at the 99% value or above; 0 when the one-year return is not positive";
        if (inputs.Psy is not { } psy)
        {
            return (VerdictComponentKind.Explosiveness, null, null, rule, null);
        }

        if (inputs.OneYearReturn is not { } r)
        {
            return (VerdictComponentKind.Explosiveness, psy.Bsadf, null, rule, "no one-year return to tell a bubble from a crash");
        }

        var score = Linear(psy.Bsadf, 0, psy.Cv99);
        return r <= 0 && score > 0
            ? (VerdictComponentKind.Explosiveness, psy.Bsadf, 0, rule, "the price fell over the year: explosiveness downwards is a crash, not a bubble")
            : (VerdictComponentKind.Explosiveness, psy.Bsadf, r <= 0 ? 0 : score, rule, null);
    }

    /// <summary>Share of the speculation component that the margin balance takes when both readings exist.</summary>
    public const double MarginShareOfSpeculation = 0.5;

    private static (VerdictComponentKind, double?, double?, string, string?) Speculation(VerdictInputs inputs)
    {
        const string turnoverRule = "turnover of the last 20 sessions over its average of the 250 before: 0 at 1 or less, 100 at 2.5 or more";
        var turnover = Linear(inputs.TurnoverRatio, TurnoverNone, TurnoverFull);
        if (inputs.MarginPercentile is not { } p)
        {
            return (VerdictComponentKind.Speculation, inputs.TurnoverRatio, turnover, turnoverRule, null);
        }

        var margin = p * 100;
        const string rule = turnoverRule + "; averaged half and half with the margin-financing balance's three-year percentile × 100";
        return turnover is { } t
            ? (VerdictComponentKind.Speculation, inputs.TurnoverRatio, ((1 - MarginShareOfSpeculation) * t) + (MarginShareOfSpeculation * margin), rule,
                FormattableString.Invariant($"turnover scores {t:F0}, the margin balance (percentile {p:F3}) {margin:F0}"))
            : (VerdictComponentKind.Speculation, inputs.TurnoverRatio, margin, rule, FormattableString.Invariant($"no turnover reading; the margin balance alone (percentile {p:F3}) scores {margin:F0}"));
    }

    private static double? Linear(double? value, double zeroAt, double fullAt) =>
        value is { } v ? Math.Clamp((v - zeroAt) / (fullAt - zeroAt), 0, 1) * 100 : null;

    private static void Check(VerdictInputs inputs)
    {
        Finite(inputs.OneYearReturn, nameof(inputs.OneYearReturn));
        Finite(inputs.LpplsConfidence, nameof(inputs.LpplsConfidence));
        Finite(inputs.ValuationPercentile, nameof(inputs.ValuationPercentile));
        Finite(inputs.MacroDivergence, nameof(inputs.MacroDivergence));
        Finite(inputs.TurnoverRatio, nameof(inputs.TurnoverRatio));
        Finite(inputs.MarginPercentile, nameof(inputs.MarginPercentile));
        if (inputs.MarginPercentile is < 0 or > 1)
        {
            throw new ArgumentException($"MarginPercentile must lie in [0, 1], got {inputs.MarginPercentile}.", nameof(inputs));
        }
        if (inputs.ValuationPercentile is < 0 or > 1 || inputs.LpplsConfidence is < 0 or > 1)
        {
            throw new ArgumentException("A percentile and a confidence are shares in [0, 1].", nameof(inputs));
        }

        if (inputs.Psy is { } p && (!double.IsFinite(p.Bsadf) || !(p.Cv99 > p.Cv95) || !(p.Cv99 > 0)))
        {
            throw new ArgumentException($"The PSY reading needs a finite BSADF and critical values with 0 < cv99 and cv95 < cv99; got {p}.", nameof(inputs));
        }
    }

    private static void Finite(double? value, string name)
    {
        if (value is { } v && !double.IsFinite(v))
        {
            throw new ArgumentException($"{name} is {v}; expected a finite number or no value.", name);
        }
    }
}
