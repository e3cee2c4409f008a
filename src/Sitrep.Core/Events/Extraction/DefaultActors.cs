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
        return e.EventType switch
        {
            AcledTypology.Protests when e.Actor1 is null => e with { Actor1 = Role("protesters") },
            AcledTypology.Riots when e.Actor1 is null => e with { Actor1 = Role("rioters") },
            // ACLED codes people arrested without a named affiliation as civilians.
            AcledTypology.StrategicDevelopments when e.SubEventType == "Arrests" && e.Actor2 is null => e with { Actor2 = Role("civilians") },
            AcledTypology.ViolenceAgainstCivilians => e with { Actor1 = e.Actor1 ?? Role("armed-group"), Actor2 = e.Actor2 ?? Role("civilians") },
            AcledTypology.Battles or AcledTypology.ExplosionsRemoteViolence when e.Actor1 is null => e with { Actor1 = Role("armed-group") },
            _ => e,
        };
    }
}
