using Froth.Data.Store;
using Spectre.Console;

namespace Froth.Cli.Commands.Data;

/// <summary>Shows an import's progress as two Spectre progress bars: reading the files, then writing the store.</summary>
internal sealed class ImportProgressBar(ProgressContext context) : IProgress<ImportProgress>
{
    private readonly object _gate = new();
    private ProgressTask? _reading;
    private ProgressTask? _writing;
    private int _documents;

    public void Report(ImportProgress value)
    {
        lock (_gate)
        {
            if (value.Stage == ImportStage.Reading)
            {
                _reading ??= context.AddTask("Reading files", maxValue: value.Total);
                _reading.Value = value.Done;
                return;
            }

            _reading?.StopTask();
            if (value.Stage == ImportStage.Staging)
            {
                _documents = value.Total;
            }

            // Writing: one step per document staged, then the merge steps, then the commit.
            _writing ??= context.AddTask("Writing the store", maxValue: _documents + 5);
            _writing.Value = value.Stage switch
            {
                ImportStage.Staging => value.Done,
                ImportStage.Merging => _documents + value.Done,
                _ => _documents + 4 + value.Done,
            };
            if (value is { Stage: ImportStage.Committing, Done: 1 })
            {
                _writing.StopTask();
            }
        }
    }
}
