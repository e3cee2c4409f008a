using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Lexicons;

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
    // "including a bombing attack", "among them a raid": the words that single one incident out sit just before it.
    private const int InstanceWords = 4;

    public ImmutableArray<TriggerHit> Find(string text, ImmutableArray<Span> sentences, CancellationToken cancellationToken) =>
        Find(text, sentences, SyntaxTree.Empty, cancellationToken);

    public ImmutableArray<TriggerHit> Find(string text, ImmutableArray<Span> sentences, SyntaxTree syntax, CancellationToken cancellationToken)
    {
        var hits = ImmutableArray.CreateBuilder<TriggerHit>();
        var matches = new List<(Span Span, TriggerEntry Entry)>();
        foreach (Span sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            matches.Clear();
            WordBoundedPhrases phrases = lexicon.Phrases;
            for (Span? m = phrases.First(text, sentence.Start, sentence.Length); m is Span found; m = phrases.After(text, found, sentence.Start, sentence.Length))
            {
                if (lexicon.Find(text.AsSpan(found.Start, found.Length)) is TriggerEntry entry) matches.Add((found, entry));
            }
            foreach ((Span span, TriggerEntry entry) in matches)
            {
                // "in March" is the month; the protest is "a march".
                if (text.AsSpan(span.Start, span.Length).SequenceEqual("March") && span.Start > sentence.Start) continue;
                Span before = TextWindows.WordsBefore(text, span.Start, QualifierWords, sentence);
                // "X denied responsibility for the attack" denies who did it, not that it happened.
                bool negated = cues.Any(CueKind.Negation, text, before) && !cues.Any(CueKind.Denial, text, before);
                if (negated || cues.Any(CueKind.Hypothetical, text, before)) continue;
                if (cues.Any(CueKind.Habitual, text, TextWindows.WordsBefore(text, span.Start, 3, sentence))) continue;
                if (cues.Any(CueKind.NotAnEvent, text, TextWindows.WordsAfter(text, span.End, 1, sentence))) continue;
                // "riot police used water cannon": the trigger word starts the name of a thing.
                if (cues.First(CueKind.Compound, text, new Span(span.Start, TextWindows.WordsAfter(text, span.End, 1, sentence).End)) is Span compound
                    && compound.Start == span.Start) continue;
                // "weapons and explosives seized": things taken, told before the verb, are no ground taken either.
                if (TakesGround(entry) && cues.Any(CueKind.NotAnEvent, text, TextWindows.WordsBefore(text, span.Start, TakenThingWords, sentence))) continue;
                if (IsExplosive(entry) && cues.Any(CueKind.Seizure, text, TextWindows.WordsBefore(text, span.Start, SeizureWords, sentence))) continue;
                // "killed in a road accident", "a bus crash killed 12": a death word says nothing of violence by itself.
                if (entry.Priority <= WeakPriority && NearAccident(text, span, sentence)) continue;
                int token = syntax.LastTokenIn(span);
                if (syntax.UnderModal(text, token)) continue;
                if (DescribesNoun(syntax, token, matches)) continue;
                bool toldAsContext = BackgroundCue(text, syntax, token, span, sentence) || RecordAside(text, span, sentence);
                int perfect = syntax.PastPerfectOfParticiple(text, token);
                bool background = toldAsContext || perfect >= 0
                    || cues.Any(CueKind.Reaction, text, TextWindows.WordsBefore(text, span.Start, QualifierWords + 1, sentence));
                Span? reportedPerfect = !toldAsContext && perfect >= 0 ? ReportedPastPerfect(text, syntax, perfect) : null;
                bool aggregate = cues.Any(CueKind.Aggregate, text, sentence)
                    && !cues.Any(CueKind.Instance, text, TextWindows.WordsBefore(text, span.Start, InstanceWords, sentence));
                bool anaphoric = Anaphoric(text, syntax, token, span, sentence);
                hits.Add(new TriggerHit(span, entry, sentence, background, aggregate)
                {
                    Anaphoric = anaphoric, Relative = syntax.InRelativeClause(token), ReportedPerfect = reportedPerfect,
                });
            }
        }
        return hits.ToImmutable();
    }

    // A past perfect under a reporting verb ("the army said its forces had captured the town") is the news
    // itself, shifted back by indirect speech; only another cue, or a date far before publication (read
    // later from the date), makes it background.
    private bool BackgroundCue(string text, SyntaxTree syntax, int token, Span span, Span sentence)
    {
        Span window = TextWindows.WordsBefore(text, span.Start, BackgroundWords, sentence);
        bool reported = false, known = false;
        foreach (Span cue in cues.All(CueKind.Background, text, window))
        {
            if (!cues.Any(CueKind.PastPerfect, text, cue)) return true;
            if (!known) (reported, known) = (Reported(text, syntax, token, span, sentence), true);
            if (!reported) return true;
        }
        return false;
    }

    // With a parse the trigger's clause must be the complement of a reporting verb, or the main clause
    // with a reporting aside after it ("gunmen had killed five, police said"), so a relative clause
    // inside the reported speech ("the junta, which had seized power in 2020") stays background; without
    // one, a reporting verb earlier in the sentence, or in the sentence's last comma-set part, stands in.
    private bool Reported(string text, SyntaxTree syntax, int token, Span span, Span sentence)
    {
        if (syntax.IsEmpty || token < 0)
        {
            int comma = text.LastIndexOf(',', sentence.End - 1, sentence.End - span.End);
            return cues.Any(CueKind.Reporting, text, new Span(sentence.Start, span.Start))
                || (comma >= 0 && cues.Any(CueKind.Reporting, text, new Span(comma, sentence.End)));
        }
        int governor = syntax.ComplementGovernor(token);
        if (governor >= 0) return cues.Any(CueKind.Reporting, text, syntax.SpanOf(governor));
        return syntax.AsidesAfter(token).Any(aside => cues.Any(CueKind.Reporting, text, syntax.SpanOf(aside)));
    }

    // "it had brought the regions back under control, killing their commanders" tells what had happened before the
    // news; "the army said that its air force had struck a column, killing dozens" may only shift the tense of a report.
    private Span? ReportedPastPerfect(string text, SyntaxTree syntax, int perfect)
    {
        int governor = syntax.ComplementGovernor(perfect);
        return governor >= 0 && cues.Any(CueKind.Reporting, text, syntax.SpanOf(governor)) ? syntax.SpanOf(perfect) : null;
    }

    // "The Pakistani Taliban, which has carried out many attacks on police, denied involvement": a relative clause set off
    // by a comma and told in the present perfect sums up an actor's record; it reports no incident of the day.
    private static bool RecordAside(string text, Span span, Span sentence)
    {
        ReadOnlySpan<char> before = text.AsSpan(sentence.Start, span.Start - sentence.Start);
        int aside = Math.Max(before.LastIndexOf(", which ", StringComparison.Ordinal), before.LastIndexOf(", who ", StringComparison.Ordinal));
        if (aside < 0) return false;
        ReadOnlySpan<char> clause = before[(aside + 2)..];
        if (clause.IndexOfAny(',', ';') >= 0) return false;
        int space = clause.IndexOf(' ');
        ReadOnlySpan<char> rest = clause[(space + 1)..];
        return rest.StartsWith("has ", StringComparison.Ordinal) || rest.StartsWith("have ", StringComparison.Ordinal);
    }

    private bool NearAccident(string text, Span span, Span sentence) =>
        cues.Any(CueKind.Accident, text, TextWindows.WordsBefore(text, span.Start, AccidentWords, sentence))
        || cues.Any(CueKind.Accident, text, TextWindows.WordsAfter(text, span.End, AccidentWords, sentence));

    private const int RecountWords = 2;

    private const int TakenThingWords = 3;

    private static bool TakesGround(TriggerEntry entry) => entry.SubEventType is AcledTypology.NonStateActorOvertakesTerritory or AcledTypology.GovernmentRegainsTerritory;

    // "seizing two rifles and a grenade": how far before the weapon the seizure may be told.
    private const int SeizureWords = 5;

    private static bool IsExplosive(TriggerEntry entry) =>
        !entry.DependsOnTarget && EventTyping.EventTypeOf(entry.SubEventType) == AcledTypology.ExplosionsRemoteViolence;

    // How weak a trigger a nearby accident cue cancels (killed, died, dead), and how near it must be.
    private const int WeakPriority = 2;
    private const int AccidentWords = 5;

    // "the attack", "this latest assault": a noun trigger with a definite determiner refers to an incident already told.
    private bool Anaphoric(string text, SyntaxTree syntax, int token, Span span, Span sentence)
    {
        // "two herders were among those killed": victims singled out of an incident already told.
        if (cues.Any(CueKind.Recount, text, TextWindows.WordsBefore(text, span.Start, RecountWords, sentence))) return true;
        if (syntax.IsEmpty || token < 0) return cues.Any(CueKind.Anaphora, text, TextWindows.WordsBefore(text, span.Start, 1, sentence));
        foreach (int child in syntax.Children(token))
        {
            if (syntax.Relation(child) == "det" && child < token && cues.Any(CueKind.Anaphora, text, syntax.SpanOf(child))) return true;
        }
        return false;
    }

    // A trigger that only modifies a noun ("kidnapping kingpin", "kidnapped victims") names no incident,
    // unless that noun is itself a trigger ("bomb attack", "suicide car bomb").
    private static bool DescribesNoun(SyntaxTree syntax, int token, List<(Span Span, TriggerEntry Entry)> matches)
    {
        // Only participles and gerunds ("kidnapped", "kidnapping") are read so: a parse that hangs a noun
        // trigger ("bomber") on the next word is more often wrong than right. The ending is matched in lower case:
        // an acronym ("IED hits a vehicle") is a noun even where the tagger took its "ED" for a past participle.
        string word = syntax.IsEmpty || token < 0 ? "" : syntax.WordOf(token);
        if (!(word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal))) return false;
        if (!syntax.ModifiesNounAfter(token)) return false;
        Span head = syntax.SpanOf(syntax.Head(token));
        return !matches.Any(m => m.Span.Overlaps(head));
    }
}
