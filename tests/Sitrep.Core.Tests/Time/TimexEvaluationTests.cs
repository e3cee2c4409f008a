using Sitrep.TestSupport;
using Sitrep.Time;
using Sitrep.Time.Evaluation;
using Xunit.Abstractions;

namespace Sitrep.Tests.Time;

public class TimexEvaluationTests(ITestOutputHelper output)
{
    [SharedDataFact("data", "tempeval3", "timex3_flat.tsv")]
    public void Score_TempEval3_MeetsFloor()
    {
        TempEvalLoad corpus = TempEval3Corpus.Load(RepoPaths.SharedPath("data", "tempeval3")!);
        Assert.Empty(corpus.Problems);
        Assert.Equal(1822, corpus.Documents.Sum(d => d.Gold.Length));
        TimexScore score = TimexEvaluator.Score(new TemporalTagger(), corpus.Documents);
        output.WriteLine("TempEval-3 TBAQ (default options): " + score);
        TimexScore strictWeekday = TimexEvaluator.Score(new TemporalTagger(new TemporalTaggerOptions { WeekdayMayBePublicationDay = false }), corpus.Documents);
        output.WriteLine("TempEval-3 TBAQ (strict past weekday rule): " + strictWeekday);
        foreach (string error in corpus.Documents.Take(40).SelectMany(d => TimexEvaluator.Errors(new TemporalTagger(), d)).Take(150))
            output.WriteLine(error);
        Assert.True(score.RelaxedF1 >= 0.90, score.ToString());
        Assert.True(score.StrictF1 >= 0.80, score.ToString());
        Assert.True(score.ValueAccuracy >= 0.85, score.ToString());
    }

    [SharedDataFact("data", "recognizers_text_datetime_en")]
    public void Score_RecognizersParserSpecs_MeetsFloor()
    {
        var tagger = new TemporalTagger(new TemporalTaggerOptions { NumericDateOrder = NumericDateOrder.MonthFirst });
        int inScope = 0, matched = 0;
        var misses = new List<string>();
        foreach (string file in RecognizersSpecs.ParserFiles)
        {
            RecognizersFileScore score = RecognizersSpecs.Score(tagger, RepoPaths.SharedPath("data", "recognizers_text_datetime_en", file)!, misses);
            output.WriteLine(score.ToString());
            inScope += score.InScope;
            matched += score.Matched;
        }
        double accuracy = (double)matched / inScope;
        output.WriteLine($"all parser specs: {matched}/{inScope} = {accuracy:P1}");
        foreach (string miss in misses.Take(120)) output.WriteLine(miss);
        Assert.True(accuracy >= 0.24, $"accuracy {accuracy:P1}");
    }
}
