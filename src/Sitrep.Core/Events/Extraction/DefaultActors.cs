using Sitrep.Actors;

namespace Sitrep.Events.Extraction;

/// <summary>
/// Fills the actors ACLED codes even when the text names none: unnamed attackers are
/// "Unidentified Armed Group (COUNTRY)", unnamed victims of violence against civilians are
/// "Civilians (COUNTRY)", unnamed demonstrators "Protesters"/"Rioters (COUNTRY)", unnamed people arrested "Civilians (COUNTRY)".
/// </summary>
internal sealed class DefaultActors(ActorDictionary? dictionary)
{
    public ConflictEvent Fill(ConflictEvent e)
    {
        if (dictionary is null || e.Place.Country.Length == 0 || e.Background) return e;
        ActorRef? Role(string role) =>
            dictionary.ForCountry(e.Place.Country, role) is Actor actor ? dictionary.ToRef(actor, e.Date.Start) : null;
        // ACLED codes every protest event with the demonstrators as actor1 and a force that intervenes as actor2.
        if (e.EventType == AcledTypology.Protests && e.Actor1 is { Inter: not 6 } force)
        {
            e = e.Actor2?.Inter == 6
                ? e with { Actor1 = e.Actor2, Actor2 = force, AssocActor1 = e.AssocActor2, AssocActor2 = e.AssocActor1 }
                : e with { Actor1 = Role("protesters"), Actor2 = e.Actor2 ?? force, AssocActor1 = [] };
        }
        // ACLED's looting sub-type is for armed actors taking goods outside other violence; a crowd of residents,
        // demonstrators or rioters looting shops is mob violence, a riot, with the crowd coded as rioters.
        // Demonstrators who burn or smash things turn their demonstration violent.
        if (e.SubEventType == AcledTypology.LootingPropertyDestruction && e.Actor1 is { Inter: 5 or 6 or 7 } crowd && Role("rioters") is ActorRef rioters)
            e = e with { EventType = AcledTypology.Riots, SubEventType = crowd.Inter == 6 ? AcledTypology.ViolentDemonstration : AcledTypology.MobViolence, Actor1 = rioters with { Aliases = [.. rioters.AllNames.Skip(1), .. crowd.AllNames] } };
        // ACLED codes the demonstrators of a violent demonstration as rioters.
        else if (e.EventType == AcledTypology.Riots && e.Actor1 is { Inter: 6 } demonstrators && Role("rioters") is ActorRef asRioters)
            e = e with { Actor1 = asRioters with { Aliases = [.. asRioters.AllNames.Skip(1), .. demonstrators.AllNames] } };
        return e.EventType switch
        {
            AcledTypology.Protests when e.Actor1 is null => e with { Actor1 = Role("protesters") },
            AcledTypology.Riots when e.Actor1 is null => e with { Actor1 = Role("rioters") },
            // ACLED codes people arrested without a named affiliation as civilians, and arrests nobody is said to make
            // ("suspects were arrested") as the state's: its police, where the story names no other force.
            AcledTypology.StrategicDevelopments when e.SubEventType == "Arrests" && (e.Actor1 is null || e.Actor2 is null)
                => e with { Actor1 = e.Actor1 ?? Role("police"), Actor2 = e.Actor2 ?? Role("civilians") },
            AcledTypology.ViolenceAgainstCivilians => e with { Actor1 = e.Actor1 ?? Role("armed-group"), Actor2 = e.Actor2 ?? Role("civilians") },
            // Aircraft over a country's own conflict are, unless the text names another air force, its state's.
            AcledTypology.ExplosionsRemoteViolence when e.SubEventType == "Air/drone strike" && e.Actor1 is null && e.Actor2?.Inter != 1 => e with { Actor1 = Role("military") },
            // Foreign forces taking ground take it from the country's own forces unless the text names another holder.
            AcledTypology.Battles when e.SubEventType == "Non-state actor overtakes territory" && e.Actor2 is null && e.Actor1 is ActorRef invader
                && EventTyping.Foreign(invader, e.Place.Country) => e with { Actor2 = Role("military") },
            // Rebels or militias taking a town the text names no holder of take it from the state, whose forces held it.
            AcledTypology.Battles when e.SubEventType == "Non-state actor overtakes territory" && e.Actor2 is null && e.Actor1 is { Inter: 2 or 3 or 4 }
                => e with { Actor2 = Role("military") },
            AcledTypology.Battles or AcledTypology.ExplosionsRemoteViolence when e.Actor1 is null => e with { Actor1 = Role("armed-group") },
            // A missile, drone or bomb that kills people the text names no side for has killed civilians: ACLED codes the
            // dead of a strike on a town or a bombing at a market as Civilians (COUNTRY); armed victims would be named
            // ("killing dozens of bandits", "killing three soldiers").
            AcledTypology.ExplosionsRemoteViolence when e.Actor2 is null && e.Fatalities.Best > 0
                => e with { Actor2 = Role("civilians") },
            _ => e,
        };
    }

    private const string AirStrike = "Air/drone strike";
    private const string Shelling = "Shelling/artillery/missile attack";
}
