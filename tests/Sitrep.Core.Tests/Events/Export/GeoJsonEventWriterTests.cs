using System.Text.Json;
using Sitrep.Events.Export;

namespace Sitrep.Tests.Events.Export;

public class GeoJsonEventWriterTests
{
    private static JsonElement Write(params SourcedEvent[] events)
    {
        string text = ExportFixtures.WriteToString(s => GeoJsonEventWriter.Write(s, events, ExportFixtures.Options));
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public void Write_Events_IsAFeatureCollectionOfFeatures()
    {
        JsonElement root = Write(ExportFixtures.Ambush(), ExportFixtures.Sourced(ExportFixtures.Protest()));
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        JsonElement[] features = [.. root.GetProperty("features").EnumerateArray()];
        Assert.Equal(2, features.Length);
        Assert.All(features, f => Assert.Equal("Feature", f.GetProperty("type").GetString()));
        Assert.Equal("doc-e1", features[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Write_LocatedEvent_IsAPointWithLongitudeFirst()
    {
        JsonElement geometry = Write(ExportFixtures.Ambush()).GetProperty("features")[0].GetProperty("geometry");
        Assert.Equal("Point", geometry.GetProperty("type").GetString());
        double[] coordinates = [.. geometry.GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble())];
        Assert.Equal([0.7531, 14.0078], coordinates);
    }

    [Fact]
    public void Write_EventWithoutCoordinates_HasNullGeometry()
    {
        JsonElement feature = Write(ExportFixtures.Sourced(ExportFixtures.Protest())).GetProperty("features")[0];
        Assert.Equal(JsonValueKind.Null, feature.GetProperty("geometry").ValueKind);
    }

    [Fact]
    public void Write_Properties_AreFlatAcledColumnsWithNumbersAsNumbers()
    {
        JsonElement properties = Write(ExportFixtures.Ambush()).GetProperty("features")[0].GetProperty("properties");
        Assert.All(properties.EnumerateObject(), p => Assert.NotEqual(JsonValueKind.Object, p.Value.ValueKind));
        Assert.All(properties.EnumerateObject(), p => Assert.NotEqual(JsonValueKind.Array, p.Value.ValueKind));
        foreach (string column in AcledRecord.Columns) Assert.True(properties.TryGetProperty(column, out _), column);
        Assert.Equal(13, properties.GetProperty("interaction").GetInt32());
        Assert.Equal(12, properties.GetProperty("fatalities").GetInt32());
        Assert.Equal(562, properties.GetProperty("iso").GetInt32());
        Assert.Equal("Niger", properties.GetProperty("country").GetString());
        Assert.Equal(12, properties.GetProperty("fatalities_low").GetInt32());
        Assert.Equal(JsonValueKind.Null, properties.GetProperty("fatalities_high").ValueKind);
        Assert.Equal("https://example.org/a https://local.example.net/b", properties.GetProperty("urls").GetString());
    }

    [Fact]
    public void Write_NoEvents_IsAnEmptyCollection()
    {
        JsonElement root = Write();
        Assert.Equal(0, root.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public void Write_ManyEvents_StreamsAndStaysValid()
    {
        SourcedEvent[] events = [.. Enumerable.Range(0, 2000).Select(i => ExportFixtures.Sourced(EventFixtures.Ambush() with { Id = "e" + i }))];
        Assert.Equal(2000, Write(events).GetProperty("features").GetArrayLength());
    }
}
