using Sitrep.Syntax.Tagging;

namespace Sitrep.Tests.Syntax.Tagging;

public class PosTaggerTests
{
    [Fact]
    public void Lemmatize_EveryListedFormUnderEveryClass_SameAsLemmatizer()
    {
        TrainedModels models = TrainedModels.Tiny;
        var tagger = new PosTagger(models.Tagger, models.Lemmatizer);
        foreach (string form in models.Tagger.Lexicon.Words.Keys.Append("Unlisted").Append("bombed"))
        {
            for (int c = 0; c < models.Tagger.Classes; c++)
                Assert.Equal(models.Lemmatizer.Lemmatize(form, models.Tagger.Xpos[c]), tagger.Lemmatize(form, c));
        }
    }
}
