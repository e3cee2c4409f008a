using Sitrep.Errors;
using Sitrep.Evaluation.Gold;
using Sitrep.Events;

namespace Sitrep.Evaluation.Tests.Gold;

public class GoldReaderTests
{
    private const string ValidEvent = """
        {"id": "e1", "required": true, "background": false, "event_type": "Battles", "sub_event_type": "Armed clash",
         "actor1": ["A", "a-alias"], "actor2": null, "assoc_actor2": [["B"], ["C", "c-alias"]],
         "date_start": "2024-01-02", "date_end": "2024-01-03", "date_precision": "range",
         "country": "MLI", "admin1": null, "location": "Gao", "latitude": 16.27, "longitude": -0.04,
         "geo_precision": "near", "fatalities": {"low": 3, "best": 3, "high": null},
         "claims": [{"by": ["A"], "what": "responsibility"}], "evidence": "A attacked near Gao"}
        """;

    [Fact]
    public void Parse_ValidFile_ReadsEveryField()
    {
        GoldReadResult result = GoldReader.Parse(Wrap(ValidEvent), "x.gold.json");

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Empty(result.Problems);
        GoldEvent e = Assert.Single(result.Document.Events);
        Assert.Equal(new DateOnly(2024, 1, 5), result.Document.Published);
        Assert.Equal(["A", "a-alias"], e.Actor1!.Names.ToArray());
        Assert.Null(e.Actor2);
        Assert.Equal(2, e.AssocActor2.Length);
        Assert.Empty(e.AssocActor1);
        Assert.Equal(new EventDate(new(2024, 1, 2), new(2024, 1, 3), DatePrecision.Range), e.Date);
        Assert.Equal(GeoPrecision.Near, e.GeoPrecision);
        Assert.Equal(new GeoPoint(16.27, -0.04), e.Point);
        Assert.Equal(new FatalityCount(3, 3, null), e.Fatalities);
        Assert.Equal(ClaimKind.Responsibility, Assert.Single(e.Claims).What);
        Assert.False(e.Aggregate);
    }

    [Theory]
    [InlineData("\"event_type\": \"Battles\"", "\"event_type\": \"Battle\"", "event e1: field 'event_type'")]
    [InlineData("\"sub_event_type\": \"Armed clash\"", "\"sub_event_type\": \"Air/drone strike\"", "event e1: field 'sub_event_type'")]
    [InlineData("\"date_start\": \"2024-01-02\"", "\"date_start\": \"2024-13-02\"", "event e1: field 'date_start'")]
    [InlineData("\"date_end\": \"2024-01-03\"", "\"date_end\": \"2023-12-31\"", "event e1: field 'date_end'")]
    [InlineData("\"country\": \"MLI\"", "\"country\": \"Mali\"", "event e1: field 'country'")]
    [InlineData("\"geo_precision\": \"near\"", "\"geo_precision\": \"town\"", "event e1: field 'geo_precision'")]
    [InlineData("\"required\": true, ", "", "event e1: field 'required': is missing")]
    [InlineData("\"actor1\": [\"A\", \"a-alias\"]", "\"actor1\": []", "event e1: field 'actor1'")]
    [InlineData("\"latitude\": 16.27", "\"latitude\": null", "event e1: field 'latitude'")]
    [InlineData("\"high\": null", "\"high\": 2", "event e1: field 'fatalities'")]
    [InlineData("\"what\": \"responsibility\"", "\"what\": \"blame\"", "event e1: claim #1: field 'what'")]
    public void Parse_InvalidField_ProblemNamesFileEventAndField(string valid, string invalid, string expected)
    {
        GoldReadResult result = GoldReader.Parse(Wrap(ValidEvent.Replace(valid, invalid, StringComparison.Ordinal)), "x.gold.json");

        Assert.False(result.Succeeded);
        Assert.Null(result.Document);
        Problem problem = Assert.Single(result.Problems, p => p.IsError);
        Assert.Equal(ErrorCodes.MalformedGold, problem.Code);
        Assert.Equal("x.gold.json", problem.Subject);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidJson_ProblemWithLine()
    {
        GoldReadResult result = GoldReader.Parse("{\n\"doc\": \"x.txt\",\n\"events\": [,]\n}", "x.gold.json");

        Problem problem = Assert.Single(result.Problems);
        Assert.Equal(ErrorCodes.MalformedGold, problem.Code);
        Assert.Equal(3, problem.Line);
    }

    [Fact]
    public void Parse_DuplicateIds_Problem()
    {
        GoldReadResult result = GoldReader.Parse(Wrap(ValidEvent + "," + ValidEvent), "x.gold.json");

        Assert.Contains(result.Problems, p => p.Message.Contains("e1: the id is used twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_UnknownField_WarningOnly()
    {
        GoldReadResult result = GoldReader.Parse(Wrap(ValidEvent.Replace("\"id\": \"e1\",", "\"id\": \"e1\", \"actor_1\": [],", StringComparison.Ordinal)), "x.gold.json");

        Assert.True(result.Succeeded);
        Problem warning = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Contains("'actor_1'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_FileNotFound() =>
        Assert.Equal(ErrorCodes.FileNotFound, Assert.Single(GoldReader.Load("/no/such/dir/x.gold.json").Problems).Code);

    private static string Wrap(string events) => $$"""{"doc": "x.txt", "published": "2024-01-05", "events": [{{events}}]}""";
}
