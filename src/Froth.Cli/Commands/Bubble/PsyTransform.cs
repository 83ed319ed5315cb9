namespace Froth.Cli.Commands.Bubble;

/// <summary>How <c>froth bubble psy</c> transforms the series before testing it.</summary>
public enum PsyTransform
{
    /// <summary>Natural logarithm (the default, for prices); every value must be positive.</summary>
    Log,

    /// <summary>The values as they are (e.g. a price/dividend ratio, as Phillips, Shi &amp; Yu 2015 test it).</summary>
    None,

    /// <summary><c>1/x</c>: turns a dividend yield into a price/dividend ratio (psymonitor's <c>snp</c> example); no value may be 0.</summary>
    Reciprocal,
}
