using Sitrep.Errors;
using Sitrep.Events;

namespace Sitrep.Storage.Tests;

public class EventQueryTests
{
    [Fact]
    public void Validate_Defaults_IsValid()
    {
        var query = new EventQuery();
        Assert.Null(query.Validate());
        Assert.Equal(EventQuery.DefaultLimit, query.Limit);
        Assert.Equal(0, query.Offset);
    }

    [Fact]
    public void Validate_BoundaryValues_AreValid()
    {
        Assert.Null(new EventQuery { Limit = 1 }.Validate());
        Assert.Null(new EventQuery { Limit = EventQuery.MaxLimit, Offset = int.MaxValue }.Validate());
        Assert.Null(new EventQuery { Country = "mli", Since = new DateOnly(2025, 1, 1), Until = new DateOnly(2025, 1, 1) }.Validate());
        Assert.Null(new EventQuery { Actor = new string('a', EventQuery.MaxStringLength) }.Validate());
    }

    [Theory]
    [InlineData("country", "ML")]
    [InlineData("country", "ML1")]
    [InlineData("country", "MLIX")]
    [InlineData("type", "")]
    [InlineData("actor", "   ")]
    [InlineData("text", "\t")]
    public void Validate_BadString_NamesTheParameter(string parameter, string value)
    {
        EventQuery query = parameter switch
        {
            "country" => new EventQuery { Country = value },
            "type" => new EventQuery { EventType = value },
            "actor" => new EventQuery { Actor = value },
            _ => new EventQuery { Text = value },
        };

        Problem? problem = query.Validate();

        Assert.NotNull(problem);
        Assert.Equal(ErrorCodes.InvalidQuery, problem.Code);
        Assert.Equal(parameter, problem.Subject);
    }

    [Theory]
    [InlineData(0, 0, "limit")]
    [InlineData(-5, 0, "limit")]
    [InlineData(EventQuery.MaxLimit + 1, 0, "limit")]
    [InlineData(10, -1, "offset")]
    public void Validate_BadPaging_NamesTheParameter(int limit, int offset, string parameter)
    {
        Assert.Equal(parameter, new EventQuery { Limit = limit, Offset = offset }.Validate()?.Subject);
    }

    [Fact]
    public void Validate_TooLongText_IsInvalid()
    {
        Assert.Equal("text", new EventQuery { Text = new string('x', EventQuery.MaxStringLength + 1) }.Validate()?.Subject);
    }

    [Theory]
    [InlineData("bbox")]
    [InlineData("near")]
    [InlineData("admin1")]
    [InlineData("sub_type")]
    public void Validate_BadSpatialOrStringFilter_NamesTheParameter(string parameter)
    {
        EventQuery query = parameter switch
        {
            "bbox" => new EventQuery { Bounds = new GeoBox(0, 20, 10, 10) },
            "near" => new EventQuery { Near = new GeoCircle(new GeoPoint(0, 0), 0) },
            "admin1" => new EventQuery { Admin1 = " " },
            _ => new EventQuery { SubEventType = "" },
        };
        Assert.Equal(parameter, query.Validate()?.Subject);
    }
}
