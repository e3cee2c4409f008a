using System.Collections.Immutable;
using Sitrep.Events;
using Sitrep.Storage.Merging;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Postgres;

/// <summary>An incident to write, with its key and the text of its span in its founding document.</summary>
internal readonly record struct IncidentRow(long Pk, MergedIncident Merged, string Sentence)
{
    public ConflictEvent Event => Merged.Incident.Event;
    public string DocumentId => Merged.Incident.DocumentId;
    public string Source
    {
        get
        {
            string documentId = DocumentId;
            return Merged.Incident.Sources.IsDefault ? "" : Merged.Incident.Sources.FirstOrDefault(s => s.DocumentId == documentId)?.Source ?? "";
        }
    }
}

// The pending rows are structs: a bulk import makes several per event, and as objects each was
// traced and copied by the garbage collector until its flush (a million of them per 143k events).

/// <summary>An actor as one incident codes it, before the actor's row id is known.</summary>
internal readonly record struct PendingEventActor(long Id, long EventPk, string Role, int Ordinal, ActorRef Actor);

/// <summary>A report to write, the key of its incident and its body (null while it is its incident's only member).</summary>
internal readonly record struct PendingReport(StoredEvent Report, long EventPk, string? Body);

/// <summary>One claim of an incident with the key drawn for it.</summary>
internal readonly record struct PendingClaim(long Id, long EventPk, int Ordinal, AttributedClaim Claim);

/// <summary>
/// The child rows of the incidents one flush writes, flattened so each table is written with a
/// single COPY. Keys of event actors and claims are drawn from their sequences beforehand so
/// child rows can point at their parents without a round trip per row.
/// </summary>
internal sealed class PostgresBatchRows
{
    private PostgresBatchRows(int actors, int claims)
    {
        EventActors = new List<PendingEventActor>(actors);
        Claims = new List<PendingClaim>(claims);
    }

    public const string SourcesSequence = "event_sources_seq_seq";
    public const string EvidenceSequence = "evidence_id_seq";
    public const string ActorsSequence = "event_actors_id_seq";
    public const string ClaimsSequence = "claims_id_seq";

    public List<PendingEventActor> EventActors { get; }
    public List<PendingClaim> Claims { get; }

    /// <summary>
    /// Keys of the incidents' source rows and evidence rows, in the order the COPYs write them:
    /// given in the rows (COPY stores given values even in identity columns), the server does not
    /// call nextval once per row.
    /// </summary>
    public IReadOnlyList<long> SourceKeys { get; private init; } = [];

    public IReadOnlyList<long> EvidenceKeys { get; private init; } = [];

    /// <summary>Flattens the incidents; <paramref name="draw"/> returns <c>count</c> fresh keys of a sequence.</summary>
    public static PostgresBatchRows Flatten(IReadOnlyList<IncidentRow> incidents, Func<string, int, IReadOnlyList<long>> draw)
    {
        // Counted first, so the keys are drawn before the rows are made and each row is made once.
        int actorCount = 0, claimCount = 0, sourceCount = 0, evidenceCount = 0;
        foreach (IncidentRow incident in incidents)
        {
            ConflictEvent e = incident.Event;
            actorCount += (e.Actor1 is null ? 0 : 1) + (e.Actor2 is null ? 0 : 1) + LengthOf(e.AssocActor1) + LengthOf(e.AssocActor2);
            claimCount += LengthOf(incident.Merged.Claims);
            sourceCount += LengthOf(incident.Merged.Incident.Sources);
            evidenceCount += LengthOf(e.Evidence);
        }
        var rows = new PostgresBatchRows(actorCount, claimCount)
        {
            SourceKeys = sourceCount == 0 ? [] : draw(SourcesSequence, sourceCount),
            EvidenceKeys = evidenceCount == 0 ? [] : draw(EvidenceSequence, evidenceCount),
        };
        IReadOnlyList<long> actorKeys = actorCount == 0 ? [] : draw(ActorsSequence, actorCount);
        IReadOnlyList<long> claimKeys = claimCount == 0 ? [] : draw(ClaimsSequence, claimCount);
        foreach (IncidentRow incident in incidents)
        {
            ConflictEvent e = incident.Event;
            if (e.Actor1 is ActorRef actor1) rows.EventActors.Add(new PendingEventActor(actorKeys[rows.EventActors.Count], incident.Pk, ActorRoles.Actor1, 0, actor1));
            if (e.Actor2 is ActorRef actor2) rows.EventActors.Add(new PendingEventActor(actorKeys[rows.EventActors.Count], incident.Pk, ActorRoles.Actor2, 0, actor2));
            rows.AddAll(actorKeys, incident, ActorRoles.Assoc1, e.AssocActor1);
            rows.AddAll(actorKeys, incident, ActorRoles.Assoc2, e.AssocActor2);
            ImmutableArray<AttributedClaim> attributed = incident.Merged.Claims;
            for (int i = 0; i < LengthOf(attributed); i++) rows.Claims.Add(new PendingClaim(claimKeys[rows.Claims.Count], incident.Pk, i, attributed[i]));
        }
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
            if (!byName.TryGetValue(a.Name, out ActorRef? seen)) byName[a.Name] = a;
            // Most rows repeat an actor already complete; a copy is made only when a row adds an attribute.
            else if ((seen.Type is null && a.Type is not null) || (seen.Inter is null && a.Inter is not null) || (seen.Country is null && a.Country is not null))
                byName[a.Name] = seen with { Type = seen.Type ?? a.Type, Inter = seen.Inter ?? a.Inter, Country = seen.Country ?? a.Country };
        }
        return [.. byName.Values.OrderBy(a => a.Name, StringComparer.Ordinal)];
    }

    public static IReadOnlyList<ConflictEvent> EventsOf(ProcessedDocument item) => item.Events.IsDefault ? [] : item.Events;

    private void AddAll(IReadOnlyList<long> keys, IncidentRow owner, string role, ImmutableArray<ActorRef> list)
    {
        for (int i = 0; i < LengthOf(list); i++) EventActors.Add(new PendingEventActor(keys[EventActors.Count], owner.Pk, role, i, list[i]));
    }

    private static int LengthOf<T>(ImmutableArray<T> list) => list.IsDefault ? 0 : list.Length;
}
