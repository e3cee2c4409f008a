using System.Globalization;
using Microsoft.Data.Sqlite;
using Sitrep.Events;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Turns an <see cref="EventQuery"/> into one SELECT over events. The SQL text is assembled only
/// from the constant fragments below; every user value is a bound parameter, and substring tests
/// use instr() rather than LIKE, so '%', '_' and quotes in a query are plain characters.
/// </summary>
internal static class SqliteEventQuery
{
    public const string EventColumns = """
        e.pk, e.id, e.document_id, e.event_type, e.sub_event_type, e.plover_type, e.plover_mode,
        e.date_start, e.date_end, e.date_precision, e.country, e.admin1, e.location, e.latitude, e.longitude, e.geo_precision,
        e.fatalities_low, e.fatalities_best, e.fatalities_high, e.background, e.aggregate, e.confidence, e.span_start, e.span_end
        """;

    private const string CountryFilter = "e.country = @country";
    // The start-date floor (since minus the store's longest interval) changes no result; it bounds the date index range.
    private const string SinceFilter = "e.date_end >= @since AND e.date_start >= @start_floor";
    private const string MaxSpan = "SELECT coalesce(max(julianday(date_end) - julianday(date_start)), 0) FROM events";
    private const string UntilFilter = "e.date_start <= @until";
    private const string TypeFilter = "(e.event_type = @type OR e.sub_event_type = @type)";
    // ACLED's event type and sub-type names are disjoint, so a name of one kind is looked up in its
    // own column, whose index gives the page in date order; other names keep the two-column test.
    private const string EventTypeFilter = "e.event_type = @type";
    private const string SubTypeOnlyFilter = "e.sub_event_type = @type";
    private const string Admin1Filter = "e.admin1 = @admin1 COLLATE NOCASE";

    // Matching actors are found in the small actors and actor_aliases tables first, then their events by index.
    private const string ActorFilter = """
        e.pk IN (SELECT ea.event_pk FROM event_actors ea WHERE ea.actor_id IN (
            SELECT a.id FROM actors a WHERE instr(a.name_lower, @actor) > 0
            UNION SELECT aa.actor_id FROM actor_aliases aa WHERE instr(aa.alias_lower, @actor) > 0))
        """;

    private const string TextFilter = """
        (instr(e.evidence_lower, @text) > 0
         OR EXISTS (SELECT 1 FROM evidence v WHERE v.event_pk = e.pk AND instr(v.text_lower, @text) > 0))
        """;

    /// <summary>A command selecting the page of events the (already validated) query asks for.</summary>
    public static SqliteCommand Build(SqliteConnection connection, SqliteTransaction transaction, EventQuery query)
    {
        SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        var filters = new List<string>();
        if (query.Country is string country) Add(command, filters, CountryFilter, "@country", country.ToUpperInvariant());
        if (query.Since is DateOnly since)
        {
            Add(command, filters, SinceFilter, "@since", StoredValues.Date(since));
            command.Parameters.AddWithValue("@start_floor", StoredValues.Date(since.AddDays(-LongestInterval(connection, transaction))));
        }
        if (query.Until is DateOnly until) Add(command, filters, UntilFilter, "@until", StoredValues.Date(until));
        if (query.EventType is string type) Add(command, filters, TypeFilterFor(type), "@type", type);
        if (query.Actor is string actor) Add(command, filters, ActorFilter, "@actor", StoredValues.Fold(actor));
        if (query.Text is string text) Add(command, filters, TextFilter, "@text", StoredValues.Fold(text));
        if (query.EventId is string id) Add(command, filters, EventQuerySql.IdFilter, "@id", id);
        if (query.Admin1 is string admin1) Add(command, filters, Admin1Filter, "@admin1", admin1);
        if (query.SubEventType is string subType) Add(command, filters, EventQuerySql.SubTypeFilter, "@sub_type", subType);
        if (query.Bounds is GeoBox box) filters.Add(EventQuerySql.Box(box, (name, value) => command.Parameters.AddWithValue("@" + name, value)));
        if (query.Near is GeoCircle circle) filters.Add(EventQuerySql.Circle(circle, (name, value) => command.Parameters.AddWithValue("@" + name, value)));
        command.Parameters.AddWithValue("@limit", query.Limit);
        command.Parameters.AddWithValue("@offset", query.Offset);
        string where = filters.Count == 0 ? "" : "WHERE " + string.Join("\n  AND ", filters);
        command.CommandText = $"SELECT {EventColumns}\nFROM events e\n{where}\nORDER BY {EventQuerySql.OrderBy(query.Sort)}\nLIMIT @limit OFFSET @offset";
        return command;
    }

    private static string TypeFilterFor(string type)
    {
        bool eventType = AcledTypology.IsEventType(type);
        bool subType = AcledTypology.EventTypeOf(type) is not null;
        return eventType && !subType ? EventTypeFilter : subType && !eventType ? SubTypeOnlyFilter : TypeFilter;
    }

    // Days between the start and end of the store's longest event, from ix_events_span.
    private static int LongestInterval(SqliteConnection connection, SqliteTransaction transaction)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = MaxSpan;
        return (int)Math.Ceiling(Convert.ToDouble(command.ExecuteScalar(), CultureInfo.InvariantCulture));
    }

    private static void Add(SqliteCommand command, List<string> filters, string filter, string parameter, string value)
    {
        filters.Add(filter);
        command.Parameters.AddWithValue(parameter, value);
    }
}
