using BenchmarkDotNet.Running;
using Froth.Benchmarks;

if (args.Length > 0 && args[0] == "parsing-cpu")
{
    // Price-file parsing throughput in CPU time (see ParsingBenchmarks.ReportCpuThroughput).
    ParsingBenchmarks.ReportCpuThroughput(args[1..]);
    return;
}

if (args.Length > 0 && args[0] == "rally-cpu")
{
    // Rally facts and basket building in CPU time (see RallyFactsBenchmarks.ReportCpu).
    RallyFactsBenchmarks.ReportCpu();
    return;
}

if (args.Length > 0 && args[0] == "lppls-cpu")
{
    // LPPLS fits in CPU time at each stack offset (see LpplsStackOffsetBenchmark.ReportCpu).
    LpplsStackOffsetBenchmark.ReportCpu();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
