using System.Globalization;
using Microsoft.Data.Sqlite;
using Sitrep.Events;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Turns an <see cref="EventQuery"/> into one SELECT over events. The SQL text is assembled only
/// from the constant fragments below; every user value is a bound parameter, and substring tests
/// use instr() rather than LIKE, so '%', '_' and quotes in a query are plain characters.
/// </summary>
/// <remarks>
/// A query with an actor in date order selects its page's keys from event_actors first
/// (schema 4 copies each event's start date there), so a frequent actor's events are not all
/// read and sorted to return one page.
/// </remarks>
internal static class SqliteEventQuery
{
    /// <summary>What a page reads of each event: its key and its record (<see cref="SqliteEventReader"/>).</summary>
    public const string EventColumns = "e.pk, (SELECT b.body FROM event_bodies b WHERE b.pk = e.pk)";

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

    // The same actors, for the actor page read from event_actors, whose date_start copies its event's.
    private const string ActorIds = """
        ea.actor_id IN (
            SELECT a.id FROM actors a WHERE instr(a.name_lower, @actor) > 0
            UNION SELECT aa.actor_id FROM actor_aliases aa WHERE instr(aa.alias_lower, @actor) > 0)
        """;

    // The event filters' date bounds again on event_actors, so the actor's index range is bounded too.
    private const string ActorStartFloor = "ea.date_start >= @start_floor";
    private const string ActorUntil = "ea.date_start <= @until";

    // evidence_lower holds the folded sentence and every field's evidence (schema 6), so one column answers.
    private const string TextFilter = "instr(e.evidence_lower, @text) > 0";

    /// <summary>A new command selecting the page of events the (already validated) query asks for.</summary>
    public static SqliteCommand Build(SqliteConnection connection, SqliteTransaction transaction, EventQuery query)
    {
        using var cache = new SqliteCommandCache(connection);
        SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        Bind(command, Compose(cache, transaction, query));
        return command;
    }

    /// <summary>The cached command selecting the page of events the (already validated) query asks for.</summary>
    public static SqliteCommand Build(SqliteCommandCache cache, SqliteTransaction transaction, EventQuery query)
    {
        BoundSql sql = Compose(cache, transaction, query);
        SqliteCommand command = cache.Command(sql.Text, transaction);
        Bind(command, sql);
        return command;
    }

    private static void Bind(SqliteCommand command, BoundSql sql)
    {
        command.CommandText = sql.Text;
        foreach (SqlArgument argument in sql.Arguments) command.Parameters.AddWithValue(argument.Name, argument.Value);
    }

    private static BoundSql Compose(SqliteCommandCache cache, SqliteTransaction transaction, EventQuery query)
    {
        var arguments = new List<SqlArgument>();
        var filters = new List<string>();
        var actorFilters = new List<string>();
        if (query.Country is string country) Add(arguments, filters, CountryFilter, "@country", country.ToUpperInvariant());
        if (query.Since is DateOnly since)
        {
            Add(arguments, filters, SinceFilter, "@since", StoredValues.Date(since));
            arguments.Add(new SqlArgument("@start_floor", StoredValues.Date(since.AddDays(-LongestInterval(cache, transaction)))));
            actorFilters.Add(ActorStartFloor);
        }
        if (query.Until is DateOnly until)
        {
            Add(arguments, filters, UntilFilter, "@until", StoredValues.Date(until));
            actorFilters.Add(ActorUntil);
        }
        if (query.EventType is string type) Add(arguments, filters, TypeFilterFor(type), "@type", type);
        if (query.Text is string text) Add(arguments, filters, TextFilter, "@text", StoredValues.Fold(text));
        if (query.EventId is string id) Add(arguments, filters, EventQuerySql.IdFilter, "@id", id);
        if (query.Admin1 is string admin1) Add(arguments, filters, Admin1Filter, "@admin1", admin1);
        if (query.SubEventType is string subType) Add(arguments, filters, EventQuerySql.SubTypeFilter, "@sub_type", subType);
        if (query.Bounds is GeoBox box) filters.Add(EventQuerySql.Box(box, (name, value) => arguments.Add(new SqlArgument("@" + name, value))));
        if (query.Near is GeoCircle circle) filters.Add(EventQuerySql.Circle(circle, (name, value) => arguments.Add(new SqlArgument("@" + name, value))));
        arguments.Add(new SqlArgument("@limit", query.Limit));
        arguments.Add(new SqlArgument("@offset", query.Offset));
        if (query.Actor is string actor)
        {
            arguments.Add(new SqlArgument("@actor", StoredValues.Fold(actor)));
            if (ActorPageOrder(query.Sort) is string order) return new BoundSql(ActorPage(filters, actorFilters, order, query.Sort), arguments);
            filters.Add(ActorFilter);
        }
        string where = filters.Count == 0 ? "" : "WHERE " + string.Join("\n  AND ", filters);
        return new BoundSql($"SELECT {EventColumns}\nFROM events e\n{where}\nORDER BY {EventQuerySql.OrderBy(query.Sort)}\nLIMIT @limit OFFSET @offset", arguments);
    }

    // The page's keys come from the actor's event_actors rows in date order (ix_event_actors_actor_date),
    // joined to events only when another filter needs an event column; only the page's events are then read.
    private static string ActorPage(List<string> filters, List<string> actorFilters, string actorOrder, EventSort sort)
    {
        string join = filters.Count == 0 ? "" : "\n    JOIN events e ON e.pk = ea.event_pk";
        string where = string.Join("\n    AND ", [ActorIds, .. actorFilters, .. filters]);
        return $"""
            SELECT {EventColumns}
            FROM events e
            WHERE e.pk IN (SELECT p.pk FROM (
                SELECT DISTINCT ea.date_start AS d, ea.event_pk AS pk FROM event_actors ea{join}
                WHERE {where}
                ORDER BY {actorOrder}
                LIMIT @limit OFFSET @offset) p)
            ORDER BY {EventQuerySql.OrderBy(sort)}
            """;
    }

    private static string? ActorPageOrder(EventSort sort) => sort switch
    {
        EventSort.DateAscending => "ea.date_start, ea.event_pk",
        EventSort.DateDescending => "ea.date_start DESC, ea.event_pk DESC",
        _ => null,
    };

    private static string TypeFilterFor(string type)
    {
        bool eventType = AcledTypology.IsEventType(type);
        bool subType = AcledTypology.EventTypeOf(type) is not null;
        return eventType && !subType ? EventTypeFilter : subType && !eventType ? SubTypeOnlyFilter : TypeFilter;
    }

    // Days between the start and end of the store's longest event, from ix_events_span.
    private static int LongestInterval(SqliteCommandCache cache, SqliteTransaction transaction)
    {
        SqliteCommand command = cache.Command(MaxSpan, transaction);
        return (int)Math.Ceiling(Convert.ToDouble(command.ExecuteScalar(), CultureInfo.InvariantCulture));
    }

    private static void Add(List<SqlArgument> arguments, List<string> filters, string filter, string parameter, string value)
    {
        filters.Add(filter);
        arguments.Add(new SqlArgument(parameter, value));
    }
}
