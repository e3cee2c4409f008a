namespace Sitrep.Events.Extraction;

/// <summary>The ACLED type of a trigger in context, by the codebook's rules on who acts against whom.</summary>
internal static class EventTyping
{
    public static string SubType(TriggerEntry entry, RoleFacts roles, bool intervention, bool fatalities, bool militaryTarget = false, string? placeCountry = null, bool installation = false)
    {
        string sub = entry.SubEventType;
        if (entry.DependsOnTarget)
        {
            // Force against demonstrators is its own protest sub-type, whoever fires.
            if (roles.Actor2?.Actor.Inter == 6) return "Excessive force against protesters";
            // ACLED: violence between organised armed actors is a battle; one-sided violence against unarmed people is an attack on civilians.
            // An unnamed target that is a post, a patrol or troops is armed too ("attacked an army post").
            bool battle = roles.Actor2 is { IsArmed: true } || (roles.Actor2 is null && (roles.Actor1?.Actor.Inter == 1 || militaryTarget));
            return battle ? "Armed clash" : "Attack";
        }
        // State forces "capturing" named people or a group detain them; capturing a place retakes territory.
        // Only a country's own forces regain its territory; foreign forces taking ground overtake it, as ACLED codes an invasion.
        if (sub == "Non-state actor overtakes territory" && roles.Actor1?.Actor.Inter == 1)
            return roles.Actor2 is not null ? "Arrests" : Foreign(roles.Actor1.Actor, placeCountry) ? sub : "Government regains territory";
        if (sub == "Government regains territory" && roles.Actor1 is { Actor.Inter: 2 or 3 or 4 }) return "Non-state actor overtakes territory";
        // ACLED's territory sub-types mean control of a location; armed groups overrunning a base or a post fight its
        // garrison, and mostly leave with what they carry: a battle.
        if (sub == "Non-state actor overtakes territory" && installation) return "Armed clash";
        if (sub == "Peaceful protest" && fatalities) return "Excessive force against protesters";
        if (sub == "Peaceful protest" && intervention) return "Protest with intervention";
        return sub;
    }

    /// <summary>State forces acting outside their own country (a place in another country).</summary>
    public static bool Foreign(ActorRef actor, string? placeCountry) =>
        actor.Inter == 1 && !string.IsNullOrEmpty(placeCountry) && actor.Country is string home && home != placeCountry;

    public static string EventTypeOf(string subType) =>
        AcledTypology.EventTypeOf(subType) ?? throw new InvalidOperationException($"'{subType}' is not an ACLED sub-type; the trigger lexicon validates this at load.");

    public static bool IsViolent(string eventType) =>
        eventType is AcledTypology.Battles or AcledTypology.ExplosionsRemoteViolence or AcledTypology.ViolenceAgainstCivilians;
}
