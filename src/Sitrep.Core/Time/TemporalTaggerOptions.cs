namespace Sitrep.Time;

/// <summary>How to read all-numeric dates such as 10/01/2022 when both fields could be the month.</summary>
public enum NumericDateOrder
{
    /// <summary>10/01/2022 is 10 January (the international and ACLED convention).</summary>
    DayFirst,
    /// <summary>10/01/2022 is October 1 (US convention).</summary>
    MonthFirst,
}

/// <summary>
/// Options for the temporal tagger. Numeric dates follow <see cref="NumericDateOrder"/> only when
/// ambiguous: a field above 12 is always the day.
/// </summary>
public sealed record TemporalTaggerOptions
{
    public static TemporalTaggerOptions Default { get; } = new();

    public NumericDateOrder NumericDateOrder { get; init; } = NumericDateOrder.DayFirst;

    /// <summary>
    /// Whether a bare weekday naming the publication day's weekday means the publication day itself
    /// ("Wagner said on Friday" in a Friday article is that Friday). On by default: wire copy
    /// follows AP style and names the day instead of writing "today", and the gold seed article and
    /// TimeBank both read it so. When off, past tense means the same weekday a week earlier.
    /// </summary>
    public bool WeekdayMayBePublicationDay { get; init; } = true;

    /// <summary>The tense assumed when no cue is found near an expression (news reports the past).</summary>
    public Tense DefaultTense { get; init; } = Tense.Past;
}
