namespace Sitrep.Events.Extraction;

/// <summary>An event read from one sentence, before mentions of the same incident are merged.</summary>
internal sealed record EventDraft(ConflictEvent Event, TriggerHit Hit, bool OwnDate, bool OwnPlace)
{
    public bool OnlyAddsFacts => Hit.Entry.OnlyAddsFacts;

    /// <summary>An attack typed without a named target: it may be the battle or the attack on civilians told next to it.</summary>
    public bool TypeIsGuess => Hit.Entry.DependsOnTarget && Event.Actor2 is null && !CivilianVictims;

    /// <summary>The trigger's object names unarmed victims ("killed six people"): an attack on civilians, not a guess.</summary>
    public bool CivilianVictims { get; init; }

    /// <summary>A weak trigger ("killed") in a sentence with no date of its own most often tells more about the incident just reported.</summary>
    public bool Elaborates => (Hit.Entry.Priority <= 2 && !OwnDate) || Hit.Anaphoric || DuringLast;

    /// <summary>Property destroyed or looted in the course of the violent incident just told ("the attackers also set fire to two trucks").</summary>
    public bool DuringLast { get; init; }
    public int Priority => Hit.Entry.Priority;

    /// <summary>Its toll is a later count that replaces the first ("the toll rose to 14"): the larger figure is best, not high.</summary>
    public bool TollUpdate { get; init; }

    /// <summary>Its toll counts the dead of all the places the sentence listed ("attacked Bokkos and Barkin-Ladi, killing 96").</summary>
    public bool SharedToll { get; init; }

    /// <summary>A fight told as the targets' resistance ("the camps' armed guards fought back"): the attack just told, met by arms.</summary>
    public bool FightsBack { get; init; }

    /// <summary>The writer opens the sentence as another incident ("In a separate incident"): it founds an event of its own.</summary>
    public bool NewIncident { get; init; }

    /// <summary>
    /// Its responsibility claim names a summary before singling this incident out ("claimed responsibility for the
    /// violence in recent days, including a bombing on Wednesday"): the claim covers the summary told before too.
    /// </summary>
    public bool ClaimCoversSummary { get; init; }
}
