using Sitrep.Events;
using Sitrep.Storage.Merging;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// Binary COPY of a batch's rows, one COPY per table, in the order foreign keys need.
/// <paramref name="target"/> names the table a COPY fills: the table itself, or the staging table
/// standing in for it (<see cref="PostgresStaging"/>).
/// </summary>
internal sealed class PostgresCopy(Func<PostgresCopyTable, PostgresCopyWriter> target)
{
    public void Events(IReadOnlyList<IncidentRow> rows, CancellationToken cancellationToken)
    {
        using PostgresCopyWriter w = target(PostgresCopyTables.Events);
        foreach (IncidentRow row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ConflictEvent e = row.Event;
            string evidence = row.Sentence;
            w.StartRow();
            w.Bigint(row.Pk);
            w.Text(e.Id);
            w.Text(row.DocumentId);
            w.Text(e.EventType);
            w.Text(e.SubEventType);
            w.Text(e.PloverType);
            w.Text(e.PloverMode);
            w.Date(e.Date.Start);
            w.Date(e.Date.End);
            w.Text(StoredValues.Of(e.Date.Precision));
            w.Text(e.Place.Country);
            w.Text(e.Place.Admin1);
            w.Text(e.Place.Location);
            w.Double(e.Place.Point?.Latitude);
            w.Double(e.Place.Point?.Longitude);
            w.Text(StoredValues.Of(e.Place.Precision));
            w.Integer(e.Fatalities.Low);
            w.Integer(e.Fatalities.Best);
            w.Integer(e.Fatalities.High);
            w.Boolean(e.Background);
            w.Boolean(e.Aggregate);
            w.Double(e.Confidence);
            w.Integer(e.Span.Start);
            w.Integer(e.Span.End);
            w.Text(evidence);
            w.FoldedText(evidence);
            w.Text(e.Place.Admin2);
        }
        w.Complete();
    }

    public void Sources(IReadOnlyList<IncidentRow> rows, IReadOnlyList<long> keys)
    {
        using PostgresCopyWriter w = target(PostgresCopyTables.EventSources);
        int next = 0;
        foreach (IncidentRow row in rows)
        {
            if (row.Merged.Incident.Sources.IsDefault) continue;
            foreach (EventSource source in row.Merged.Incident.Sources)
            {
                w.StartRow();
                w.Bigint(keys[next++]);
                w.Bigint(row.Pk);
                w.Text(source.DocumentId);
            }
        }
        w.Complete();
    }

    public void EventActors(IReadOnlyList<PendingEventActor> rows, Dictionary<string, long> actorIds)
    {
        if (rows.Count == 0) return;
        using PostgresCopyWriter w = target(PostgresCopyTables.EventActors);
        foreach (PendingEventActor row in rows)
        {
            w.StartRow();
            w.Bigint(row.Id);
            w.Bigint(row.EventPk);
            w.Text(row.Role);
            w.Integer(row.Ordinal);
            w.Bigint(actorIds[row.Actor.Name]);
            w.Text(row.Actor.Type);
            w.Integer(row.Actor.Inter);
            w.Text(row.Actor.Country);
        }
        w.Complete();
    }

    public void EventActorAliases(IReadOnlyList<PendingEventActor> rows, Dictionary<string, long> actorIds, Dictionary<PostgresActors.AliasKey, long> aliasIds)
    {
        if (!rows.Any(r => !r.Actor.Aliases.IsDefaultOrEmpty)) return;
        using PostgresCopyWriter w = target(PostgresCopyTables.EventActorAliases);
        foreach (PendingEventActor row in rows)
        {
            if (row.Actor.Aliases.IsDefault) continue;
            long actorId = actorIds[row.Actor.Name];
            for (int i = 0; i < row.Actor.Aliases.Length; i++)
            {
                w.StartRow();
                w.Bigint(row.Id);
                w.Integer(i);
                w.Bigint(aliasIds[new PostgresActors.AliasKey(actorId, row.Actor.Aliases[i])]);
            }
        }
        w.Complete();
    }

    public void Claims(IReadOnlyList<PendingClaim> rows)
    {
        if (rows.Count == 0) return;
        using (PostgresCopyWriter w = target(PostgresCopyTables.Claims))
        {
            foreach (PendingClaim row in rows)
            {
                w.StartRow();
                w.Bigint(row.Id);
                w.Bigint(row.EventPk);
                w.Text(row.Claim.DocumentId);
                w.Integer(row.Ordinal);
                w.Text(StoredValues.Of(row.Claim.Claim.What));
            }
            w.Complete();
        }
        if (!rows.Any(r => !r.Claim.Claim.By.IsDefaultOrEmpty)) return;
        using PostgresCopyWriter by = target(PostgresCopyTables.ClaimBy);
        foreach (PendingClaim row in rows)
        {
            if (row.Claim.Claim.By.IsDefault) continue;
            for (int i = 0; i < row.Claim.Claim.By.Length; i++)
            {
                by.StartRow();
                by.Bigint(row.Id);
                by.Integer(i);
                by.Text(row.Claim.Claim.By[i]);
            }
        }
        by.Complete();
    }

    public void Evidence(IReadOnlyList<IncidentRow> rows, IReadOnlyList<long> keys)
    {
        if (keys.Count == 0) return;
        using PostgresCopyWriter w = target(PostgresCopyTables.Evidence);
        int next = 0;
        foreach (IncidentRow row in rows)
        {
            if (row.Event.Evidence.IsDefault) continue;
            for (int i = 0; i < row.Event.Evidence.Length; i++)
            {
                Evidence ev = row.Event.Evidence[i];
                w.StartRow();
                w.Bigint(keys[next++]);
                w.Bigint(row.Pk);
                w.Text(row.DocumentId);
                w.Integer(i);
                w.Text(ev.Field);
                w.Integer(ev.Span.Start);
                w.Integer(ev.Span.End);
                w.Text(ev.Text);
                w.FoldedText(ev.Text);
            }
        }
        w.Complete();
    }

    /// <summary>With <paramref name="keys"/> (one per row) the rows carry their identity keys; otherwise the server draws them.</summary>
    public void Reports(IReadOnlyList<PendingReport> rows, IReadOnlyList<long>? keys = null)
    {
        using PostgresCopyWriter w = target(keys is null ? PostgresCopyTables.Reports : PostgresCopyTables.KeyedReports);
        int next = 0;
        foreach (PendingReport row in rows)
        {
            ConflictEvent e = row.Report.Event;
            w.StartRow();
            if (keys is not null) w.Bigint(keys[next++]);
            w.Text(e.Id);
            w.Text(row.Report.DocumentId);
            w.Bigint(row.EventPk);
            w.Text(e.Place.Country.ToUpperInvariant());
            w.Text(IncidentMatcher.Family(e));
            w.Date(e.Date.Start);
            w.Date(e.Date.End);
            w.Text(row.Body);
        }
        w.Complete();
    }
}
