using System.Collections.Immutable;

namespace Sitrep.Events;

/// <summary>Who asserts what about an event, where the text attributes it ("militants say", "according to").</summary>
public sealed record Claim(ImmutableArray<string> By, ClaimKind What)
{
    /// <summary>
    /// Read from a neighbouring sentence or the quotation a sentence belongs to, not stated with the event's own words.
    /// Extraction weighs it while it merges mentions (<c>ClaimReader.Settle</c>) and clears it on the claims it keeps.
    /// </summary>
    internal bool Inferred { get; init; }
}
