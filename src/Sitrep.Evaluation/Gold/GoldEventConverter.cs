using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Evaluation.Scoring;

namespace Sitrep.Evaluation.Gold;

/// <summary>
/// Turns gold events into predictions, for checking the scorer (gold scored against itself
/// must give F1 1.0) and for writing prediction fixtures in the gold format. The gold file does
/// not locate its evidence in the article, so the span is empty and the text is kept as evidence.
/// </summary>
public static class GoldEventConverter
{
    public static ConflictEvent ToPrediction(GoldEvent gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        return new ConflictEvent
        {
            Id = gold.Id,
            EventType = gold.EventType,
            SubEventType = gold.SubEventType,
            Actor1 = ToActor(gold.Actor1),
            Actor2 = ToActor(gold.Actor2),
            AssocActor1 = [.. gold.AssocActor1.Select(a => ToActor(a)!)],
            AssocActor2 = [.. gold.AssocActor2.Select(a => ToActor(a)!)],
            Date = gold.Date,
            Place = new EventPlace
            {
                Country = gold.Country,
                Admin1 = gold.Admin1,
                Location = gold.Location,
                Point = gold.Point,
                Precision = gold.GeoPrecision,
            },
            Fatalities = gold.Fatalities,
            Claims = gold.Claims,
            Background = gold.Background,
            Aggregate = gold.Aggregate,
            Span = new Span(0, 0),
            Evidence = [new Evidence(PredictionEvidence.EventField, new Span(0, 0), gold.Evidence)],
        };
    }

    public static ImmutableArray<ConflictEvent> ToPredictions(GoldDocument gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        return [.. gold.Events.Select(ToPrediction)];
    }

    private static ActorRef? ToActor(GoldActor? actor) =>
        actor is null ? null : new ActorRef { Name = actor.Canonical, Aliases = actor.Names.RemoveAt(0) };
}
