using System.Collections.Immutable;
using Microsoft.Data.Sqlite;
using Sitrep.Documents;
using Sitrep.Errors;
using Sitrep.Events;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Writes documents and their events inside one open write transaction. Ids it caches (actors,
/// aliases) are only valid in that transaction, so a writer never outlives it.
/// </summary>
internal sealed class SqliteIngestWriter : IDisposable
{
    private readonly string _ingestedAt;
    private readonly Dictionary<string, long> _actorIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(long Actor, string Alias), long> _aliasIds = [];
    private readonly Statement _document;
    private readonly Statement _event;
    private readonly Statement _selectActor;
    private readonly Statement _insertActor;
    private readonly Statement _fillActor;
    private readonly Statement _selectAlias;
    private readonly Statement _insertAlias;
    private readonly Statement _eventActor;
    private readonly Statement _eventActorAlias;
    private readonly Statement _source;
    private readonly Statement _claim;
    private readonly Statement _claimBy;
    private readonly Statement _evidence;

    public SqliteIngestWriter(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset ingestedAt)
    {
        _ingestedAt = StoredValues.Instant(ingestedAt);
        _document = new(connection, transaction, SqliteSql.InsertDocument,
            "@id", "@source", "@path", "@url", "@outlet", "@title", "@published", "@published_at", "@format", "@language", "@text", "@ingested_at");
        _event = new(connection, transaction, SqliteSql.InsertEvent,
            "@id", "@document_id", "@event_type", "@sub_event_type", "@plover_type", "@plover_mode",
            "@date_start", "@date_end", "@date_precision", "@country", "@admin1", "@location", "@latitude", "@longitude", "@geo_precision",
            "@fatalities_low", "@fatalities_best", "@fatalities_high", "@background", "@aggregate", "@confidence",
            "@span_start", "@span_end", "@evidence", "@evidence_lower");
        _selectActor = new(connection, transaction, SqliteSql.SelectActor, "@name");
        _insertActor = new(connection, transaction, SqliteSql.InsertActor, "@name", "@name_lower", "@type", "@inter", "@country");
        _fillActor = new(connection, transaction, SqliteSql.FillActor, "@type", "@inter", "@country", "@id");
        _selectAlias = new(connection, transaction, SqliteSql.SelectAlias, "@actor_id", "@alias");
        _insertAlias = new(connection, transaction, SqliteSql.InsertAlias, "@actor_id", "@alias", "@alias_lower");
        _eventActor = new(connection, transaction, SqliteSql.InsertEventActor, "@event_pk", "@role", "@ordinal", "@actor_id", "@type", "@inter", "@country");
        _eventActorAlias = new(connection, transaction, SqliteSql.InsertEventActorAlias, "@event_actor_id", "@ordinal", "@alias_id");
        _source = new(connection, transaction, SqliteSql.InsertEventSource, "@event_pk", "@document_id");
        _claim = new(connection, transaction, SqliteSql.InsertClaim, "@event_pk", "@document_id", "@ordinal", "@what");
        _claimBy = new(connection, transaction, SqliteSql.InsertClaimBy, "@claim_id", "@ordinal", "@name");
        _evidence = new(connection, transaction, SqliteSql.InsertEvidence,
            "@event_pk", "@document_id", "@ordinal", "@field", "@span_start", "@span_end", "@text", "@text_lower");
    }

    /// <summary>Writes one document and its events, or counts them as present when the document is already stored.</summary>
    public IngestResult Write(ProcessedDocument item)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(item.Document);
        Document document = item.Document;
        string documentId = document.Id.Value;
        IReadOnlyList<ConflictEvent> events = item.Events.IsDefault ? [] : item.Events;

        string? eventId = null;
        try
        {
            // A stored document is skipped before its events are looked at: they were checked when it was first stored.
            if (!InsertDocument(document)) return new IngestResult(0, 1, 0, events.Count);
            foreach (ConflictEvent e in events) Validate(document, e);
            foreach (ConflictEvent e in events)
            {
                eventId = e.Id;
                InsertEvent(document, e);
            }
            return new IngestResult(1, 0, events.Count, 0);
        }
        catch (SqliteException ex)
        {
            string where = eventId is null ? "the document" : $"event '{eventId}'";
            throw new StoreException(ErrorCodes.StoreWriteFailed, documentId,
                $"document {documentId} ({document.Metadata.Source}): {where} could not be stored ({ex.Message.TrimEnd('.')}); the batch was rolled back and the store is unchanged", ex);
        }
    }

    public void Dispose()
    {
        foreach (Statement s in new[] { _document, _event, _selectActor, _insertActor, _fillActor, _selectAlias, _insertAlias, _eventActor, _eventActorAlias, _source, _claim, _claimBy, _evidence })
            s.Dispose();
    }

    private bool InsertDocument(Document document)
    {
        DocumentMetadata m = document.Metadata;
        int inserted = _document.Execute(
            document.Id.Value, m.Source, m.Path, m.Url, m.Outlet, m.Title,
            m.Published is DateOnly published ? StoredValues.Date(published) : null,
            m.PublishedAt is DateTimeOffset at ? StoredValues.Instant(at) : null,
            m.Format, m.Language, document.Text, _ingestedAt);
        return inserted == 1;
    }

    private void InsertEvent(Document document, ConflictEvent e)
    {
        string documentId = document.Id.Value;
        string evidence = document.TextOf(e.Span);
        long pk = _event.ExecuteInsert(
            e.Id, documentId, e.EventType, e.SubEventType, e.PloverType, e.PloverMode,
            StoredValues.Date(e.Date.Start), StoredValues.Date(e.Date.End), StoredValues.Of(e.Date.Precision),
            e.Place.Country, e.Place.Admin1, e.Place.Location, e.Place.Point?.Latitude, e.Place.Point?.Longitude,
            StoredValues.Of(e.Place.Precision),
            e.Fatalities.Low, e.Fatalities.Best, e.Fatalities.High, e.Background ? 1 : 0, e.Aggregate ? 1 : 0, e.Confidence,
            e.Span.Start, e.Span.End, evidence, StoredValues.Fold(evidence));
        _source.Execute(pk, documentId);

        if (e.Actor1 is ActorRef actor1) InsertEventActor(pk, ActorRoles.Actor1, 0, actor1);
        if (e.Actor2 is ActorRef actor2) InsertEventActor(pk, ActorRoles.Actor2, 0, actor2);
        InsertEventActors(pk, ActorRoles.Assoc1, e.AssocActor1);
        InsertEventActors(pk, ActorRoles.Assoc2, e.AssocActor2);

        if (!e.Claims.IsDefault)
        {
            for (int i = 0; i < e.Claims.Length; i++)
            {
                Claim claim = e.Claims[i];
                long claimId = _claim.ExecuteInsert(pk, documentId, i, StoredValues.Of(claim.What));
                if (claim.By.IsDefault) continue;
                for (int j = 0; j < claim.By.Length; j++) _claimBy.Execute(claimId, j, claim.By[j]);
            }
        }
        if (!e.Evidence.IsDefault)
        {
            for (int i = 0; i < e.Evidence.Length; i++)
            {
                Evidence ev = e.Evidence[i];
                _evidence.Execute(pk, documentId, i, ev.Field, ev.Span.Start, ev.Span.End, ev.Text, StoredValues.Fold(ev.Text));
            }
        }
    }

    private void InsertEventActors(long eventPk, string role, ImmutableArray<ActorRef> actors)
    {
        if (actors.IsDefault) return;
        for (int i = 0; i < actors.Length; i++) InsertEventActor(eventPk, role, i, actors[i]);
    }

    private void InsertEventActor(long eventPk, string role, int ordinal, ActorRef actor)
    {
        long actorId = ActorId(actor);
        long eventActorId = _eventActor.ExecuteInsert(eventPk, role, ordinal, actorId, actor.Type, actor.Inter, actor.Country);
        if (actor.Aliases.IsDefault) return;
        for (int i = 0; i < actor.Aliases.Length; i++) _eventActorAlias.Execute(eventActorId, i, AliasId(actorId, actor.Aliases[i]));
    }

    private long ActorId(ActorRef actor)
    {
        if (_actorIds.TryGetValue(actor.Name, out long id)) return id;
        if (_selectActor.QueryId(actor.Name) is long stored)
        {
            id = stored;
            _fillActor.Execute(actor.Type, actor.Inter, actor.Country, id);
        }
        else
        {
            id = _insertActor.ExecuteInsert(actor.Name, StoredValues.Fold(actor.Name), actor.Type, actor.Inter, actor.Country);
        }
        _actorIds[actor.Name] = id;
        return id;
    }

    private long AliasId(long actorId, string alias)
    {
        if (_aliasIds.TryGetValue((actorId, alias), out long id)) return id;
        id = _selectAlias.QueryId(actorId, alias) ?? _insertAlias.ExecuteInsert(actorId, alias, StoredValues.Fold(alias));
        _aliasIds[(actorId, alias)] = id;
        return id;
    }

    // Offsets are checked here because the text is not in the events table to check them against.
    private static void Validate(Document document, ConflictEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        int length = document.Text.Length;
        if (e.Span.End > length)
            throw Invalid(document, e, $"its span {e.Span} lies outside the document text (length {length})");
        if (e.Evidence.IsDefault) return;
        foreach (Evidence ev in e.Evidence)
        {
            if (ev.Span.End > length)
                throw Invalid(document, e, $"its evidence for '{ev.Field}' at {ev.Span} lies outside the document text (length {length})");
        }
    }

    private static StoreException Invalid(Document document, ConflictEvent e, string problem) =>
        new(ErrorCodes.StoreWriteFailed, document.Id.Value,
            $"document {document.Id.Value} ({document.Metadata.Source}): event '{e.Id}' cannot be stored: {problem}; the batch was rolled back and the store is unchanged");
}
