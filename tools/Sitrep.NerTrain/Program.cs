using System.Diagnostics;
using Sitrep.Actors;
using Sitrep.Entities;
using Sitrep.NerTrain;

// Trains Sitrep's entity recogniser from ../shared/data/ner and reports F1 per label on held-out
// parts (every 10th GMB sentence, every 5th re3d document). Word-class features come from the
// actor dictionary in data/actors (run from the repository root). Usage:
//   dotnet run --project tools/Sitrep.NerTrain -c Release -- SHARED_DIR OUTPUT_MODEL [EPOCHS]
//   dotnet run --project tools/Sitrep.NerTrain -c Release -- SHARED_DIR MODEL --eval
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Sitrep.NerTrain SHARED_DIR OUTPUT_MODEL [EPOCHS]");
    return 2;
}
string shared = args[0];
string output = args[1];
int epochs = args.Length > 2 && args[2] != "--eval" ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
var gmbTrain = new List<TaggedSentence>();
var gmbTest = new List<TaggedSentence>();
var re3dTrain = new List<TaggedSentence>();
var re3dTest = new List<TaggedSentence>();
Corpora.ReadGmb(Path.Combine(shared, "data", "ner", "gmb", "ner_dataset.csv"), gmbTrain, gmbTest);
Corpora.ReadRe3d(Path.Combine(shared, "data", "ner", "re3d"), re3dTrain, re3dTest);
Console.WriteLine($"GMB {gmbTrain.Count} train / {gmbTest.Count} test sentences; re3d {re3dTrain.Count} train / {re3dTest.Count} test sentences");
if (args.Length > 2 && args[2] == "--eval")
{
    // Scores an existing model on the held-out parts without training.
    NerModelLoadResult loaded = NerModel.Load(output);
    if (loaded.Model is null) { Console.Error.WriteLine(loaded.Problem); return 1; }
    Evaluation.Report("GMB held-out", loaded.Model, gmbTest);
    Evaluation.Report("re3d held-out", loaded.Model, re3dTest);
    return 0;
}
// re3d is small but in the conflict domain: show it three times per epoch.
var train = gmbTrain.Concat(re3dTrain).Concat(re3dTrain).Concat(re3dTrain).ToList();
var clock = Stopwatch.StartNew();
IReadOnlyDictionary<string, string> lexicon = NerLexicon.FromActors(ActorDictionary.LoadOrThrow(Path.Combine("data", "actors")));
Console.WriteLine($"lexicon: {lexicon.Count} words");
NerModel model = NerTrainer.Train(train, epochs, seed: 17, lexicon, Console.WriteLine);
Console.WriteLine($"trained in {clock.Elapsed.TotalSeconds:F0} s, {model.FeatureCount} features");
model.Save(output);
Console.WriteLine($"model written to {output} ({new FileInfo(output).Length / 1024} KiB)");
Evaluation.Report("GMB held-out", model, gmbTest);
Evaluation.Report("re3d held-out", model, re3dTest);
return 0;
