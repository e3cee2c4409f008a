using System.Diagnostics;
using Sitrep.Actors;
using Sitrep.Entities;
using Sitrep.NerTrain;
using Sitrep.Text.Tokens;

// Trains Sitrep's entity recogniser from ../shared/data/ner and reports F1 per label on held-out
// parts (every 10th GMB sentence, every 5th re3d document). Word-class features come from the
// actor dictionary in data/actors (run from the repository root). Usage:
//   dotnet run --project tools/Sitrep.NerTrain -c Release -- SHARED_DIR OUTPUT_MODEL [EPOCHS [PRUNE [--checkpoints]]]
//   dotnet run --project tools/Sitrep.NerTrain -c Release -- SHARED_DIR MODEL --eval [PRUNE [PRUNED_MODEL_OUT]]
// PRUNE drops weights smaller than it in magnitude (0 keeps all).
//   dotnet run --project tools/Sitrep.NerTrain -c Release -- SHARED_DIR CLUSTER_FILE --clusters (learn the word classes, data/models/ner-clusters-en.txt)
//   dotnet run --project tools/Sitrep.NerTrain -c Release -- SHARED_DIR MODEL --show   (audit the re3d conversion)
//   dotnet run --project tools/Sitrep.NerTrain -c Release -- SHARED_DIR MODEL --errors (sort the model's GMB held-out mistakes)
//   dotnet run --project tools/Sitrep.NerTrain -c Release -- SHARED_DIR MODEL --rules  (list the facility and unit rules' mentions on held-out text)
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Sitrep.NerTrain SHARED_DIR OUTPUT_MODEL [EPOCHS]");
    return 2;
}
string shared = args[0];
string output = args[1];
int epochs = args.Length > 2 && !args[2].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
float prune = args.Length > 3 ? float.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 0f;
var gmbTrain = new List<TaggedSentence>();
var gmbTest = new List<TaggedSentence>();
var re3dTrain = new List<TaggedSentence>();
var re3dTest = new List<TaggedSentence>();
TokenizerLexicon tokenizer = TokenizerLexicon.Load(Path.Combine("data", "models", "tokenizer-en.txt")).Value
    ?? throw new InvalidDataException("data/models/tokenizer-en.txt did not load");
IReadOnlyDictionary<string, string> lexicon = NerLexicon.FromActors(ActorDictionary.LoadOrThrow(Path.Combine("data", "actors")), tokenizer.Titles);
var corpora = new Corpora(new PlaceLabels(Path.Combine("scripts", "ner", "loc-names.txt")), new PersonTitles(Path.Combine("scripts", "ner", "person-titles.txt")), lexicon);
corpora.ReadGmb(Path.Combine(shared, "data", "ner", "gmb", "ner_dataset.csv"), gmbTrain, gmbTest);
corpora.ReadRe3d(Path.Combine(shared, "data", "ner", "re3d"), re3dTrain, re3dTest);
Console.WriteLine($"GMB {gmbTrain.Count} train / {gmbTest.Count} test sentences; re3d {re3dTrain.Count} train / {re3dTest.Count} test sentences");
if (args.Length > 2 && args[2] == "--show")
{
    // Prints converted held-out re3d sentences with their mentions in brackets, to audit the conversion.
    foreach (TaggedSentence s in re3dTest.Take(40)) Console.WriteLine(Evaluation.Bracket(s.Words, s.Labels));
    return 0;
}
if (args.Length > 2 && args[2] == "--clusters")
{
    // Learns word classes from unlabelled text (training parts only) and writes them to OUTPUT (the cluster file).
    WordClusters.Build(shared, gmbTrain.Concat(re3dTrain), lexicon, output, Console.WriteLine);
    return 0;
}
if (args.Length > 2 && args[2] == "--errors")
{
    // Sorts an existing model's mistakes on GMB held-out (boundary, label, missed, spurious) with examples.
    NerModelLoadResult loaded = NerModel.Load(output);
    if (loaded.Model is null) { Console.Error.WriteLine(loaded.Problem); return 1; }
    ErrorAnalysis.Report(loaded.Model, gmbTest, 12);
    return 0;
}
if (args.Length > 2 && args[2] == "--rules")
{
    // Lists what the facility and unit rules add to an existing model's output on the held-out parts.
    NerModelLoadResult loaded = NerModel.Load(output);
    if (loaded.Model is null) { Console.Error.WriteLine(loaded.Problem); return 1; }
    RuleAudit.Report("GMB held-out", loaded.Model, gmbTest);
    RuleAudit.Report("re3d held-out", loaded.Model, re3dTest);
    return 0;
}
if (args.Length > 2 && args[2] == "--eval")
{
    // Scores an existing model on the held-out parts without training.
    NerModelLoadResult loaded = NerModel.Load(output);
    if (loaded.Model is null) { Console.Error.WriteLine(loaded.Problem); return 1; }
    NerModel scored = prune > 0 ? loaded.Model.Pruned(prune) : loaded.Model;
    // "--eval PRUNE OUT BEAM": decode with another beam width.
    if (args.Length > 5) scored = scored.WithBeamWidth(int.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture));
    Console.WriteLine($"{scored.FeatureCount} features");
    if (args.Length > 4) scored.Save(args[4]);
    Evaluation.Report("GMB held-out", scored, gmbTest);
    Evaluation.Report("re3d held-out", scored, re3dTest);
    return 0;
}
// re3d is small but in the conflict domain: show it three times per epoch.
var train = gmbTrain.Concat(re3dTrain).Concat(re3dTrain).Concat(re3dTrain).ToList();
var clock = Stopwatch.StartNew();
Console.WriteLine($"lexicon: {lexicon.Count} words");
// "--checkpoints" after PRUNE scores the pruned model of every epoch from the sixth on, to see where more epochs stop paying.
Action<int, NerModel>? checkpoint = args.Length > 4 && args[4] == "--checkpoints"
    ? (epoch, m) => { if (epoch >= 6) { Evaluation.Report($"epoch {epoch}, GMB held-out", m.Pruned(prune), gmbTest); Evaluation.Report($"epoch {epoch}, re3d held-out", m.Pruned(prune), re3dTest); } }
    : null;
// Word clusters learned from unlabelled text ("--clusters"); the model carries a copy.
string clusterFile = Path.Combine("data", "models", "ner-clusters-en.txt");
NerClustersLoadResult clusters = NerClusters.Load(clusterFile);
if (clusters.Clusters is null) { Console.Error.WriteLine(clusters.Problem); return 1; }
Console.WriteLine($"clusters: {clusters.Clusters.Words.Count} words ({string.Join('/', clusters.Clusters.Classes)} classes)");
// BEAM (after PRUNE; 1: greedy) trains for and decodes with a beam of that width.
int beamWidth = args.Length > 4 && int.TryParse(args[4], System.Globalization.CultureInfo.InvariantCulture, out int w) ? w : 1;
Console.WriteLine($"beam width {beamWidth}");
NerModel model = NerTrainer.Train(train, epochs, seed: 17, lexicon, Console.WriteLine, checkpoint, clusters.Clusters.Words, beamWidth);
if (prune > 0) model = model.Pruned(prune);
Console.WriteLine($"trained in {clock.Elapsed.TotalSeconds:F0} s, {model.FeatureCount} features");
model.Save(output);
Console.WriteLine($"model written to {output} ({new FileInfo(output).Length / 1024} KiB)");
Evaluation.Report("GMB held-out", model, gmbTest);
Evaluation.Report("re3d held-out", model, re3dTest);
return 0;
