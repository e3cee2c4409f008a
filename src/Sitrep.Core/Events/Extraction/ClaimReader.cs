using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Events.Extraction;

/// <summary>
/// Reads who asserts an event: "X claimed responsibility" → responsibility; "X said", "according to X",
/// "militants say" → fatalities when the sentence gives a toll (the figure is what the source vouches
/// for), occurrence otherwise; "X denied responsibility" → denial. A pronoun source ("it added", "he
/// said") is the source named just before; a sentence inside a quotation is vouched for by whoever the
/// quotation is attributed to; a sentence with no source of its own takes the one of the sentence next to it.
/// </summary>
internal sealed class ClaimReader(EventCues cues)
{
    private readonly ClaimSources _sources = new(cues);

    private const int MaxPronounSteps = 3;

    private static readonly ImmutableHashSet<string> Pronouns =
        ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "it", "he", "she", "they");

    // Words that may stand between a pronoun and its reporting verb ("it further said", "he had told").
    private static readonly ImmutableHashSet<string> Between = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
        "also", "further", "later", "earlier", "then", "had", "has", "have", "was", "were", "previously");

    // A determiner makes a reporting word a noun ("No claim so far", "the claim"), which names no source.
    private static readonly ImmutableHashSet<string> Determiners = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
        "no", "any", "the", "a", "an", "this", "that", "their", "its", "his", "her", "such");

    public ImmutableArray<Claim> InSentence(DocumentView view, Span sentence, bool hasToll)
    {
        var claims = ImmutableArray.CreateBuilder<Claim>();
        string text = view.Text;
        if (cues.First(CueKind.Responsibility, text, sentence) is Span resp
            && (_sources.Find(view, sentence, resp, sourceAfter: false, actorOnly: true)?.Names ?? NearestActor(view, sentence, resp)) is { IsDefaultOrEmpty: false } who)
            claims.Add(new Claim(who, ClaimKind.Responsibility));
        if (Denial(view, sentence) is Claim denial) claims.Add(denial);
        ClaimKind kind = hasToll ? ClaimKind.Fatalities : ClaimKind.Occurrence;
        IReadOnlyList<ImmutableArray<string>> sources = Sources(view, sentence, 0);
        if (claims.Count == 0) claims.AddRange(Blame(view, sentence, sources).Select(names => new Claim(names, ClaimKind.Responsibility)));
        bool inferred = sources.Count == 0 && claims.Count == 0;
        if (inferred) sources = Borrowed(view, sentence);
        foreach (ImmutableArray<string> names in sources)
        {
            if (claims.Any(c => c.What == kind && c.By.SequenceEqual(names))) continue;
            claims.Add(new Claim(names, kind) { Inferred = inferred });
        }
        return claims.ToImmutable();
    }

    /// <summary>
    /// The denial a sentence reports: "X denied responsibility", "X denied targeting civilians", "X denied that ...";
    /// null when it reports none or names no denier.
    /// </summary>
    public Claim? Denial(DocumentView view, Span sentence)
    {
        string text = view.Text;
        Span? responsibility = cues.First(CueKind.Denial, text, sentence), deed = cues.First(CueKind.DeedDenial, text, sentence);
        if ((responsibility is Span r && (deed is not Span d || r.Start <= d.Start) ? responsibility : deed) is not Span cue) return null;
        // "the ministry said its forces had struck military targets and denied hitting civilian areas": the second verb of
        // a coordination shares the first one's subject, the source of the sentence's report.
        ClaimSource? denier = AfterAnd(text, cue, sentence) ? ReporterBefore(view, sentence, cue) : null;
        denier ??= _sources.Find(view, sentence, cue, sourceAfter: false, invertible: false);
        return denier is null ? null : new Claim(denier.Names, ClaimKind.Denial);
    }

    private static bool AfterAnd(string text, Span cue, Span sentence) =>
        text.AsSpan(sentence.Start, cue.Start - sentence.Start).TrimEnd().EndsWith(" and", StringComparison.OrdinalIgnoreCase);

    private ClaimSource? ReporterBefore(DocumentView view, Span sentence, Span cue)
    {
        foreach (Span said in cues.All(CueKind.Attribution, view.Text, new Span(sentence.Start, cue.Start)))
            if (_sources.Find(view, sentence, said, sourceAfter: false, invertible: false) is ClaimSource source) return source;
        return null;
    }

    // "an attack blamed on the RSF, according to a rights group": whoever pins the event on a named actor claims
    // that actor's responsibility; the accuser is the subject of an active cue ("the army accused the RSF"), else the
    // sentence's source. Pinning it on a role noun ("blamed on jihadists") names nobody and claims nothing.
    private IEnumerable<ImmutableArray<string>> Blame(DocumentView view, Span sentence, IReadOnlyList<ImmutableArray<string>> sources)
    {
        string text = view.Text;
        if (cues.First(CueKind.Blame, text, sentence) is not Span cue) return [];
        Span after = TextWindows.WordsAfter(text, cue.End, BlamedWords, sentence);
        if (!view.Within(view.Actors, sentence).Any(a => a.Named && after.Contains(a.Span))) return [];
        bool passive = text.AsSpan(cue.Start, cue.Length).EndsWith(" on", StringComparison.OrdinalIgnoreCase)
            || text.AsSpan(cue.Start, cue.Length).EndsWith(" to", StringComparison.OrdinalIgnoreCase);
        if (!passive && _sources.Find(view, sentence, cue, sourceAfter: false) is ClaimSource accuser) return [accuser.Names];
        return sources.Count > 0 ? sources : Borrowed(view, sentence);
    }

    // How far after "blamed on" / "accused" the accused may be named ("blamed on the paramilitary Rapid Support Forces").
    private const int BlamedWords = 6;

    /// <summary>
    /// "Police in Kano arrested 12 suspects, a spokesman said": a spokesperson named by post alone, with no body of their
    /// own, speaks for the state force that acts in the sentence, and the claim is printed as that force's too.
    /// </summary>
    public ImmutableArray<Claim> SpeakingFor(ImmutableArray<Claim> claims, ActorRef? actor)
    {
        if (actor is not { Inter: 1 }) return claims;
        return [.. claims.Select(c => c.By.Length == 1 && cues.Lists(CueKind.Speaker, c.By[0]) ? c with { By = [.. actor.AllNames, .. c.By] } : c)];
    }

    /// <summary>
    /// A source that vouches for the toll vouches for the event too, so beside a toll claim occurrence claims add
    /// nothing, except where the toll's own source tells the event in words of its own ("An armed group attacked the
    /// post, the army said. ... 'The toll is two dead,' it added."): the source then asserts both. The claims kept are
    /// returned with <see cref="Claim.Inferred"/> cleared.
    /// </summary>
    /// <summary>
    /// The group claiming responsibility in a sentence: the named armed group nearest before its responsibility cue
    /// ("Al Shabaab claimed responsibility"), with that cue; null when the sentence has no such cue or group.
    /// </summary>
    public (ActorCandidate Group, Span Cue)? Responsibility(DocumentView view, Span sentence)
    {
        if (cues.First(CueKind.Responsibility, view.Text, sentence) is not Span cue) return null;
        ActorCandidate? group = view.Within(view.Actors, new Span(sentence.Start, cue.Start)).LastOrDefault(a => a.Named && a.Actor.Inter is 2 or 3 or 4);
        return group is null ? null : (group, cue);
    }

    public static ImmutableArray<Claim> Settle(ImmutableArray<Claim> claims)
    {
        IEnumerable<Claim> kept = claims.Any(c => c.What == ClaimKind.Fatalities)
            ? claims.Where(c => c.What != ClaimKind.Occurrence || StatedBesideOwnToll(c, claims))
            : claims;
        return [.. kept.Select(c => c.Inferred ? c with { Inferred = false } : c)];
    }

    private static bool StatedBesideOwnToll(Claim occurrence, ImmutableArray<Claim> claims) =>
        !occurrence.Inferred && claims.Any(c => c.What == ClaimKind.Fatalities && !c.Inferred && c.By.Intersect(occurrence.By).Any());

    /// <summary>
    /// The claims of two mentions of one incident, one per kind and first-named source; a claim stated in either
    /// mention stays stated.
    /// </summary>
    public static ImmutableArray<Claim> Union(ImmutableArray<Claim> first, ImmutableArray<Claim> second) =>
        [.. first.Concat(second).GroupBy(c => (c.What, c.By.FirstOrDefault()))
            .Select(g => g.All(c => c.Inferred) ? g.First() : g.First() with { Inferred = false })];

    // The sources the attribution cues of a sentence name, a pronoun resolved to the source it stands for. A sentence is
    // asked for by its own events and by its neighbours' (a borrowed source, a pronoun's antecedent), so a full reading
    // (depth 0) is kept for the document.
    private IReadOnlyList<ImmutableArray<string>> Sources(DocumentView view, Span sentence, int depth)
    {
        if (depth > 0) return ReadSources(view, sentence, depth);
        if (!view.SentenceSources.TryGetValue(sentence, out IReadOnlyList<ImmutableArray<string>>? sources))
            view.SentenceSources[sentence] = sources = ReadSources(view, sentence, 0);
        return sources;
    }

    private List<ImmutableArray<string>> ReadSources(DocumentView view, Span sentence, int depth)
    {
        var found = new List<ImmutableArray<string>>();
        string text = view.Text;
        Span? resp = cues.First(CueKind.Responsibility, text, sentence);
        foreach (Span cue in cues.All(CueKind.Attribution, text, sentence))
        {
            // "claimed responsibility" is read as a responsibility claim, not also as a report.
            if (resp is Span r && r.Overlaps(cue)) continue;
            if (WordBefore(text, cue, sentence) is string determiner && Determiners.Contains(determiner)) continue;
            bool after = text.AsSpan(cue.Start, cue.Length).StartsWith("according", StringComparison.OrdinalIgnoreCase);
            if (_sources.Find(view, sentence, cue, after) is ClaimSource source) found.Add(source.Names);
            else if (!after && PronounBefore(text, cue, sentence) is string pronoun && Antecedent(view, sentence, cue, pronoun, depth) is { IsDefaultOrEmpty: false } names)
                found.Add(names);
        }
        return found;
    }

    private static string? WordBefore(string text, Span cue, Span sentence)
    {
        Span window = TextWindows.WordsBefore(text, cue.Start, 1, sentence);
        string word = text.Substring(window.Start, window.Length).Trim();
        return word.Length == 0 ? null : word;
    }

    // The pronoun subject right before a reporting verb, past adverbs and auxiliaries, or null.
    private static string? PronounBefore(string text, Span cue, Span sentence)
    {
        Span window = TextWindows.WordsBefore(text, cue.Start, 3, sentence);
        string[] words = text.Substring(window.Start, window.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = words.Length - 1; i >= 0; i--)
        {
            string w = words[i].Trim('"', '\u201C', '\u201D', ',');
            if (Pronouns.Contains(w)) return w;
            if (!Between.Contains(w)) return null;
        }
        return null;
    }

    // "they" stands for the actor the sentence already named ("rebels entered the city after they claimed to
    // have seized it"); otherwise a pronoun stands for the source named in the sentences just before.
    private ImmutableArray<string> Antecedent(DocumentView view, Span sentence, Span cue, string pronoun, int depth)
    {
        if (pronoun.Equals("they", StringComparison.OrdinalIgnoreCase)
            && view.Actors.FirstOrDefault(a => sentence.Contains(a.Span) && a.Span.End <= cue.Start) is ActorCandidate named)
            return [.. named.Actor.AllNames];
        if (depth >= MaxPronounSteps) return [];
        int index = IndexOf(view, sentence);
        for (int i = index - 1; i >= 0 && i >= index - MaxPronounSteps; i--)
        {
            IReadOnlyList<ImmutableArray<string>> earlier = Sources(view, view.Sentences[i], depth + 1);
            if (earlier.Count > 0) return earlier[^1];
        }
        return [];
    }

    // A sentence inside a quotation takes the source the quotation is attributed to where it closes; other
    // sentences take the source of the next sentence ("... soldiers were killed. The army said in a statement ...")
    // or of the previous one in the paragraph.
    private IReadOnlyList<ImmutableArray<string>> Borrowed(DocumentView view, Span sentence)
    {
        int index = IndexOf(view, sentence);
        if (index < 0) return [];
        string text = view.Text;
        int first = sentence.Start;
        while (first < sentence.End && char.IsWhiteSpace(text[first])) first++;
        foreach (Span run in view.QuoteRuns)
        {
            if (run.Start > first || run.End <= first) continue;
            int closing = view.Sentences.IndexOf(view.Sentences.FirstOrDefault(s => s.Start < run.End && run.End <= s.End));
            if (QuoteRuns.IsClosed(text, run) && closing >= index && Sources(view, view.Sentences[closing], 0) is { Count: > 0 } closer) return closer;
            // A quotation never attributed where it closes ("It said: \"...") is vouched for by the source named just before it opens.
            int opening = view.Sentences.IndexOf(view.Sentences.FirstOrDefault(s => s.Start <= run.Start && run.Start < s.End));
            return opening > 0 ? Sources(view, view.Sentences[opening - 1], 0) : [];
        }
        if (index + 1 < view.Sentences.Length && Sources(view, view.Sentences[index + 1], 0) is { Count: > 0 } next)
            return next;
        if (index > 0 && view.ParagraphOf(sentence).Contains(view.Sentences[index - 1])
            && Sources(view, view.Sentences[index - 1], 0) is { Count: > 0 } previous)
            return previous;
        return [];
    }

    private static int IndexOf(DocumentView view, Span sentence) => view.Sentences.IndexOf(sentence);

    // Without a source phrase, the actor right before or after the cue ("the army said", "claimed by JNIM").
    private static ImmutableArray<string> NearestActor(DocumentView view, Span sentence, Span cue)
    {
        ActorCandidate? best = null;
        int bestDistance = 40;
        foreach (ActorCandidate a in view.Within(view.Actors, sentence))
        {
            int d = TextWindows.Distance(a.Span, cue);
            if (d < bestDistance) (best, bestDistance) = (a, d);
        }
        return best is null ? [] : [.. best.Actor.AllNames];
    }
}
