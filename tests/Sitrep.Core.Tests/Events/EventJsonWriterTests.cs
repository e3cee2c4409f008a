using System.Text.Json;
using Sitrep.Events;

namespace Sitrep.Tests.Events;

public class EventJsonWriterTests
{
    private static JsonElement Write(ConflictEvent e)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer)) EventJsonWriter.Write(json, e);
        return JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
    }

    [Fact]
    public void Write_Event_FollowsGoldShapeWithActorObjectsAndEvidenceSpans()
    {
        JsonElement e = Write(EventFixtures.Ambush());
        Assert.Equal("Battles", e.GetProperty("event_type").GetString());
        Assert.Equal("Military Forces of Niger (2023-)", e.GetProperty("actor2").GetProperty("name").GetString());
        Assert.Equal("Nigerien army", e.GetProperty("actor2").GetProperty("aliases")[0].GetString());
        Assert.Equal(1, e.GetProperty("actor2").GetProperty("inter").GetInt32());
        Assert.Equal("2024-03-13", e.GetProperty("date_start").GetString());
        Assert.Equal("day", e.GetProperty("date_precision").GetString());
        Assert.Equal("near", e.GetProperty("geo_precision").GetString());
        Assert.Equal("Tera", e.GetProperty("admin2").GetString());
        Assert.Equal(12, e.GetProperty("fatalities").GetProperty("best").GetInt32());
        Assert.Equal(JsonValueKind.Null, e.GetProperty("fatalities").GetProperty("high").ValueKind);
        Assert.Equal("fatalities", e.GetProperty("claims")[0].GetProperty("what").GetString());
        JsonElement evidence = e.GetProperty("evidence")[0];
        Assert.Equal(10, evidence.GetProperty("start").GetInt32());
        Assert.Contains("\"killing\"", evidence.GetProperty("text").GetString());
    }

    [Fact]
    public void Write_NoActorsOrPoint_WritesNulls()
    {
        JsonElement e = Write(EventFixtures.Ambush() with { Actor1 = null, Actor2 = null, Place = new EventPlace { Country = "NER" } });
        Assert.Equal(JsonValueKind.Null, e.GetProperty("actor1").ValueKind);
        Assert.Equal(JsonValueKind.Null, e.GetProperty("latitude").ValueKind);
        Assert.Equal("country", e.GetProperty("geo_precision").GetString());
    }
}
