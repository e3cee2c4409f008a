using System.Text.Json;
using Sitrep.Events.Export;

namespace Sitrep.Tests.Events.Export;

public class PloverJsonWriterTests
{
    [Fact]
    public void WriteLines_PloverEvent_HasPloverFields()
    {
        string text = ExportFixtures.WriteToString(s => PloverJsonWriter.WriteLines(s, [ExportFixtures.Ambush()]));
        JsonElement record = JsonDocument.Parse(text.TrimEnd('\n')).RootElement;
        Assert.Equal("doc-e1", record.GetProperty("id").GetString());
        Assert.Equal("2024-03-13", record.GetProperty("date").GetString());
        Assert.Equal("ASSAULT", record.GetProperty("event").GetString());
        Assert.Equal("firearms", record.GetProperty("mode").GetString());
        Assert.Equal("military", record.GetProperty("context").GetString());
        JsonElement source = Assert.Single(record.GetProperty("source").EnumerateArray());
        Assert.Equal("Unidentified Armed Group (Niger)", source.GetProperty("actorText").GetString());
        Assert.Equal("NER", source.GetProperty("code").GetString());
        Assert.Equal("Military Forces of Niger (2023-)", record.GetProperty("target")[0].GetProperty("actorText").GetString());
        JsonElement place = record.GetProperty("eventLoc");
        Assert.Equal("Tera", place.GetProperty("name").GetString());
        Assert.Equal("NER", place.GetProperty("country code").GetString());
        Assert.Equal(14.0078, place.GetProperty("lat").GetDouble());
        Assert.Equal(12, record.GetProperty("dead").GetInt32());
        Assert.StartsWith("Gunmen ambushed", record.GetProperty("text").GetString());
        Assert.Equal("Example Wire; local.example.net", record.GetProperty("publication").GetString());
    }

    [Fact]
    public void WriteLines_EventWithoutPloverType_IsLeftOut()
    {
        int count = 0;
        string text = ExportFixtures.WriteToString(s => count = PloverJsonWriter.WriteLines(s, [ExportFixtures.Sourced(ExportFixtures.Protest()), ExportFixtures.Ambush()]));
        Assert.Equal(1, count);
        Assert.Single(text.TrimEnd('\n').Split('\n'));
    }
}
