using Sitrep.Events;
using Sitrep.Events.Export;

namespace Sitrep.Tests.Events.Export;

public class AcledCodesTests
{
    [Theory]
    [InlineData(1, 7, 17)]
    [InlineData(7, 1, 17)]
    [InlineData(3, 3, 33)]
    [InlineData(2, 1, 12)]
    [InlineData(6, 0, 60)]
    [InlineData(6, null, 60)]
    [InlineData(null, 5, 50)]
    [InlineData(8, 4, 48)]
    public void Interaction_TwoInterCodes_LowerDigitFirst(int? inter1, int? inter2, int expected)
    {
        Assert.Equal(expected, AcledCodes.Interaction(inter1, inter2));
    }

    [Fact]
    public void Interaction_NoInterCodes_IsNull()
    {
        Assert.Null(AcledCodes.Interaction(null, null));
    }

    [Theory]
    [InlineData(AcledTypology.Battles, "Armed clash", "Political violence")]
    [InlineData(AcledTypology.ExplosionsRemoteViolence, "Air/drone strike", "Political violence")]
    [InlineData(AcledTypology.ViolenceAgainstCivilians, "Attack", "Political violence")]
    [InlineData(AcledTypology.Protests, "Peaceful protest", "Demonstrations")]
    [InlineData(AcledTypology.Protests, "Protest with intervention", "Demonstrations")]
    [InlineData(AcledTypology.Protests, "Excessive force against protesters", "Political violence; Demonstrations")]
    [InlineData(AcledTypology.Riots, "Violent demonstration", "Demonstrations")]
    [InlineData(AcledTypology.Riots, "Mob violence", "Political violence")]
    [InlineData(AcledTypology.StrategicDevelopments, "Arrests", "Strategic developments")]
    public void DisorderType_EachSubType_FollowsTheCodebook(string type, string subType, string expected)
    {
        Assert.Equal(expected, AcledCodes.DisorderType(type, subType));
    }

    [Theory]
    [InlineData(DatePrecision.Day, 0, 1)]
    [InlineData(DatePrecision.Week, 6, 2)]
    [InlineData(DatePrecision.Range, 3, 2)]
    [InlineData(DatePrecision.Range, 20, 3)]
    [InlineData(DatePrecision.Month, 30, 3)]
    [InlineData(DatePrecision.Year, 365, 3)]
    public void TimePrecision_DatePrecisions_MapToAcledCodes(DatePrecision precision, int days, int expected)
    {
        var start = new DateOnly(2024, 1, 1);
        Assert.Equal(expected, AcledCodes.TimePrecision(new EventDate(start, start.AddDays(days), precision)));
    }

    [Theory]
    [InlineData(GeoPrecision.Exact, 1)]
    [InlineData(GeoPrecision.Near, 2)]
    [InlineData(GeoPrecision.Admin2, 2)]
    [InlineData(GeoPrecision.Admin1, 3)]
    [InlineData(GeoPrecision.Country, 3)]
    public void GeoPrecision_Precisions_MapToAcledCodes(GeoPrecision precision, int expected)
    {
        Assert.Equal(expected, AcledCodes.GeoPrecision(precision));
    }

    [Fact]
    public void CivilianTargeting_CiviliansAsTarget_IsCiviliansTargeted()
    {
        ConflictEvent e = EventFixtures.Ambush() with
        {
            EventType = AcledTypology.ExplosionsRemoteViolence,
            SubEventType = "Air/drone strike",
            Actor2 = new ActorRef { Name = "Civilians (Niger)", Inter = 7 },
        };
        Assert.Equal("Civilians targeted", AcledCodes.CivilianTargeting(e));
    }

    [Fact]
    public void CivilianTargeting_ArmedTargetOrProtest_IsEmpty()
    {
        Assert.Equal("", AcledCodes.CivilianTargeting(EventFixtures.Ambush()));
        Assert.Equal("", AcledCodes.CivilianTargeting(ExportFixtures.Protest() with { Actor2 = new ActorRef { Name = "Civilians (Mali)", Inter = 7 } }));
    }

    [Fact]
    public void EventIdCnty_SameEvent_SameIdAndDifferentEventsDiffer()
    {
        string a = AcledCodes.EventIdCnty("mli", "doc-e1");
        Assert.Equal(a, AcledCodes.EventIdCnty("MLI", "doc-e1"));
        Assert.NotEqual(a, AcledCodes.EventIdCnty("MLI", "doc-e2"));
        Assert.Matches("^MLI[0-9]{1,15}$", a);
    }
}
