using Froth.Analysis.Baskets;
using Froth.Analysis.Subjects;
using Froth.Rally;

namespace Froth.Analysis.Rally;

/// <summary>The rally facts of a subject (an instrument or a basket's index) as of a date: what <c>froth facts</c> prints and a report's performance and streak sections read.</summary>
/// <param name="Subject">Who the facts are about, and the source read.</param>
/// <param name="AsOf">The as-of decision.</param>
/// <param name="Facts">Returns, streaks, records, drawdown, volume and relative performance (the library's result, whole).</param>
/// <param name="Benchmark">The benchmark compared with, or <see langword="null"/>.</param>
/// <param name="Notes">What a reader needs to know: price adjustments, and the warnings.</param>
/// <param name="Warnings">What a reader must not miss: a benchmark or the series itself whose data end well before the date.</param>
public sealed record FactsAnalysis(SubjectInfo Subject, AsOfDecision AsOf, RallyFactsResult Facts, SubjectInfo? Benchmark, IReadOnlyList<string> Notes, IReadOnlyList<string> Warnings);
