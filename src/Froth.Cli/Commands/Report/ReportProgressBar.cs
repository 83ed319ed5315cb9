using Froth.Analysis.Bubbles;
using Spectre.Console;

namespace Froth.Cli.Commands.Report;

/// <summary>Shows the report's slow steps (PSY critical values, LPPLS confidence) as Spectre progress bars, one per stage.</summary>
internal sealed class ReportProgressBar(ProgressContext context) : IProgress<BubbleProgress>
{
    private readonly object _gate = new();
    private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);

    public void Report(BubbleProgress value)
    {
        lock (_gate)
        {
            if (!_tasks.TryGetValue(value.Stage, out var task))
            {
                task = context.AddTask(value.Stage, maxValue: Math.Max(1, value.Total));
                _tasks[value.Stage] = task;
            }

            task.Value = Math.Max(task.Value, value.Done);
            if (value.Done >= value.Total)
            {
                task.StopTask();
            }
        }
    }
}
