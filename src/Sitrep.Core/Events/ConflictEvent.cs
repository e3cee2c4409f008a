using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Events;

/// <summary>
/// One coded event, in the shape of GUIDELINES.md: ACLED type and sub-type (plus PLOVER), actors,
/// date interval, place, fatalities, claims, background flag, and evidence spans for its fields.
/// Its <see cref="Span"/> is the sentence-level evidence that states the event.
/// </summary>
public sealed record ConflictEvent : ISpanned
{
    public required string Id { get; init; }
    public required string EventType { get; init; }
    public required string SubEventType { get; init; }
    public string? PloverType { get; init; }
    public string? PloverMode { get; init; }

    public ActorRef? Actor1 { get; init; }
    public ActorRef? Actor2 { get; init; }
    public ImmutableArray<ActorRef> AssocActor1 { get; init; } = [];
    public ImmutableArray<ActorRef> AssocActor2 { get; init; } = [];

    public required EventDate Date { get; init; }
    public required EventPlace Place { get; init; }
    public FatalityCount Fatalities { get; init; }
    public ImmutableArray<Claim> Claims { get; init; } = [];

    public bool Background { get; init; }
    public bool Aggregate { get; init; }

    /// <summary>How sure the extractor is, in [0, 1].</summary>
    public double Confidence { get; init; } = 1;

    public required Span Span { get; init; }
    public ImmutableArray<Evidence> Evidence { get; init; } = [];

    /// <summary>Every actor on the event, initiators first.</summary>
    public IEnumerable<ActorRef> AllActors =>
        new[] { Actor1 }.Concat(AssocActor1.Cast<ActorRef?>()).Append(Actor2).Concat(AssocActor2.Cast<ActorRef?>()).OfType<ActorRef>();
}
