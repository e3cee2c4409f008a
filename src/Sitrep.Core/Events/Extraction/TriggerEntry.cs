namespace Sitrep.Events.Extraction;

/// <summary>
/// One trigger phrase of the lexicon: the ACLED sub-type it signals (or <see cref="DependsOnTarget"/>),
/// the PLOVER type and mode, and its priority against other triggers in the same sentence.
/// </summary>
public sealed record TriggerEntry(string Phrase, string SubEventType, string PloverType, string? PloverMode, int Priority, int Line)
{
    /// <summary>The sub-type marker for attacks typed by their target: Armed clash against armed or state actors, else an attack on civilians.</summary>
    public const string TargetDependent = "@attack";

    public bool DependsOnTarget => SubEventType == TargetDependent;

    /// <summary>Priority 0: a word such as "toll" or "dead" that adds facts to a reported event but never starts one.</summary>
    public bool OnlyAddsFacts => Priority == 0;
}
