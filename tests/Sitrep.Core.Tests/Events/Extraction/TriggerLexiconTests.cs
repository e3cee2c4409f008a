using Sitrep.Errors;
using Sitrep.Events.Extraction;
using Sitrep.Lexicons;

namespace Sitrep.Core.Tests.Events.Extraction;

public class TriggerLexiconTests
{
    [Fact]
    public void Default_ShippedLexicon_LoadsAndFindsTriggers()
    {
        TriggerLexicon lexicon = TriggerLexicon.Default;
        Assert.NotEmpty(lexicon.Entries);
        Assert.Equal("Air/drone strike", lexicon.Find("Drone  Strike")?.SubEventType);
        Assert.True(lexicon.Find("attacked")?.DependsOnTarget);
        Assert.Null(lexicon.Find("picnic"));
    }

    [Theory]
    [InlineData("bombing\tRemote explosive/landmine/IED\tASSAULT\texplosives", 3)]
    [InlineData("bombing\tCar accident\tASSAULT\texplosives\t5", 3)]
    [InlineData("bombing\tRemote explosive/landmine/IED\tHUG\texplosives\t5", 3)]
    [InlineData("Bombing\tRemote explosive/landmine/IED\tASSAULT\texplosives\t5", 3)]
    [InlineData("bombing\tRemote explosive/landmine/IED\tASSAULT\texplosives\tten", 3)]
    [InlineData("attacked\t@attack\tASSAULT\t-\t3", 3)]
    public void Load_BadLine_NamesTheLine(string badLine, int expectedLine)
    {
        string content = "# comment\nattacked\t@attack\tASSAULT\t-\t3\n" + badLine + "\n";
        LexiconLoad<TriggerLexicon> load = TriggerLexicon.Load("triggers.tsv", content);
        Assert.Null(load.Value);
        Problem problem = Assert.Single(load.Problems);
        Assert.Equal(expectedLine, problem.Line);
        Assert.Equal(ErrorCodes.MalformedDataFile, problem.Code);
        Assert.Throws<LexiconException>(() => load.OrThrow());
    }

    [Fact]
    public void EventCues_ShippedFile_LoadsAndFindsNegation()
    {
        EventCues cues = EventCues.Default;
        const string text = "they did not attack";
        Assert.True(cues.Any(CueKind.Negation, text, new Sitrep.Documents.Span(0, text.Length)));
        Assert.False(cues.Any(CueKind.Injury, text, new Sitrep.Documents.Span(0, text.Length)));
    }

    [Fact]
    public void EventCues_ShippedFile_ListsClaimAndCampaignWords()
    {
        EventCues cues = EventCues.Default;
        Assert.True(cues.Lists(CueKind.WorkRole, "Spokesperson"));
        Assert.True(cues.Lists(CueKind.NotWorkplace, "scene"));
        Assert.False(cues.Lists(CueKind.NotWorkplace, "morgue"));
        Assert.Contains("throughout", cues.Phrases(CueKind.Lasting));
        Assert.Contains("more than", cues.Phrases(CueKind.LastingQualifier));
        Assert.Equal(135, cues.Measure(CueKind.Bearing, "Southeast"));
        Assert.Equal(1.609344, cues.Measure(CueKind.DistanceUnit, "miles"));
        Assert.Null(cues.Measure(CueKind.Bearing, "upwards"));
    }

    [Theory]
    [InlineData("workrole\tOfficial")]
    [InlineData("workroles\tofficial")]
    [InlineData("lasting\t")]
    [InlineData("bearing\tnorth\tup")]
    [InlineData("distanceunit\tkm")]
    public void EventCues_BadLine_NamesTheLine(string badLine)
    {
        string content = "# comment\nnegation\tnot\n" + badLine + "\n";
        LexiconLoad<EventCues> load = EventCues.Load("event-cues.tsv", content);
        Assert.Null(load.Value);
        Problem problem = Assert.Single(load.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Equal(ErrorCodes.MalformedDataFile, problem.Code);
    }
}
