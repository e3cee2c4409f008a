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

    /// <summary>
    /// A later incident of the same kind that names no force ("another 32 protesters were killed in Moundou")
    /// continues the story told first: the force named there is its initiator or target too.
    /// </summary>
    public static IReadOnlyList<ConflictEvent> FromStory(IReadOnlyList<ConflictEvent> events)
    {
        var result = new List<ConflictEvent>(events.Count);
        foreach (ConflictEvent e in events)
        {
            ConflictEvent? lead = e.Background ? null : result.FirstOrDefault(r => !r.Background && r.SubEventType == e.SubEventType && r.Place.Country == e.Place.Country);
            ConflictEvent filled = e;
            if (lead is not null && e.Actor2 is null && lead.Actor2 is not null && lead.Actor2.Name != e.Actor1?.Name) filled = filled with { Actor2 = lead.Actor2 };
            if (lead is not null && e.Actor1 is null && lead.Actor1 is not null && lead.Actor1.Name != filled.Actor2?.Name) filled = filled with { Actor1 = lead.Actor1 };
            result.Add(Settle(filled));
        }
        return result;
    }
}
