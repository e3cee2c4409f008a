using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Tagging;
using Sitrep.Syntax.Training;

namespace Sitrep.Tests.Syntax;

public class DeterministicTrainingTests
{
    [Fact]
    public void Train_SameTreebankTwice_WritesIdenticalModelFiles()
    {
        TrainedModels first = TrainedModels.Train(TrainedModels.TinyTreebank);
        TrainedModels second = TrainedModels.Train(TrainedModels.TinyTreebank);
        Assert.Equal(Bytes(first.Tagger.Save), Bytes(second.Tagger.Save));
        Assert.Equal(Bytes(first.Lemmatizer.Save), Bytes(second.Lemmatizer.Save));
        Assert.Equal(Bytes(first.Parser.Save), Bytes(second.Parser.Save));
    }

    [Fact]
    public void Train_TinyTreebank_LearnsItsTrainingSentences()
    {
        var sentences = TreebankSentence.Load(TrainedModels.TinyTreebank);
        TrainedModels models = TrainedModels.Tiny;
        var workspace = new ParserWorkspace();
        int words = 0, tagsRight = 0, headsRight = 0;
        foreach (TreebankSentence sentence in sentences)
        {
            int n = sentence.Words.Length;
            int[] classes = new int[n], heads = new int[n], labels = new int[n];
            models.Tagger.Tag(sentence.Text, sentence.Words, classes);
            models.Parser.Parse(sentence.Text, sentence.Words, classes, workspace, heads, labels);
            for (int i = 0; i < n; i++)
            {
                words++;
                if (models.Tagger.Upos[classes[i]] == sentence.Source.Words[i].Upos) tagsRight++;
                if (heads[i] == sentence.Source.Words[i].Head) headsRight++;
            }
        }
        Assert.True(tagsRight >= 0.9 * words, $"{tagsRight}/{words} tags right");
        Assert.True(headsRight >= 0.8 * words, $"{headsRight}/{words} heads right");
    }

    [Fact]
    public void IsProjective_CrossingArcs_False()
    {
        Assert.True(ParserTrainer.IsProjective([-1, 2, 0, 2]));
        Assert.False(ParserTrainer.IsProjective([-1, 3, 0, 2, 1]));
    }

    private static byte[] Bytes(Action<string> save)
    {
        string path = Path.Combine(Path.GetTempPath(), $"sitrep-det-{Guid.NewGuid():N}.bin");
        save(path);
        byte[] bytes = File.ReadAllBytes(path);
        File.Delete(path);
        return bytes;
    }
}
