using System.Collections.Immutable;
using Microsoft.Data.Sqlite;
using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Storage.Sqlite;

/// <summary>A schema 4 events row while its child rows are being read (<see cref="SqliteChildRowReader"/>); becomes a <see cref="StoredEvent"/>.</summary>
internal sealed class EventRow
{
    private ConflictEvent _event = null!;
    private ActorRef? _actor1;
    private ActorRef? _actor2;
    private readonly List<ActorRef> _assoc1 = [];
    private readonly List<ActorRef> _assoc2 = [];

    private EventRow(long pk, string documentId)
    {
        Pk = pk;
        DocumentId = documentId;
    }

    public long Pk { get; }
    public string DocumentId { get; }
    public List<Claim> Claims { get; } = [];
    public List<Evidence> Evidence { get; } = [];
    public List<EventSource> Sources { get; } = [];

    /// <summary>Reads a row selected with <see cref="SqliteChildRowReader.EventColumns"/>.</summary>
    public static EventRow Read(SqliteDataReader r)
    {
        var row = new EventRow(r.GetInt64(0), r.GetString(2));
        GeoPoint? point = r.IsDBNull(13) ? null : new GeoPoint(r.GetDouble(13), r.GetDouble(14));
        row._event = new ConflictEvent
        {
            Id = r.GetString(1),
            EventType = r.GetString(3),
            SubEventType = r.GetString(4),
            PloverType = SqliteEventReader.NullableString(r, 5),
            PloverMode = SqliteEventReader.NullableString(r, 6),
            Date = new EventDate(StoredValues.ParseDate(r.GetString(7)), StoredValues.ParseDate(r.GetString(8)), StoredValues.ParseDatePrecision(r.GetString(9))),
            Place = new EventPlace
            {
                Country = r.GetString(10),
                Admin1 = SqliteEventReader.NullableString(r, 11),
                Location = SqliteEventReader.NullableString(r, 12),
                Point = point,
                Precision = StoredValues.ParseGeoPrecision(r.GetString(15)),
            },
            Fatalities = new FatalityCount(NullableInt(r, 16), NullableInt(r, 17), NullableInt(r, 18)),
            Background = r.GetInt64(19) != 0,
            Aggregate = r.GetInt64(20) != 0,
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

    private static int? NullableInt(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetInt32(ordinal);
}
