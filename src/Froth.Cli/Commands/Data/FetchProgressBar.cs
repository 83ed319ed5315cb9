using Froth.Data.Sources.Online;
using Spectre.Console;

namespace Froth.Cli.Commands.Data;

/// <summary>
/// Shows a fetch's progress on standard error: one bar over the symbols, whose caption names the symbol being
/// fetched and, while a retry waits, what failed and for how long it waits.
/// </summary>
internal sealed class FetchProgressBar(ProgressContext context, string source) : IProgress<FetchProgress>
{
    private readonly Lock _gate = new();
    private ProgressTask? _task;
    private string _symbol = "";

    public void Report(FetchProgress value)
    {
        lock (_gate)
        {
            _task ??= context.AddTask($"Fetching from {source}", maxValue: value.Total);
            _task.Value = value.Done;
            _symbol = value.Symbol;
            _task.Description = value.Done == value.Total
                ? $"Fetched {value.Total} from {source}"
                : $"Fetching {Markup.Escape(value.Symbol)} from {source}";
            if (value.Done == value.Total)
            {
                _task.StopTask();
            }
        }
    }

    /// <summary>Shows a retry in the caption until the next report.</summary>
    public void Retry(FetchRetry retry)
    {
        lock (_gate)
        {
            if (_task is not null)
            {
                var why = retry.FromRetryAfter ? "as the server asks" : "then retrying";
                _task.Description = Markup.Escape($"{_symbol}: {retry.Reason} from {retry.Host}; waiting {retry.Delay.TotalSeconds:0.#} s {why} (attempt {retry.FailedAttempt + 1})");
            }
        }
    }
}
