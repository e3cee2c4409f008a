using Npgsql;
using NpgsqlTypes;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// Turns an <see cref="EventQuery"/> into one SELECT over events with the SQLite store's
/// semantics. The SQL text is assembled only from the constant fragments below; every user value
/// is a bound parameter, and substring tests use strpos() rather than LIKE, so '%', '_' and
/// quotes in a query are plain characters.
/// </summary>
internal static class PostgresEventQuery
{
    public const string EventColumns = """
        e.pk, e.id, e.document_id, e.event_type, e.sub_event_type, e.plover_type, e.plover_mode,
        e.date_start, e.date_end, e.date_precision, e.country, e.admin1, e.location, e.latitude, e.longitude, e.geo_precision,
        e.fatalities_low, e.fatalities_best, e.fatalities_high, e.background, e.aggregate, e.confidence, e.span_start, e.span_end,
        e.admin2
        """;

    private const string CountryFilter = "e.country = @country";
    private const string SinceFilter = "e.date_end >= @since";
    private const string UntilFilter = "e.date_start <= @until";
    private const string TypeFilter = "(e.event_type = @type OR e.sub_event_type = @type)";
    private const string Admin1Filter = "lower(e.admin1) = lower(@admin1)";

    private const string ActorFilter = """
        e.pk IN (SELECT ea.event_pk FROM event_actors ea WHERE ea.actor_id IN (
            SELECT a.id FROM actors a WHERE strpos(a.name_lower, @actor) > 0
            UNION SELECT aa.actor_id FROM actor_aliases aa WHERE strpos(aa.alias_lower, @actor) > 0))
        """;

    private const string TextFilter = """
        (strpos(e.evidence_lower, @text) > 0
         OR EXISTS (SELECT 1 FROM evidence v WHERE v.event_pk = e.pk AND strpos(v.text_lower, @text) > 0))
        """;

    /// <summary>A command selecting the page of events the (already validated) query asks for.</summary>
    public static NpgsqlCommand Build(NpgsqlConnection connection, NpgsqlTransaction transaction, EventQuery query)
    {
        var command = new NpgsqlCommand { Connection = connection, Transaction = transaction };
        var filters = new List<string>();
        if (query.Country is string country) Add(command, filters, CountryFilter, "country", NpgsqlDbType.Text, country.ToUpperInvariant());
        if (query.Since is DateOnly since) Add(command, filters, SinceFilter, "since", NpgsqlDbType.Date, since);
        if (query.Until is DateOnly until) Add(command, filters, UntilFilter, "until", NpgsqlDbType.Date, until);
        if (query.EventType is string type) Add(command, filters, TypeFilter, "type", NpgsqlDbType.Text, type);
        if (query.Actor is string actor) Add(command, filters, ActorFilter, "actor", NpgsqlDbType.Text, StoredValues.Fold(actor));
        if (query.Text is string text) Add(command, filters, TextFilter, "text", NpgsqlDbType.Text, StoredValues.Fold(text));
        if (query.EventId is string id) Add(command, filters, EventQuerySql.IdFilter, "id", NpgsqlDbType.Text, id);
        if (query.Admin1 is string admin1) Add(command, filters, Admin1Filter, "admin1", NpgsqlDbType.Text, admin1);
        if (query.SubEventType is string subType) Add(command, filters, EventQuerySql.SubTypeFilter, "sub_type", NpgsqlDbType.Text, subType);
        if (query.Bounds is GeoBox box) filters.Add(EventQuerySql.Box(box, (name, value) => Bind(command, name, value)));
        if (query.Near is GeoCircle circle) filters.Add(EventQuerySql.Circle(circle, (name, value) => Bind(command, name, value)));
        command.Parameters.AddWithValue("limit", query.Limit);
        command.Parameters.AddWithValue("offset", query.Offset);
        string where = filters.Count == 0 ? "" : "WHERE " + string.Join("\n  AND ", filters);
        command.CommandText = $"SELECT {EventColumns}\nFROM events e\n{where}\nORDER BY {EventQuerySql.OrderBy(query.Sort)}\nLIMIT @limit OFFSET @offset";
        return command;
    }

    private static void Bind(NpgsqlCommand command, string name, double value) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Double) { Value = value });

    private static void Add(NpgsqlCommand command, List<string> filters, string filter, string parameter, NpgsqlDbType type, object value)
    {
        filters.Add(filter);
        command.Parameters.Add(new NpgsqlParameter(parameter, type) { Value = value });
    }
}
