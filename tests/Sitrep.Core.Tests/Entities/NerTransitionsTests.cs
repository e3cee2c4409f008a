using Sitrep.Entities;

namespace Sitrep.Tests.Entities;

public class NerTransitionsTests
{
    [Fact]
    public void ToBilou_MentionsOfOneAndSeveralWords_MarksUnitsAndLastWords()
    {
        string[] bio = ["B-GPE", "O", "B-PERSON", "I-PERSON", "I-PERSON", "B-ORG", "B-ORG", "I-ORG"];
        Assert.Equal(["U-GPE", "O", "B-PERSON", "I-PERSON", "L-PERSON", "U-ORG", "B-ORG", "L-ORG"], NerTransitions.ToBilou(bio));
    }

    [Fact]
    public void Allowed_BilouModel_OpenMentionMustContinueOrClose()
    {
        var transitions = new NerTransitions(["O", "B-ORG", "I-ORG", "L-ORG", "U-ORG", "U-GPE"]);
        Assert.Equal([true, true, false, false, true, true], transitions.Allowed(-1));
        Assert.Equal([false, false, true, true, false, false], transitions.Allowed(1));
        Assert.Equal([true, true, false, false, true, true], transitions.Allowed(3));
        Assert.Equal(["O", "B-ORG", "I-ORG", "I-ORG", "B-ORG", "B-GPE"], transitions.Bio.ToArray());
    }

    [Fact]
    public void Allowed_BioModel_InsideOnlyAfterSameType()
    {
        var transitions = new NerTransitions(["O", "B-ORG", "I-ORG", "B-GPE", "I-GPE"]);
        Assert.Equal([true, true, true, true, false], transitions.Allowed(1));
    }
}
