using Sitrep.Events;
using Sitrep.Storage.Json;
using Sitrep.Storage.Sqlite;
using Sitrep.Storage.Tests.Support;

namespace Sitrep.Storage.Tests.Sqlite;

public class EventBodyCodecTests
{
    private static StoredEvent Full()
    {
        var d = Fixtures.Article();
        ConflictEvent e = Fixtures.FullEvent(d) with
        {
            Place = Fixtures.FullEvent(d).Place with { Admin2 = "Commune III", Point = new GeoPoint(12.639212345678901, -8.002912345678901) },
            Confidence = 0.812512345678901,
            Background = true,
        };
        return new StoredEvent(e, d.Id.Value,
        [
            new EventSource(d.Id.Value, d.Metadata.Url, d.Metadata.Outlet, d.Metadata.Published, d.Metadata.Source),
            new EventSource("other", null, null, null, "other.txt"),
        ]);
    }

    private static StoredEvent RoundTrip(StoredEvent stored) => EventBodyCodec.Read(new SqliteBodyWriter().Write(stored).Bytes.Span);

    [Fact]
    public void Read_WrittenFullEvent_GivesEveryFieldBackExactly()
    {
        StoredEvent stored = Full();

        StoredEvent read = RoundTrip(stored);

        Assert.Equal(StoredEventJsonWriter.ToLine(stored, exact: true), StoredEventJsonWriter.ToLine(read, exact: true));
        Assert.Equal(stored.Event.Place.Point, read.Event.Place.Point);
        Assert.Equal(stored.Event.Confidence, read.Event.Confidence);
        Assert.Equal("Commune III", read.Event.Place.Admin2);
    }

    [Fact]
    public void Read_WrittenMinimalEvent_GivesNullsAndEmptyListsBack()
    {
        var d = Fixtures.Article();
        var stored = new StoredEvent(Fixtures.MinimalEvent(d) with { Evidence = default, Claims = default }, d.Id.Value, default);

        StoredEvent read = RoundTrip(stored);

        Assert.Null(read.Event.Actor1);
        Assert.Empty(read.Event.Claims);
        Assert.Empty(read.Event.Evidence);
        Assert.Empty(read.Sources);
        Assert.Equal(FatalityCount.Unknown, read.Event.Fatalities);
        Assert.Null(read.Event.Place.Point);
    }

    [Fact]
    public void Read_NonAsciiText_KeepsIt()
    {
        StoredEvent stored = Full() with { DocumentId = "doc-⚡️-é" };

        Assert.Equal("doc-⚡️-é", RoundTrip(stored).DocumentId);
    }

    [Fact]
    public void Read_TruncatedBody_ThrowsInvalidData()
    {
        byte[] body = new SqliteBodyWriter().Write(Full()).Bytes.ToArray();

        Assert.Throws<InvalidDataException>(() => EventBodyCodec.Read(body.AsSpan(0, body.Length - 3)));
    }

    [Fact]
    public void Read_UnknownFormatVersion_ThrowsInvalidData()
    {
        byte[] body = new SqliteBodyWriter().Write(Full()).Bytes.ToArray();
        body[0] = 99;

        var ex = Assert.Throws<InvalidDataException>(() => EventBodyCodec.Read(body));
        Assert.Contains("format 99", ex.Message);
    }
}
