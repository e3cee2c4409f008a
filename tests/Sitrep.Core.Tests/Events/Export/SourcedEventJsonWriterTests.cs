using System.Text.Json;
using Sitrep.Events.Export;

namespace Sitrep.Tests.Events.Export;

public class SourcedEventJsonWriterTests
{
    [Fact]
    public void WriteLines_Events_OneObjectPerLineWithSources()
    {
        string text = ExportFixtures.WriteToString(s => SourcedEventJsonWriter.WriteLines(s, [ExportFixtures.Ambush(), ExportFixtures.Sourced(ExportFixtures.Protest())]));
        string[] lines = text.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal("", lines[2]);
        JsonElement first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal("doc-e1", first.GetProperty("id").GetString());
        Assert.Equal("doc", first.GetProperty("document_id").GetString());
        Assert.Equal(10, first.GetProperty("span_start").GetInt32());
        Assert.Equal(60, first.GetProperty("span_end").GetInt32());
        JsonElement source = first.GetProperty("sources")[0];
        Assert.Equal("Example Wire", source.GetProperty("outlet").GetString());
        Assert.Equal("2024-03-14", source.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("sources")[1].GetProperty("outlet").ValueKind);
    }

    [Fact]
    public void WriteLines_NonAscii_IsWrittenAsIs()
    {
        var e = ExportFixtures.Sourced(EventFixtures.Ambush() with { Place = EventFixtures.Ambush().Place with { Location = "Téra" } });
        string text = ExportFixtures.WriteToString(s => SourcedEventJsonWriter.WriteLines(s, [e]));
        Assert.Contains("\"location\":\"Téra\"", text);
    }

    [Fact]
    public void WriteArray_Events_IsAnIndentedArray()
    {
        string text = ExportFixtures.WriteToString(s => SourcedEventJsonWriter.WriteArray(s, [ExportFixtures.Ambush()]));
        Assert.StartsWith("[\n", text.Replace("\r\n", "\n"));
        Assert.Equal(1, JsonDocument.Parse(text).RootElement.GetArrayLength());
    }
}
