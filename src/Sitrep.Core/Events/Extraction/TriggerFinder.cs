using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitrep.Documents;

namespace Sitrep.Events.Extraction;

/// <summary>
/// Finds trigger phrases sentence by sentence and drops those the text does not state as facts:
/// negated ("did not attack"), hypothetical or future ("could attack", "threatened to"), denied, or
/// habitual descriptions of a suspect ("involved in kidnapping").
/// Marks the rest as background ("had attacked") or aggregate ("a spate of attacks").
/// </summary>
internal sealed class TriggerFinder(TriggerLexicon lexicon, EventCues cues)
{
    private const int QualifierWords = 5;
    private const int BackgroundWords = 3;

    public ImmutableArray<TriggerHit> Find(string text, ImmutableArray<Span> sentences, CancellationToken cancellationToken)
    {
        var hits = ImmutableArray.CreateBuilder<TriggerHit>();
        foreach (Span sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (Match m = lexicon.Pattern.Match(text, sentence.Start, sentence.Length); m.Success; m = m.NextMatch())
            {
                TriggerEntry? entry = lexicon.Find(m.ValueSpan);
                if (entry is null) continue;
                var span = new Span(m.Index, m.Index + m.Length);
                Span before = TextWindows.WordsBefore(text, span.Start, QualifierWords, sentence);
                if (cues.Any(CueKind.Negation, text, before) || cues.Any(CueKind.Hypothetical, text, before)) continue;
                if (cues.Any(CueKind.Habitual, text, TextWindows.WordsBefore(text, span.Start, 3, sentence))) continue;
                bool background = cues.Any(CueKind.Background, text, TextWindows.WordsBefore(text, span.Start, BackgroundWords, sentence));
                bool aggregate = cues.Any(CueKind.Aggregate, text, sentence);
                hits.Add(new TriggerHit(span, entry, sentence, background, aggregate));
            }
        }
        return hits.ToImmutable();
    }
}
