namespace Sitrep.Storage.Sqlite;

/// <summary>The role column of event_actors.</summary>
internal static class ActorRoles
{
    public const string Actor1 = "actor1";
    public const string Actor2 = "actor2";
    public const string Assoc1 = "assoc1";
    public const string Assoc2 = "assoc2";
}
