using System.Collections.Immutable;
using Sitrep.Events;
using Sitrep.Storage.Merging;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Postgres;

/// <summary>An incident to write, with its key and the text of its span in its founding document.</summary>
internal sealed record IncidentRow(long Pk, MergedIncident Merged, string Sentence)
{
    public ConflictEvent Event => Merged.Incident.Event;
    public string DocumentId => Merged.Incident.DocumentId;
    public string Source => Merged.Incident.Sources.IsDefault ? "" : Merged.Incident.Sources.FirstOrDefault(s => s.DocumentId == DocumentId)?.Source ?? "";
}

/// <summary>An actor as one incident codes it, before the actor's row id is known.</summary>
internal sealed record PendingEventActor(long Id, IncidentRow Owner, string Role, int Ordinal, ActorRef Actor);

/// <summary>A report to write, the key of its incident and its body (null while it is its incident's only member).</summary>
internal sealed record PendingReport(StoredEvent Report, long EventPk, string? Body);

/// <summary>One claim of an incident with the key drawn for it.</summary>
internal sealed record PendingClaim(long Id, IncidentRow Owner, int Ordinal, AttributedClaim Claim);

/// <summary>
/// The child rows of the incidents one flush writes, flattened so each table is written with a
/// single COPY. Keys of event actors and claims are drawn from their sequences beforehand so
/// child rows can point at their parents without a round trip per row.
/// </summary>
internal sealed class PostgresBatchRows
{
    public List<PendingEventActor> EventActors { get; } = [];
    public List<PendingClaim> Claims { get; } = [];

    /// <summary>Flattens the incidents; <paramref name="draw"/> returns <c>count</c> fresh keys of a sequence.</summary>
    public static PostgresBatchRows Flatten(IReadOnlyList<IncidentRow> incidents, Func<string, int, IReadOnlyList<long>> draw)
    {
        var rows = new PostgresBatchRows();
        var actors = new List<(IncidentRow Owner, string Role, int Ordinal, ActorRef Actor)>();
        var claims = new List<(IncidentRow Owner, int Ordinal, AttributedClaim Claim)>();
        foreach (IncidentRow incident in incidents)
        {
            ConflictEvent e = incident.Event;
            if (e.Actor1 is ActorRef actor1) actors.Add((incident, ActorRoles.Actor1, 0, actor1));
            if (e.Actor2 is ActorRef actor2) actors.Add((incident, ActorRoles.Actor2, 0, actor2));
            AddAll(actors, incident, ActorRoles.Assoc1, e.AssocActor1);
            AddAll(actors, incident, ActorRoles.Assoc2, e.AssocActor2);
            ImmutableArray<AttributedClaim> attributed = incident.Merged.Claims.IsDefault ? [] : incident.Merged.Claims;
            for (int i = 0; i < attributed.Length; i++) claims.Add((incident, i, attributed[i]));
        }
        IReadOnlyList<long> actorKeys = actors.Count == 0 ? [] : draw("event_actors_id_seq", actors.Count);
        for (int i = 0; i < actors.Count; i++)
            rows.EventActors.Add(new PendingEventActor(actorKeys[i], actors[i].Owner, actors[i].Role, actors[i].Ordinal, actors[i].Actor));
        IReadOnlyList<long> claimKeys = claims.Count == 0 ? [] : draw("claims_id_seq", claims.Count);
        for (int i = 0; i < claims.Count; i++)
            rows.Claims.Add(new PendingClaim(claimKeys[i], claims[i].Owner, claims[i].Ordinal, claims[i].Claim));
        return rows;
    }

    /// <summary>
    /// Each distinct actor name once, in name order (so concurrent batches lock actor rows in the
    /// same order), with the first non-null value of each attribute as the batch gives them: what
    /// SQLite's insert-then-fill arrives at.
    /// </summary>
    public IReadOnlyList<ActorRef> DistinctActors()
    {
        var byName = new Dictionary<string, ActorRef>(StringComparer.Ordinal);
        foreach (PendingEventActor ea in EventActors)
        {
            ActorRef a = ea.Actor;
            byName[a.Name] = byName.TryGetValue(a.Name, out ActorRef? seen)
                ? seen with { Type = seen.Type ?? a.Type, Inter = seen.Inter ?? a.Inter, Country = seen.Country ?? a.Country }
                : a;
        }
        return [.. byName.Values.OrderBy(a => a.Name, StringComparer.Ordinal)];
    }

    public static IReadOnlyList<ConflictEvent> EventsOf(ProcessedDocument item) => item.Events.IsDefault ? [] : item.Events;

    private static void AddAll(List<(IncidentRow, string, int, ActorRef)> actors, IncidentRow owner, string role, ImmutableArray<ActorRef> list)
    {
        if (list.IsDefault) return;
        for (int i = 0; i < list.Length; i++) actors.Add((owner, role, i, list[i]));
    }
}
