using Sitrep.Syntax.Models;

namespace Sitrep.Syntax.Parsing;

/// <summary>
/// Feature templates of the transition and label classifiers: words and tags of the top of the
/// stack and buffer, their left- and rightmost children with labels, valency and distance.
/// </summary>
internal readonly ref struct ParserFeatures
{
    public const int MaxTransitionFeatures = 56;
    public const int MaxLabelFeatures = 24;
    private const int NoTag = -3, RootTag = -2;

    private readonly ReadOnlySpan<int> _tags;
    private readonly ParserState _state;

    public ParserFeatures(ReadOnlySpan<int> tags, ParserState state)
    {
        _tags = tags;
        _state = state;
    }

    private int Tag(int node) => node == ParserState.None ? NoTag : node == 0 ? RootTag : _tags[node - 1];

    private int Label(int node) => node == ParserState.None ? NoTag : _state.Labels[node];

    private ulong Word(ulong hash, int node) => node == ParserState.None ? FeatureHash.Mix(hash, -11) : FeatureHash.MixWord(hash, _state.Words[node]);

    private static ulong T(int template) => FeatureHash.Start(template);

    /// <summary>A template's hash with its first small value mixed in, from a table: the same value as M(T(template), value).</summary>
    private static ulong S(int template, int value) => TemplateStarts.Mix(template, value);

    private static ulong M(ulong hash, int value) => FeatureHash.Mix(hash, value);

    private static int Distance(int a, int b)
    {
        if (a == ParserState.None || b == ParserState.None) return -1;
        int d = Math.Abs(a - b);
        return d < 5 ? d : d < 10 ? 5 : 6;
    }

    public int Transition(Span<ulong> f)
    {
        ParserState s = _state;
        int s0 = s.Stack(0), s1 = s.Stack(1), s2 = s.Stack(2), b0 = s.BufferAt(0), b1 = s.BufferAt(1), b2 = s.BufferAt(2);
        int s0t = Tag(s0), s1t = Tag(s1), s2t = Tag(s2), b0t = Tag(b0), b1t = Tag(b1), b2t = Tag(b2);
        int s0l = s0 > 0 ? s.LeftMost[s0] : -1, s0r = s0 > 0 ? s.RightMost[s0] : -1, s0l2 = s0 > 0 ? s.LeftSecond[s0] : -1, s0r2 = s0 > 0 ? s.RightSecond[s0] : -1;
        int s1l = s1 > 0 ? s.LeftMost[s1] : -1, s1r = s1 > 0 ? s.RightMost[s1] : -1;
        int b0l = b0 > 0 ? s.LeftMost[b0] : -1, b0l2 = b0 > 0 ? s.LeftSecond[b0] : -1;
        int n = 0;
        f[n++] = T(100);
        f[n++] = Word(T(101), s0);
        f[n++] = S(102, s0t);
        f[n++] = Word(S(103, s0t), s0);
        f[n++] = Word(T(104), s1);
        f[n++] = S(105, s1t);
        f[n++] = Word(S(106, s1t), s1);
        f[n++] = Word(T(107), b0);
        f[n++] = S(108, b0t);
        f[n++] = Word(S(109, b0t), b0);
        f[n++] = Word(T(110), b1);
        f[n++] = S(111, b1t);
        f[n++] = Word(S(112, b1t), b1);
        f[n++] = S(113, b2t);
        f[n++] = S(114, s2t);
        f[n++] = Word(Word(T(115), s0), b0);
        f[n++] = M(S(116, s0t), b0t);
        f[n++] = M(Word(S(117, s0t), s0), b0t);
        f[n++] = M(Word(S(118, b0t), b0), s0t);
        f[n++] = Word(Word(M(S(119, s0t), b0t), s0), b0);
        f[n++] = M(S(120, s1t), s0t);
        f[n++] = Word(Word(T(121), s1), s0);
        f[n++] = M(M(S(122, s1t), s0t), b0t);
        f[n++] = M(M(S(123, s0t), b0t), b1t);
        f[n++] = M(M(S(124, b0t), b1t), b2t);
        f[n++] = M(M(S(125, s2t), s1t), s0t);
        f[n++] = M(S(126, Tag(s0l)), Label(s0l));
        f[n++] = M(S(127, Tag(s0r)), Label(s0r));
        f[n++] = M(S(128, Tag(s1r)), Label(s1r));
        f[n++] = M(S(129, Tag(b0l)), Label(b0l));
        f[n++] = M(M(S(130, s0t), Label(s0l)), Label(s0r));
        f[n++] = M(M(S(131, s1t), Label(s1l)), Label(s1r));
        f[n++] = M(M(S(132, b0t), Label(b0l)), Label(b0l2));
        f[n++] = M(M(S(133, s0t), Label(s0l)), Label(s0l2));
        f[n++] = M(M(S(134, s0t), Label(s0r)), Label(s0r2));
        f[n++] = M(M(S(135, s0t), b0t), Tag(s0l));
        f[n++] = M(M(S(136, s0t), b0t), Tag(s0r));
        f[n++] = M(M(S(137, s0t), b0t), Tag(b0l));
        f[n++] = M(M(S(138, s0t), s1t), Tag(s1r));
        f[n++] = M(M(S(139, s0t), b0t), Distance(s0, b0));
        f[n++] = Word(S(140, Distance(s0, b0)), s0);
        f[n++] = Word(S(141, Distance(s0, b0)), b0);
        f[n++] = M(M(S(142, s1t), s0t), Distance(s1, s0));
        f[n++] = M(S(143, s0t), s0 > 0 ? Math.Min(s.LeftCount[s0], 4) * 8 + Math.Min(s.RightCount[s0], 4) : -1);
        f[n++] = M(S(144, b0t), b0 > 0 ? Math.Min(s.LeftCount[b0], 4) : -1);
        f[n++] = M(M(S(145, s1t), s0t), b1t);
        f[n++] = M(S(146, s0t), s.StackSize > 3 ? 3 : s.StackSize);
        f[n++] = Word(S(147, b0t), s0);
        f[n++] = Word(Word(T(148), b0), b1);
        f[n++] = Word(Word(T(149), s1), b0);
        f[n++] = Word(M(S(150, s0t), b0t), b1);
        f[n++] = Word(S(151, s0t), s0r);
        f[n++] = Word(S(152, b0t), b0l);
        f[n++] = Word(M(S(153, s0t), b0t), s0l);
        return n;
    }

    /// <summary>Features for labelling the arc head → dependent once the dependent's subtree is complete.</summary>
    public int Label(int head, int dependent, Span<ulong> f)
    {
        ParserState s = _state;
        int ht = Tag(head), dt = Tag(dependent);
        int direction = head < dependent ? 1 : 0;
        int n = 0;
        f[n++] = S(200, direction);
        f[n++] = Word(S(201, direction), dependent);
        f[n++] = M(S(202, direction), dt);
        f[n++] = Word(M(S(203, direction), dt), dependent);
        f[n++] = Word(S(204, direction), head);
        f[n++] = M(S(205, direction), ht);
        f[n++] = M(M(S(206, direction), ht), dt);
        f[n++] = Word(M(M(S(207, direction), ht), dt), dependent);
        f[n++] = Word(M(M(S(208, direction), ht), dt), head);
        f[n++] = Word(Word(S(209, direction), head), dependent);
        f[n++] = M(M(M(S(210, direction), ht), dt), Distance(head, dependent));
        f[n++] = M(M(S(211, dt), Label(s.LeftMost[dependent])), Label(s.RightMost[dependent]));
        f[n++] = M(M(S(212, dt), Tag(s.LeftMost[dependent])), Tag(s.RightMost[dependent]));
        f[n++] = M(M(S(213, dt), Math.Min(s.LeftCount[dependent], 3)), Math.Min(s.RightCount[dependent], 3));
        f[n++] = M(M(M(S(214, direction), ht), dt), head > 0 ? Label(direction == 1 ? s.RightMost[head] : s.LeftMost[head]) : -1);
        f[n++] = M(M(S(215, dt), Tag(dependent > 1 ? dependent - 1 : -1)), Tag(dependent + 1 < s.Nodes ? dependent + 1 : -1));
        f[n++] = M(M(S(216, ht), dt), head == 0 ? 1 : 0);
        f[n++] = Word(M(S(217, direction), dt), dependent > 1 ? dependent - 1 : 0);
        f[n++] = M(M(S(218, dt), ht), Tag(head > 0 && head + 1 < s.Nodes ? head + 1 : -1));
        return n;
    }
}
