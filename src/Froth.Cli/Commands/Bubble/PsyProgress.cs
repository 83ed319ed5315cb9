using Froth.Cli.Hosting;
using Spectre.Console;

namespace Froth.Cli.Commands.Bubble;

/// <summary>Runs a long simulation with a progress bar on standard error when it is a terminal.</summary>
internal static class PsyProgress
{
    public static T Run<T>(CommandContext ctx, string description, int total, Func<IProgress<int>?, T> work)
    {
        if (!ctx.Environment.ErrorIsTerminal)
        {
            return work(null);
        }

        T result = default!;
        ctx.ErrorConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(c =>
            {
                var task = c.AddTask(description, maxValue: total);
                result = work(new TaskProgress(task));
            });
        return result;
    }

    private sealed class TaskProgress(ProgressTask task) : IProgress<int>
    {
        public void Report(int value) => task.Value = value;
    }
}
