using Npgsql;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Postgres;

/// <summary>An events row while its child rows are being read; becomes a <see cref="StoredEvent"/>.</summary>
internal sealed class PostgresEventRow
{
    private ConflictEvent _event = null!;
    private ActorRef? _actor1;
    private ActorRef? _actor2;
    private readonly List<ActorRef> _assoc1 = [];
    private readonly List<ActorRef> _assoc2 = [];

    private PostgresEventRow(long pk, string documentId)
    {
        Pk = pk;
        DocumentId = documentId;
    }

    public long Pk { get; }
    public string DocumentId { get; }
    public List<Claim> Claims { get; } = [];
    public List<Evidence> Evidence { get; } = [];
    public List<EventSource> Sources { get; } = [];

    /// <summary>Reads a row selected with <see cref="PostgresEventQuery.EventColumns"/>.</summary>
    public static PostgresEventRow Read(NpgsqlDataReader r)
    {
        var row = new PostgresEventRow(r.GetInt64(0), r.GetString(2));
        GeoPoint? point = r.IsDBNull(13) ? null : new GeoPoint(r.GetDouble(13), r.GetDouble(14));
        row._event = new ConflictEvent
        {
            Id = r.GetString(1),
            EventType = r.GetString(3),
            SubEventType = r.GetString(4),
            PloverType = NullableString(r, 5),
            PloverMode = NullableString(r, 6),
            Date = new EventDate(r.GetFieldValue<DateOnly>(7), r.GetFieldValue<DateOnly>(8), StoredValues.ParseDatePrecision(r.GetString(9))),
            Place = new EventPlace
            {
                Country = r.GetString(10),
                Admin1 = NullableString(r, 11),
                Admin2 = NullableString(r, 24),
                Location = NullableString(r, 12),
                Point = point,
                Precision = StoredValues.ParseGeoPrecision(r.GetString(15)),
            },
            Fatalities = new FatalityCount(NullableInt(r, 16), NullableInt(r, 17), NullableInt(r, 18)),
            Background = r.GetBoolean(19),
            Aggregate = r.GetBoolean(20),
            Confidence = r.GetDouble(21),
            Span = new Span(r.GetInt32(22), r.GetInt32(23)),
        };
        return row;
    }

    public void AddActor(string role, ActorRef actor)
    {
        switch (role)
        {
            case ActorRoles.Actor1: _actor1 = actor; break;
            case ActorRoles.Actor2: _actor2 = actor; break;
            case ActorRoles.Assoc1: _assoc1.Add(actor); break;
            case ActorRoles.Assoc2: _assoc2.Add(actor); break;
            default: throw new InvalidDataException($"The store holds actor role '{role}', which this version of Sitrep does not know.");
        }
    }

    public StoredEvent ToStoredEvent() => new(
        _event with
        {
            Actor1 = _actor1,
            Actor2 = _actor2,
            AssocActor1 = [.. _assoc1],
            AssocActor2 = [.. _assoc2],
            Claims = [.. Claims],
            Evidence = [.. Evidence],
        },
        DocumentId,
        [.. Sources]);

    public static string? NullableString(NpgsqlDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    public static int? NullableInt(NpgsqlDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetInt32(ordinal);
}
