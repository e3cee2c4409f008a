using System.Collections.Immutable;

namespace Sitrep.Events.Extraction;

/// <summary>
/// ACLED's conventions on the target of a finished event: an actor is never its own target, and a
/// change to a group's own activity (a withdrawal, a new base) has none.
/// </summary>
internal static class TargetRules
{
    private static readonly ImmutableHashSet<string> Untargeted = ImmutableHashSet.Create(StringComparer.Ordinal, "Change to group/activity", "Headquarters or base established");

    public static ConflictEvent Settle(ConflictEvent e)
    {
        if (e.Actor2 is null) return e;
        if (Untargeted.Contains(e.SubEventType) || e.Actor2.Name == e.Actor1?.Name) return e with { Actor2 = null, AssocActor2 = [] };
        return e;
    }
}
