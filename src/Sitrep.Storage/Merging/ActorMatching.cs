using Sitrep.Events;

namespace Sitrep.Storage.Merging;

/// <summary>
/// Actor compatibility for merging. Two actors agree when either is unknown or unidentified, or
/// when any name of one is a name of the other; sides may be swapped, because one outlet writes
/// "militants attacked soldiers" and another "soldiers clashed with militants".
/// </summary>
internal static class ActorMatching
{
    private const string UnidentifiedPrefix = "Unidentified";

    public static bool Compatible(ConflictEvent a, ConflictEvent b) =>
        (Agree(a.Actor1, b.Actor1) && Agree(a.Actor2, b.Actor2)) ||
        (Agree(a.Actor1, b.Actor2) && Agree(a.Actor2, b.Actor1));

    /// <summary>True when the actors may be the same, treating unknown and unidentified actors as wildcards.</summary>
    public static bool Agree(ActorRef? a, ActorRef? b)
    {
        if (a is null || b is null || IsWildcard(a) || IsWildcard(b)) return true;
        return a.AllNames.Any(x => b.AllNames.Any(y => string.Equals(x.Trim(), y.Trim(), StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>An actor that names nobody in particular ("Unidentified Armed Group (Mali)").</summary>
    public static bool IsWildcard(ActorRef actor) => actor.Name.StartsWith(UnidentifiedPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the events' actors line up crossed (b's actor1 is a's actor2) rather than straight.</summary>
    public static bool Crossed(ConflictEvent a, ConflictEvent b) =>
        !(Agree(a.Actor1, b.Actor1) && Agree(a.Actor2, b.Actor2)) && Agree(a.Actor1, b.Actor2) && Agree(a.Actor2, b.Actor1);
}
