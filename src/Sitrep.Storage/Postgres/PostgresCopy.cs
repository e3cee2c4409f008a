using Npgsql;
using NpgsqlTypes;
using Sitrep.Events;
using Sitrep.Storage.Merging;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Postgres;

/// <summary>Binary COPY of a batch's rows, one COPY per table, in the order foreign keys need.</summary>
internal sealed class PostgresCopy(NpgsqlConnection connection)
{
    private const string EventsCopy = """
        COPY events (pk, id, document_id, event_type, sub_event_type, plover_type, plover_mode,
            date_start, date_end, date_precision, country, admin1, location, latitude, longitude, geo_precision,
            fatalities_low, fatalities_best, fatalities_high, background, aggregate, confidence,
            span_start, span_end, evidence, evidence_lower, admin2) FROM STDIN (FORMAT BINARY)
        """;

    public void Events(IReadOnlyList<IncidentRow> rows, CancellationToken cancellationToken)
    {
        using NpgsqlBinaryImporter w = connection.BeginBinaryImport(EventsCopy);
        foreach (IncidentRow row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ConflictEvent e = row.Event;
            string evidence = row.Sentence;
            w.StartRow();
            w.Write(row.Pk, NpgsqlDbType.Bigint);
            w.Write(e.Id, NpgsqlDbType.Text);
            w.Write(row.DocumentId, NpgsqlDbType.Text);
            w.Write(e.EventType, NpgsqlDbType.Text);
            w.Write(e.SubEventType, NpgsqlDbType.Text);
            Text(w, e.PloverType);
            Text(w, e.PloverMode);
            w.Write(e.Date.Start, NpgsqlDbType.Date);
            w.Write(e.Date.End, NpgsqlDbType.Date);
            w.Write(StoredValues.Of(e.Date.Precision), NpgsqlDbType.Text);
            w.Write(e.Place.Country, NpgsqlDbType.Text);
            Text(w, e.Place.Admin1);
            Text(w, e.Place.Location);
            Double(w, e.Place.Point?.Latitude);
            Double(w, e.Place.Point?.Longitude);
            w.Write(StoredValues.Of(e.Place.Precision), NpgsqlDbType.Text);
            Integer(w, e.Fatalities.Low);
            Integer(w, e.Fatalities.Best);
            Integer(w, e.Fatalities.High);
            w.Write(e.Background, NpgsqlDbType.Boolean);
            w.Write(e.Aggregate, NpgsqlDbType.Boolean);
            w.Write(e.Confidence, NpgsqlDbType.Double);
            w.Write(e.Span.Start, NpgsqlDbType.Integer);
            w.Write(e.Span.End, NpgsqlDbType.Integer);
            w.Write(evidence, NpgsqlDbType.Text);
            w.Write(StoredValues.Fold(evidence), NpgsqlDbType.Text);
            Text(w, e.Place.Admin2);
        }
        w.Complete();
    }

    public void Sources(IReadOnlyList<IncidentRow> rows)
    {
        using NpgsqlBinaryImporter w = connection.BeginBinaryImport("COPY event_sources (event_pk, document_id) FROM STDIN (FORMAT BINARY)");
        foreach (IncidentRow row in rows)
        {
            if (row.Merged.Incident.Sources.IsDefault) continue;
            foreach (EventSource source in row.Merged.Incident.Sources)
            {
                w.StartRow();
                w.Write(row.Pk, NpgsqlDbType.Bigint);
                w.Write(source.DocumentId, NpgsqlDbType.Text);
            }
        }
        w.Complete();
    }

    public void EventActors(IReadOnlyList<PendingEventActor> rows, Dictionary<string, long> actorIds)
    {
        if (rows.Count == 0) return;
        using NpgsqlBinaryImporter w = connection.BeginBinaryImport(
            "COPY event_actors (id, event_pk, role, ordinal, actor_id, type, inter, country) FROM STDIN (FORMAT BINARY)");
        foreach (PendingEventActor row in rows)
        {
            w.StartRow();
            w.Write(row.Id, NpgsqlDbType.Bigint);
            w.Write(row.Owner.Pk, NpgsqlDbType.Bigint);
            w.Write(row.Role, NpgsqlDbType.Text);
            w.Write(row.Ordinal, NpgsqlDbType.Integer);
            w.Write(actorIds[row.Actor.Name], NpgsqlDbType.Bigint);
            Text(w, row.Actor.Type);
            Integer(w, row.Actor.Inter);
            Text(w, row.Actor.Country);
        }
        w.Complete();
    }

