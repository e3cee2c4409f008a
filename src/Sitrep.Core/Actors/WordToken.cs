namespace Sitrep.Actors;

/// <summary>
/// A word as the actor matcher sees it: its offsets in the text, its key (folded, lower case) and
/// its exact form (folded, original case) for acronyms that only match in capitals.
/// </summary>
internal readonly record struct WordToken(int Start, int End, string Key, string Exact)
{
    /// <summary>The possessive clitic, split off so "Mali's army" reads as "Mali" "'s" "army".</summary>
    public const string Possessive = "'s";

    public bool IsPossessive => ReferenceEquals(Key, Possessive) || Key == Possessive;
}
