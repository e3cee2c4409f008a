using Sitrep.Events;
using Sitrep.Events.Export;

namespace Sitrep.Tests.Events.Export;

public class AcledCsvWriterTests
{
    private const string AcledHeader =
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1," +
        "actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location," +
        "latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    [Fact]
    public void WriteHeader_Always_IsAcledColumnsInAcledOrder()
    {
        var writer = new StringWriter();
        AcledCsvWriter.WriteHeader(writer);
        Assert.Equal(AcledHeader + "\r\n", writer.ToString());
    }

    [Fact]
    public void Write_Ambush_CodesEveryAcledColumn()
    {
        var writer = new StringWriter();
        int count = AcledCsvWriter.Write(writer, [ExportFixtures.Ambush()], ExportFixtures.Options);
        List<List<string>> records = ExportFixtures.ReadCsv(writer.ToString());
        Assert.Equal(1, count);
        Assert.Equal(2, records.Count);
        Dictionary<string, string> row = records[0].Zip(records[1]).ToDictionary(p => p.First, p => p.Second);
        Assert.Matches("^NER[0-9]+$", row["event_id_cnty"]);
        Assert.Equal("2024-03-13", row["event_date"]);
        Assert.Equal("2024", row["year"]);
        Assert.Equal("1", row["time_precision"]);
        Assert.Equal("Political violence", row["disorder_type"]);
        Assert.Equal("Battles", row["event_type"]);
        Assert.Equal("3", row["inter1"]);
        Assert.Equal("1", row["inter2"]);
        Assert.Equal("13", row["interaction"]);
        Assert.Equal("", row["civilian_targeting"]);
        Assert.Equal("562", row["iso"]);
        Assert.Equal("Western Africa", row["region"]);
        Assert.Equal("Niger", row["country"]);
        Assert.Equal("Tillaberi", row["admin1"]);
        Assert.Equal("Tera", row["admin2"]);
        Assert.Equal("", row["admin3"]);
        Assert.Equal("Tera", row["location"]);
        Assert.Equal("14.0078", row["latitude"]);
        Assert.Equal("0.7531", row["longitude"]);
        Assert.Equal("2", row["geo_precision"]);
        Assert.Equal("Example Wire; local.example.net", row["source"]);
        Assert.StartsWith("Gunmen ambushed a Nigerien army convoy, \"killing\" 12", row["notes"]);
        Assert.Contains("[fatalities according to Ministry of Defence of Niger]", row["notes"]);
        Assert.Equal("12", row["fatalities"]);
        Assert.Equal("1710936000", row["timestamp"]);
    }

    [Fact]
    public void Write_CommasQuotesAndNewlines_RoundTripThroughRfc4180()
    {
        var writer = new StringWriter();
        AcledCsvWriter.Write(writer, [ExportFixtures.Sourced(ExportFixtures.Protest())], ExportFixtures.Options);
        List<List<string>> records = ExportFixtures.ReadCsv(writer.ToString());
        string notes = records[1][AcledRecord.Columns.IndexOf("notes")];
        Assert.StartsWith("Traders marched, then sat down, \"peacefully\"", notes);
        Assert.Contains("\"Traders marched, then sat down, \"\"peacefully\"\"", writer.ToString());
        Assert.All(records, r => Assert.Equal(AcledRecord.Columns.Length, r.Count));
    }

    [Fact]
    public void WriteRow_NewlineInCell_IsQuotedNotSplit()
    {
        var record = AcledRecordBuilder.Build(ExportFixtures.Ambush(), ExportFixtures.Options) with { Notes = "line one\r\nline two, \"quoted\"" };
        var writer = new StringWriter();
        AcledCsvWriter.WriteRow(writer, record);
        List<List<string>> records = ExportFixtures.ReadCsv(writer.ToString());
        Assert.Single(records);
        Assert.Equal("line one\r\nline two, \"quoted\"", records[0][AcledRecord.Columns.IndexOf("notes")]);
    }

    [Fact]
    public void Write_CountryOnlyEvent_LeavesCoordinatesEmptyAndNamesTheCountry()
    {
        var writer = new StringWriter();
        AcledCsvWriter.Write(writer, [ExportFixtures.Sourced(ExportFixtures.Protest())], ExportFixtures.Options);
        List<string> row = ExportFixtures.ReadCsv(writer.ToString())[1];
        string Cell(string column) => row[AcledRecord.Columns.IndexOf(column)];
        Assert.Equal("Demonstrations", Cell("disorder_type"));
        Assert.Equal("3", Cell("time_precision"));
        Assert.Equal("0", Cell("inter2"));
        Assert.Equal("60", Cell("interaction"));
        Assert.Equal("Mali", Cell("location"));
        Assert.Equal("", Cell("latitude"));
        Assert.Equal("3", Cell("geo_precision"));
        Assert.Equal("0", Cell("fatalities"));
        Assert.Contains("[date: between 2024-05-01 and 2024-05-31]", Cell("notes"));
    }

    [Fact]
    public void Write_UnknownCountry_KeepsTheCodeAndLeavesIsoEmpty()
    {
        var e = EventFixtures.Ambush() with { Place = new EventPlace { Country = "ZZZ" } };
        AcledRecord record = AcledRecordBuilder.Build(ExportFixtures.Sourced(e), ExportFixtures.Options);
        Assert.Equal("ZZZ", record.Country);
        Assert.Null(record.Iso);
        Assert.Equal("", record.Region);
    }

    [Theory]
    [InlineData(ClaimKind.Responsibility, "[JNIM claimed responsibility]")]
    [InlineData(ClaimKind.Denial, "[JNIM denied involvement]")]
    [InlineData(ClaimKind.Fatalities, "[fatalities according to JNIM]")]
    [InlineData(ClaimKind.Occurrence, "[according to JNIM]")]
    public void Notes_Claim_IsSaidInWords(ClaimKind kind, string expected)
    {
        ConflictEvent e = EventFixtures.Ambush() with { Claims = [new Claim(["JNIM", "jnim"], kind)] };
        Assert.EndsWith(expected, AcledRecordBuilder.Notes(e));
    }
}
