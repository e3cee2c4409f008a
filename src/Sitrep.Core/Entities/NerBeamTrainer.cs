namespace Sitrep.Entities;

/// <summary>
/// Training for beam decoding (<see cref="NerBeam"/>): a structured perceptron with early update
/// (Collins and Roark 2004). Each sentence is decoded with the current weights by the beam the
/// model will use; when the gold sequence falls out of the beam, or is not the best at the end,
/// the features of the gold prefix are rewarded and those of the beam's best prefix penalised.
/// A greedily trained model's scores do not compare across label histories (after B-X only I-X
/// or L-X were ever allowed, so nothing held their weights down), which is why beam decoding
/// needs this training.
/// </summary>
internal static class NerBeamTrainer
{
    /// <summary>Decodes one sentence and updates <paramref name="weights"/> at <paramref name="step"/>; returns how many decoded words were wrong.</summary>
    public static int Learn(NerSentence sentence, int[] gold, NerBeam beam, NerFeatures.LabelContext[] contexts, int labels, NerTrainer.Weights weights, int step)
    {
        int[] predicted = beam.Decode(sentence, gold, out bool goldBest);
        if (goldBest) return 0;
        var features = new List<ulong>(40);
        int wrong = 0;
        for (int j = 0; j < predicted.Length; j++)
        {
            if (predicted[j] != gold[j]) wrong++;
            // A word whose label and previous two labels agree has the same features on both sides: they cancel.
            if (predicted[j] == gold[j] && (j < 1 || predicted[j - 1] == gold[j - 1]) && (j < 2 || predicted[j - 2] == gold[j - 2])) continue;
            Update(sentence, j, gold, +1f, contexts, labels, weights, step, features);
            Update(sentence, j, predicted, -1f, contexts, labels, weights, step, features);
        }
        return wrong;
    }

    private static void Update(NerSentence sentence, int j, int[] sequence, float delta, NerFeatures.LabelContext[] contexts, int labels,
        NerTrainer.Weights weights, int step, List<ulong> features)
    {
        features.Clear();
        NerFeatures.ExtractStatic(sentence, j, features);
        int previous = j > 0 ? sequence[j - 1] : -1, previous2 = j > 1 ? sequence[j - 2] : -1;
        NerFeatures.ExtractLabels(sentence, j, contexts[(previous + 1) * (labels + 1) + previous2 + 1], features);
        foreach (ulong f in features) weights.Update(f, sequence[j], delta, step);
    }
}
