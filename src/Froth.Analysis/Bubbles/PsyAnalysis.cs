using Froth.Analysis.Baskets;
using Froth.Analysis.Subjects;
using Froth.Bubbles.Psy;

namespace Froth.Analysis.Bubbles;

/// <summary>The PSY tests of a subject as of a date, with dated episodes: what <c>froth bubble psy</c> prints and a report's bubble section reads.</summary>
/// <param name="Subject">Who it is about, and the source read.</param>
/// <param name="AsOf">The as-of decision.</param>
/// <param name="Sample">The observations tested.</param>
/// <param name="Result">Statistics, critical values, BSADF by date and the episodes (the library's dated result, whole).</param>
/// <param name="CriticalValues">Where the critical values came from.</param>
/// <param name="Notes">What happened, in words: the reading on the as-of date, runs too short to count.</param>
public sealed record PsyAnalysis(SubjectInfo Subject, AsOfDecision AsOf, PsySample Sample, PsyDatedResult Result, PsyCriticalValueMethod CriticalValues, IReadOnlyList<string> Notes);
