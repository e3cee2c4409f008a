using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Sitrep.Events;

/// <summary>ACLED's six event types and their sub-types, spelled exactly as the codebook does.</summary>
public static class AcledTypology
{
    public const string Battles = "Battles";
    public const string ExplosionsRemoteViolence = "Explosions/Remote violence";
    public const string ViolenceAgainstCivilians = "Violence against civilians";
    public const string Protests = "Protests";
    public const string Riots = "Riots";
    public const string StrategicDevelopments = "Strategic developments";

    // The sub-types the extraction rules name.
    public const string ArmedClash = "Armed clash";
    public const string GovernmentRegainsTerritory = "Government regains territory";
    public const string NonStateActorOvertakesTerritory = "Non-state actor overtakes territory";
    public const string Attack = "Attack";
    public const string PeacefulProtest = "Peaceful protest";
    public const string ProtestWithIntervention = "Protest with intervention";
    public const string ViolentDemonstration = "Violent demonstration";
    public const string MobViolence = "Mob violence";
    public const string Arrests = "Arrests";
    public const string LootingPropertyDestruction = "Looting/property destruction";

    public static ImmutableDictionary<string, ImmutableArray<string>> SubTypes { get; } =
        new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal)
        {
            [Battles] = [ArmedClash, GovernmentRegainsTerritory, NonStateActorOvertakesTerritory],
            [ExplosionsRemoteViolence] =
            [
                "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                "Remote explosive/landmine/IED", "Grenade",
            ],
            [ViolenceAgainstCivilians] = ["Sexual violence", Attack, "Abduction/forced disappearance"],
            [Protests] = [PeacefulProtest, ProtestWithIntervention, "Excessive force against protesters"],
            [Riots] = [ViolentDemonstration, MobViolence],
            [StrategicDevelopments] =
            [
                "Agreement", Arrests, "Change to group/activity", "Disrupted weapons use",
                "Headquarters or base established", LootingPropertyDestruction,
                "Non-violent transfer of territory", "Other",
            ],
        }.ToImmutableDictionary(StringComparer.Ordinal);

    // Every extracted event asks for its type: a lookup, not a scan of every type's sub-types.
    private static readonly FrozenDictionary<string, string> TypeOfSubType =
        SubTypes.SelectMany(kv => kv.Value.Select(sub => KeyValuePair.Create(sub, kv.Key))).ToFrozenDictionary(StringComparer.Ordinal);

    public static ImmutableArray<string> EventTypes { get; } =
        [Battles, ExplosionsRemoteViolence, ViolenceAgainstCivilians, Protests, Riots, StrategicDevelopments];

    public static bool IsEventType(string? eventType) => eventType is not null && SubTypes.ContainsKey(eventType);

    public static bool IsSubType(string? eventType, string? subType) =>
        eventType is not null && subType is not null && SubTypes.TryGetValue(eventType, out var subs) && subs.Contains(subType);

    /// <summary>The event type a sub-type belongs to, or null when the name is not an ACLED sub-type.</summary>
    public static string? EventTypeOf(string subType) => subType is null ? null : TypeOfSubType.GetValueOrDefault(subType);
}
