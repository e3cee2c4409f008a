using Sitrep.Events.Export;

namespace Sitrep.Tests.Events.Export;

public class EventExporterTests
{
    [Theory]
    [InlineData("acled-csv", ExportFormat.AcledCsv)]
    [InlineData("GeoJSON", ExportFormat.GeoJson)]
    [InlineData("jsonl", ExportFormat.Jsonl)]
    [InlineData("plover", ExportFormat.Plover)]
    public void Parse_FormatName_IsThatFormat(string name, ExportFormat expected)
    {
        Assert.Equal(expected, EventExporter.Parse(name));
    }

    [Fact]
    public void Parse_UnknownName_IsNull()
    {
        Assert.Null(EventExporter.Parse("xlsx"));
    }

    [Fact]
    public void Write_AcledCsv_HasNoByteOrderMark()
    {
        using var stream = new MemoryStream();
        EventExporter.Write(stream, ExportFormat.AcledCsv, [ExportFixtures.Ambush()], ExportFixtures.Options);
        Assert.Equal((byte)'e', stream.ToArray()[0]);
    }

    [Fact]
    public void Write_Jsonl_IsLeftToTheStoresWriter()
    {
        Assert.Throws<ArgumentException>(() => EventExporter.Write(Stream.Null, ExportFormat.Jsonl, [ExportFixtures.Ambush()], ExportFixtures.Options));
    }
}
