using System.CommandLine;
using System.CommandLine.Parsing;
using Froth.Bubbles.Psy;

namespace Froth.Cli.Commands.Bubble;

/// <summary>The window, lag and simulation options shared by <c>froth bubble psy</c> and <c>psy-critical-values</c>.</summary>
internal sealed class PsyOptionSet
{
    /// <summary>Monte Carlo replications when none are asked for.</summary>
    public const int DefaultReplications = 2000;

    /// <summary>Wild-bootstrap replications when none are asked for.</summary>
    public const int DefaultBootstrapReplications = 999;

    /// <summary>The seed when none is given.</summary>
    public const long DefaultSeed = 123;

    public Option<int?> MinWindow { get; } = new("--min-window")
    {
        Description = "Minimum window, counted as --window-convention says (default: floor(T*(0.01+1.8/sqrt(T))), the PSY rule).",
        HelpName = "N",
    };

    public Option<WindowConvention> Convention { get; } = new("--window-convention")
    {
        Description = "What --min-window counts: psymonitor = observations (levels), as the PSY paper; exuber = regression rows, i.e. 1+lag more observations.",
        HelpName = "exuber|psymonitor",
        DefaultValueFactory = _ => WindowConvention.Psymonitor,
    };

    public Option<int?> Lag { get; } = new("--lag")
    {
        Description = "Fixed ADF lag (default: 0).",
        HelpName = "K",
    };

    public Option<InformationCriterion?> Criterion { get; } = new("--ic")
    {
        Description = "Choose the lag in each window by AIC or BIC, up to --max-lag (all lags compared on the same rows).",
        HelpName = "aic|bic",
    };

    public Option<int?> MaxLag { get; } = new("--max-lag")
    {
        Description = "Largest lag --ic may choose.",
        HelpName = "K",
    };

    public Option<int?> Reps { get; } = new("--reps")
    {
        Description = $"Monte Carlo (or bootstrap) replications (default: {DefaultReplications}; {DefaultBootstrapReplications} with --wild-bootstrap).",
        HelpName = "N",
    };

    public Option<long?> Seed { get; } = new("--seed")
    {
        Description = $"Random seed; the values are identical for a seed whatever the number of cores (default: {DefaultSeed}).",
        HelpName = "S",
    };

    public Option<double> Drift { get; } = new("--drift")
    {
        Description = "Monte Carlo null y_t = y_(t-1) + d/T + e_t: the drift constant d (default: 0, a driftless random walk as exuber; PSY use 1).",
        HelpName = "D",
    };

    public Option<string> BsadfNull { get; } = CreateBsadfNull();

    public Option<bool> NoCache { get; } = new("--no-cache")
    {
        Description = "Recompute critical values instead of reading them from the cache ($FROTH_CACHE, else $XDG_CACHE_HOME/froth, else ~/.cache/froth).",
    };

    public void AddTo(Command command)
    {
        command.Add(MinWindow);
        command.Add(Convention);
        command.Add(Lag);
        command.Add(Criterion);
        command.Add(MaxLag);
        command.Add(Reps);
        command.Add(Seed);
        command.Add(Drift);
        command.Add(BsadfNull);
        command.Add(NoCache);
        command.Validators.Add(Validate);
    }

    public PsyOptions ToOptions(ParseResult parse)
    {
        var lag = parse.GetValue(Criterion) switch
        {
            InformationCriterion.Aic => AdfLag.Aic(parse.GetValue(MaxLag)!.Value),
            InformationCriterion.Bic => AdfLag.Bic(parse.GetValue(MaxLag)!.Value),
            _ => AdfLag.Fixed(parse.GetValue(Lag) ?? 0),
        };
        return new PsyOptions { MinWindow = parse.GetValue(MinWindow), WindowConvention = parse.GetValue(Convention), Lag = lag };
    }

    public PsyMonteCarloOptions MonteCarlo(ParseResult parse) => new()
    {
        Replications = parse.GetValue(Reps) ?? DefaultReplications,
        Seed = parse.GetValue(Seed) ?? DefaultSeed,
        Drift = parse.GetValue(Drift),
        BsadfNull = BsadfNullOf(parse),
    };

    /// <summary>The CLI's name of a <see cref="Froth.Bubbles.Psy.BsadfNull"/>: <c>sadf</c> or <c>bsadf</c>.</summary>
    public static string Name(BsadfNull value) => value == Froth.Bubbles.Psy.BsadfNull.Bsadf ? "bsadf" : "sadf";

    public BsadfNull BsadfNullOf(ParseResult parse) =>
        string.Equals(parse.GetValue(BsadfNull), "sadf", StringComparison.OrdinalIgnoreCase) ? Froth.Bubbles.Psy.BsadfNull.SadfOfPrefix : Froth.Bubbles.Psy.BsadfNull.Bsadf;

    private static Option<string> CreateBsadfNull()
    {
        var option = new Option<string>("--bsadf-null")
        {
            Description = "The BSADF critical value at t is a quantile of: bsadf = the simulated BSADF at t (its exact null; reproduces PSY 2015's S&P dates), sadf = the SADF of the first t observations (exuber's tables; larger, fewer episodes).",
            HelpName = "bsadf|sadf",
            DefaultValueFactory = _ => "bsadf",
        };
        option.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "bsadf", "sadf");
        return option;
    }

    private void Validate(CommandResult result)
    {
        var lag = result.GetValue(Lag);
        var criterion = result.GetValue(Criterion);
        var maxLag = result.GetValue(MaxLag);
        if (lag is not null && criterion is not null)
        {
            result.AddError("Give either --lag K (a fixed lag) or --ic aic|bic with --max-lag K, not both.");
        }

        if (criterion is not null && maxLag is null)
        {
            result.AddError("--ic needs --max-lag K, the largest lag it may choose.");
        }

        if (maxLag is not null && criterion is null)
        {
            result.AddError("--max-lag goes with --ic aic|bic; for a fixed lag use --lag K.");
        }

        if (lag < 0 || maxLag < 0)
        {
            result.AddError("Lags must be 0 or more.");
        }

        if (result.GetValue(MinWindow) is < 1)
        {
            result.AddError("--min-window must be a positive number of observations (or regression rows with --window-convention exuber).");
        }

        if (result.GetValue(Reps) is < 10)
        {
            result.AddError("--reps must be at least 10 for 90/95/99% critical values (2000 is the usual number).");
        }

        if (!double.IsFinite(result.GetValue(Drift)))
        {
            result.AddError("--drift must be a finite number.");
        }
    }
}