    public void EventActorAliases(IReadOnlyList<PendingEventActor> rows, Dictionary<string, long> actorIds, Dictionary<PostgresActors.AliasKey, long> aliasIds)
    {
        if (!rows.Any(r => !r.Actor.Aliases.IsDefaultOrEmpty)) return;
        using NpgsqlBinaryImporter w = connection.BeginBinaryImport("COPY event_actor_aliases (event_actor_id, ordinal, alias_id) FROM STDIN (FORMAT BINARY)");
        foreach (PendingEventActor row in rows)
        {
            if (row.Actor.Aliases.IsDefault) continue;
            long actorId = actorIds[row.Actor.Name];
            for (int i = 0; i < row.Actor.Aliases.Length; i++)
            {
                w.StartRow();
                w.Write(row.Id, NpgsqlDbType.Bigint);
                w.Write(i, NpgsqlDbType.Integer);
                w.Write(aliasIds[new PostgresActors.AliasKey(actorId, row.Actor.Aliases[i])], NpgsqlDbType.Bigint);
            }
        }
        w.Complete();
    }

    public void Claims(IReadOnlyList<PendingClaim> rows)
    {
        if (rows.Count == 0) return;
        using (NpgsqlBinaryImporter w = connection.BeginBinaryImport("COPY claims (id, event_pk, document_id, ordinal, what) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (PendingClaim row in rows)
            {
                w.StartRow();
                w.Write(row.Id, NpgsqlDbType.Bigint);
                w.Write(row.Owner.Pk, NpgsqlDbType.Bigint);
                w.Write(row.Claim.DocumentId, NpgsqlDbType.Text);
                w.Write(row.Ordinal, NpgsqlDbType.Integer);
                w.Write(StoredValues.Of(row.Claim.Claim.What), NpgsqlDbType.Text);
            }
            w.Complete();
        }
        if (!rows.Any(r => !r.Claim.Claim.By.IsDefaultOrEmpty)) return;
        using NpgsqlBinaryImporter by = connection.BeginBinaryImport("COPY claim_by (claim_id, ordinal, name) FROM STDIN (FORMAT BINARY)");
        foreach (PendingClaim row in rows)
        {
            if (row.Claim.Claim.By.IsDefault) continue;
            for (int i = 0; i < row.Claim.Claim.By.Length; i++)
            {
                by.StartRow();
                by.Write(row.Id, NpgsqlDbType.Bigint);
                by.Write(i, NpgsqlDbType.Integer);
                by.Write(row.Claim.Claim.By[i], NpgsqlDbType.Text);
            }
        }
        by.Complete();
    }

    public void Evidence(IReadOnlyList<IncidentRow> rows)
    {
        if (!rows.Any(r => !r.Event.Evidence.IsDefaultOrEmpty)) return;
        using NpgsqlBinaryImporter w = connection.BeginBinaryImport(
            "COPY evidence (event_pk, document_id, ordinal, field, span_start, span_end, text, text_lower) FROM STDIN (FORMAT BINARY)");
        foreach (IncidentRow row in rows)
        {
            if (row.Event.Evidence.IsDefault) continue;
            for (int i = 0; i < row.Event.Evidence.Length; i++)
            {
                Evidence ev = row.Event.Evidence[i];
                w.StartRow();
                w.Write(row.Pk, NpgsqlDbType.Bigint);
                w.Write(row.DocumentId, NpgsqlDbType.Text);
                w.Write(i, NpgsqlDbType.Integer);
                w.Write(ev.Field, NpgsqlDbType.Text);
                w.Write(ev.Span.Start, NpgsqlDbType.Integer);
                w.Write(ev.Span.End, NpgsqlDbType.Integer);
                w.Write(ev.Text, NpgsqlDbType.Text);
                w.Write(StoredValues.Fold(ev.Text), NpgsqlDbType.Text);
            }
        }
        w.Complete();
    }

    private static void Text(NpgsqlBinaryImporter w, string? value)
    {
        if (value is null) w.WriteNull();
        else w.Write(value, NpgsqlDbType.Text);
    }

    private static void Integer(NpgsqlBinaryImporter w, int? value)
    {
        if (value is int v) w.Write(v, NpgsqlDbType.Integer);
        else w.WriteNull();
    }

    private static void Double(NpgsqlBinaryImporter w, double? value)
    {
        if (value is double v) w.Write(v, NpgsqlDbType.Double);
        else w.WriteNull();
    }
}
