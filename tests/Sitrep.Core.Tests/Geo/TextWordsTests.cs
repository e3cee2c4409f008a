using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

public class TextWordsTests
{
    [Theory]
    [InlineData("Deir ez-Zor", 1, true)]
    [InlineData("Deir al-Balah", 1, true)]
    [InlineData("a well-Known name", 1, false)]
    [InlineData("the long-range drone", 1, false)]
    [InlineData("Port-au-Prince", 0, false)]
    public void Scan_HyphenatedWord_MarksAShortArticleBeforeACapital(string text, int index, bool joined)
    {
        Assert.Equal(joined, TextWords.Scan(text)[index].CapitalisedAfterArticle);
    }

    [Fact]
    public void Scan_ArticleJoinedWord_IsANameWordButNotCapitalised()
    {
        TextWord word = TextWords.Scan("Deir ez-Zor")[1];
        Assert.True(word.NameWord);
        Assert.False(word.Capitalised);
    }
}
