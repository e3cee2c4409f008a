using Sitrep.Documents;

namespace Sitrep.Events.Extraction;

/// <summary>A resolved place named in the text, as the extractor uses it (from the places layer).</summary>
internal sealed record PlaceCandidate(Span Span, EventPlace Place) : ISpanned;

/// <summary>A coded actor named in the text, as the extractor uses it (from the actors layer).</summary>
internal sealed record ActorCandidate(Span Span, ActorRef Actor) : ISpanned
{
    /// <summary>State forces, armed groups and external forces: the targets that make an attack a battle.</summary>
    public bool IsArmed => Actor.Inter is 1 or 2 or 3 or 4 or 8;

    public bool IsCivilian => Actor.Inter == 7;

    /// <summary>A name or alias the text prints ("RSF", "Zamfara Defence Brigade"), not a role noun ("gunmen") or a demonym.</summary>
    public bool Named { get; init; }
}

/// <summary>A trigger that survived the negation and hypothetical filters, with the sentence it sits in.</summary>
internal sealed record TriggerHit(Span Span, TriggerEntry Entry, Span Sentence, bool Background, bool Aggregate)
{
    /// <summary>A definite reference ("the attack", "the recent assault") back to an incident already told.</summary>
    public bool Anaphoric { get; init; }

    /// <summary>In a relative clause describing someone or something of the sentence ("a man who tried to attack them").</summary>
    public bool Relative { get; init; }

    /// <summary>
    /// The past perfect verb inside reported speech that alone makes the trigger background ("the army said that its air
    /// force had struck a column, killing dozens"): the tense may be the report's backshift, so a recent date told after
    /// the verb makes it news.
    /// </summary>
    public Span? ReportedPerfect { get; init; }
}
