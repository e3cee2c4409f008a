using System.Collections.Immutable;

namespace Sitrep.Actors;

/// <summary>ACLED's eight actor types and their inter codes (1 State forces … 8 External/Other forces).</summary>
public static class ActorTypes
{
    public const string StateForces = "State forces";
    public const string RebelGroup = "Rebel group";
    public const string PoliticalMilitia = "Political militia";
    public const string IdentityMilitia = "Identity militia";
    public const string Rioters = "Rioters";
    public const string Protesters = "Protesters";
    public const string Civilians = "Civilians";
    public const string ExternalOther = "External/Other forces";

    /// <summary>The type names in inter-code order: element i has inter code i + 1.</summary>
    public static ImmutableArray<string> All { get; } =
        [StateForces, RebelGroup, PoliticalMilitia, IdentityMilitia, Rioters, Protesters, Civilians, ExternalOther];

    public static bool TryGetInter(string type, out int inter)
    {
        int index = All.IndexOf(type);
        inter = index + 1;
        return index >= 0;
    }

    public static string NameOf(int inter) =>
        inter is >= 1 and <= 8 ? All[inter - 1] : throw new ArgumentOutOfRangeException(nameof(inter), inter, "ACLED inter codes run from 1 to 8.");
}
