using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Syntax.Parsing;

namespace Sitrep.Events.Extraction;

/// <summary>
/// The dependency parse of a document (the deps layer) as the extractor questions it: which token
/// a span ends in, its head and relation, and its dependents. Empty when the parser did not run,
/// and then every question answers "unknown" (-1, null, no children).
/// </summary>
internal sealed class SyntaxTree
{
    private static readonly ImmutableHashSet<string> Modals =
        ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "could", "would", "might", "may", "will", "shall", "should", "can", "'ll", "must");

    // Climbing past these relations leaves the clause: a relative clause, reported speech, an adverbial clause or an aside states its own fact.
    private static readonly ImmutableHashSet<string> ClauseEdges =
        ImmutableHashSet.Create(StringComparer.Ordinal, "acl:relcl", "acl", "ccomp", "advcl", "parataxis", "root");

    private readonly ImmutableArray<Dependency> _deps;
    private readonly string _text;
    private readonly List<int>[] _children;

    public SyntaxTree(string text, ImmutableArray<Dependency> deps)
    {
        _text = text;
        _deps = deps.IsDefault ? [] : deps;
        _children = new List<int>[_deps.Length];
        for (int i = 0; i < _deps.Length; i++) _children[i] = [];
        for (int i = 0; i < _deps.Length; i++)
        {
            int h = _deps[i].Head;
            if (h >= 0 && h < _deps.Length) _children[h].Add(i);
        }
    }

    public static SyntaxTree Empty { get; } = new("", []);

    public bool IsEmpty => _deps.IsEmpty;

    public Span SpanOf(int token) => _deps[token].Span;

    public string Relation(int token) => _deps[token].Relation;

    public string WordOf(int token) => _text.Substring(_deps[token].Span.Start, _deps[token].Span.Length);

    public int Head(int token) => token >= 0 && token < _deps.Length ? _deps[token].Head : -1;

    public IReadOnlyList<int> Children(int token) => token >= 0 && token < _deps.Length ? _children[token] : [];

    /// <summary>The last token inside <paramref name="span"/> (the head word of most English phrases), or -1.</summary>
    public int LastTokenIn(Span span)
    {
        int lo = 0, hi = _deps.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (_deps[mid].Span.Start < span.End) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found >= 0 && span.Overlaps(_deps[found].Span) ? found : -1;
    }

    /// <summary>
    /// True when the word or a word it depends on inside the same clause carries a modal auxiliary
    /// ("militants could attack", "the focus might shift to less fighting"): the event is possible, not reported.
    /// </summary>
    public bool UnderModal(string text, int token, int maxSteps = 3)
    {
        for (int step = 0, t = token; t >= 0 && step <= maxSteps; step++)
        {
            foreach (int c in _children[t])
            {
                if (Relation(c) == "aux" && Modals.Contains(_deps[c].Span.TextOf(text))) return true;
            }
            if (ClauseEdges.Contains(Relation(t)) && !(Relation(t) == "advcl" && !HasSubject(t))) return false;
            t = Head(t);
        }
        return false;
    }

    /// <summary>
    /// The past perfect verb a participle without its own subject hangs on ("it had brought the regions back under
    /// control, pushing out militants and killing their commanders": "brought" for "killing"), or -1. Such a
    /// participle tells what had happened before the news, as its verb does.
    /// </summary>
    public int PastPerfectOfParticiple(string text, int token, int maxSteps = 3)
    {
        if (token < 0 || !WordOf(token).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return -1;
        int t = token;
        for (int step = 0; step < maxSteps && Relation(t) is "advcl" or "conj" or "xcomp" && !HasSubject(t); step++)
        {
            t = Head(t);
            if (t < 0) return -1;
            if (_children[t].Any(c => Relation(c) == "aux" && _deps[c].Span.TextOf(text).Equals("had", StringComparison.OrdinalIgnoreCase))) return t;
        }
        return -1;
    }

    /// <summary>
    /// The verb whose clausal complement holds the word ("police said gunmen had killed five": "said" for
    /// "killed"), climbing within the clause and across coordinated clauses; -1 when the clause is not a
    /// complement (a relative clause, an adverbial clause, the main clause) or the parse is missing.
    /// </summary>
    public int ComplementGovernor(int token, int maxSteps = 6)
    {
        for (int step = 0, t = token; t >= 0 && t < _deps.Length && step <= maxSteps; step++)
        {
            string rel = Relation(t);
            if (rel == "ccomp") return Head(t);
            // "said on Tuesday that its air force had struck": with a phrase between verb and clause the parser often
            // hangs the complement as an adverbial clause; one opened by "that" is a complement all the same.
            if (rel == "advcl" && MarkedByThat(t)) return Head(t);
            if (ClauseEdges.Contains(rel)) return -1;
            t = Head(t);
        }
        return -1;
    }

    private bool MarkedByThat(int token) =>
        _children[token].Any(c => Relation(c) == "mark" && WordOf(c).Equals("that", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The asides hung on the sentence's main clause after the token, when the token is in that
    /// clause ("Gunmen had killed five villagers, police said": said); none when the token sits
    /// in a relative, adverbial or complement clause, which states its own fact.
    /// </summary>
    public IEnumerable<int> AsidesAfter(int token, int maxSteps = 6)
    {
        for (int step = 0, t = token; t >= 0 && t < _deps.Length && step <= maxSteps; step++)
        {
            string rel = Relation(t);
            if (rel == "root") return _children[t].Where(c => c > token && Relation(c) == "parataxis");
            if (ClauseEdges.Contains(rel)) return [];
            t = Head(t);
        }
        return [];
    }

    // A clause without its own subject ("from fighting insurgents") shares the mood of the verb it hangs on.
    private bool HasSubject(int token) => _children[token].Any(c => Relation(c).StartsWith("nsubj", StringComparison.Ordinal));

    /// <summary>
    /// True when the word sits in a relative clause opened by a relative pronoun ("a man who tried to attack them",
    /// "the convoy that was ambushed"), however deep in it; false in the main clause or when the parse is missing.
    /// A clause the parse calls relative without such a pronoun is left out: on a dateline or a headline-like lead
    /// ("N'DJAMENA, Chad (AP) — Security forces opened fire") that reading is most often a parse error.
    /// </summary>
    public bool InRelativeClause(int token, int maxSteps = 8)
    {
        for (int step = 0, t = token; t >= 0 && t < _deps.Length && step <= maxSteps; step++)
        {
            string rel = Relation(t);
            if (rel == "acl:relcl") return _children[t].Any(c => c < t && RelativePronouns.Contains(WordOf(c)));
            if (rel == "root") return false;
            t = Head(t);
        }
        return false;
    }

    private static readonly ImmutableHashSet<string> RelativePronouns =
        ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "who", "whom", "which", "that");

    /// <summary>
    /// True when the word only modifies a noun after it ("kidnapping kingpin", "kidnapped victims",
    /// "assault rifles"): it describes a person or thing, it does not report an incident.
    /// </summary>
    public bool ModifiesNounAfter(int token)
    {
        if (token < 0) return false;
        string rel = Relation(token);
        int head = Head(token);
        // "Houthi forces shelled government positions": right after a word the parse itself reads as a subject,
        // the participle is the clause's verb that the tagger took for an adjective.
        if (token > 0 && Relation(token - 1).StartsWith("nsubj", StringComparison.Ordinal)) return false;
        return head > token && rel is "amod" or "compound";
    }
}
