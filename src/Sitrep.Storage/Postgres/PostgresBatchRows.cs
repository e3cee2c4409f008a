using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Postgres;

/// <summary>One event of a batch with the key drawn for it.</summary>
internal sealed record PendingEvent(long Pk, Document Document, ConflictEvent Event);

/// <summary>An actor as one event codes it, before the actor's row id is known.</summary>
internal sealed record PendingEventActor(long Id, PendingEvent Owner, string Role, int Ordinal, ActorRef Actor);

/// <summary>One claim of an event with the key drawn for it.</summary>
internal sealed record PendingClaim(long Id, PendingEvent Owner, int Ordinal, Claim Claim);

/// <summary>
/// The rows one batch adds, flattened from its documents' events so each table is written with a
/// single COPY. Keys of events, event actors and claims are drawn from their sequences beforehand
/// so child rows can point at their parents without a round trip per row.
/// </summary>
internal sealed class PostgresBatchRows
{
    public List<PendingEvent> Events { get; } = [];
    public List<PendingEventActor> EventActors { get; } = [];
    public List<PendingClaim> Claims { get; } = [];

    /// <summary>Flattens the events of <paramref name="documents"/>; the draw functions return <c>count</c> fresh keys.</summary>
    public static PostgresBatchRows Flatten(IReadOnlyList<ProcessedDocument> documents, Func<string, int, IReadOnlyList<long>> draw)
    {
        var rows = new PostgresBatchRows();
        int eventCount = documents.Sum(d => EventsOf(d).Count);
        if (eventCount == 0) return rows;
        IReadOnlyList<long> eventKeys = draw("events_pk_seq", eventCount);
        int next = 0;
        foreach (ProcessedDocument item in documents)
        {
            foreach (ConflictEvent e in EventsOf(item)) rows.Events.Add(new PendingEvent(eventKeys[next++], item.Document, e));
        }

        var actors = new List<(PendingEvent Owner, string Role, int Ordinal, ActorRef Actor)>();
        var claims = new List<(PendingEvent Owner, int Ordinal, Claim Claim)>();
        foreach (PendingEvent pending in rows.Events)
        {
            ConflictEvent e = pending.Event;
            if (e.Actor1 is ActorRef actor1) actors.Add((pending, ActorRoles.Actor1, 0, actor1));
            if (e.Actor2 is ActorRef actor2) actors.Add((pending, ActorRoles.Actor2, 0, actor2));
            AddAll(actors, pending, ActorRoles.Assoc1, e.AssocActor1);
            AddAll(actors, pending, ActorRoles.Assoc2, e.AssocActor2);
            if (!e.Claims.IsDefault)
            {
                for (int i = 0; i < e.Claims.Length; i++) claims.Add((pending, i, e.Claims[i]));
            }
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

    private static void AddAll(List<(PendingEvent, string, int, ActorRef)> actors, PendingEvent owner, string role, ImmutableArray<ActorRef> list)
    {
        if (list.IsDefault) return;
        for (int i = 0; i < list.Length; i++) actors.Add((owner, role, i, list[i]));
    }
}
