namespace Sitrep.NerTrain;

/// <summary>
/// Word classes by the exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998):
/// each word moves to the class that most raises the likelihood of a class bigram model of the
/// text, until few words move. It optimises the same objective as Brown clustering, at a cost
/// that lets one run per granularity instead of one hierarchy. Deterministic: words start in
/// classes by frequency rank and are visited in that order, so no seed is needed.
/// </summary>
internal sealed class ExchangeClustering
{
    // x ln x for the counts most classes hold, computed once.
    private static readonly double[] Small = BuildSmall(1 << 20);

    private readonly int _classes;
    private readonly int[] _classOf;
    private readonly long[] _pair;      // _pair[c * C + d]: class c followed by class d
    private readonly long[] _left;      // times class c is the left word of a bigram
    private readonly long[] _right;
    private readonly (int Word, int Count)[][] _after;
    private readonly (int Word, int Count)[][] _before;
    private readonly int[] _self;
    private readonly long[] _leftOf;
    private readonly long[] _rightOf;

    private ExchangeClustering(int words, int classes, Dictionary<long, int> bigrams)
    {
        _classes = classes;
        _classOf = new int[words];
        for (int w = 0; w < words; w++) _classOf[w] = w % classes;
        _pair = new long[classes * classes];
        _left = new long[classes];
        _right = new long[classes];
        _self = new int[words];
        _leftOf = new long[words];
        _rightOf = new long[words];
        var after = new List<(int, int)>[words];
        var before = new List<(int, int)>[words];
        for (int w = 0; w < words; w++) { after[w] = []; before[w] = []; }
        foreach ((long key, int count) in bigrams.OrderBy(kv => kv.Key))
        {
            int u = (int)(key >> 32), v = (int)(key & 0xffffffff);
            _leftOf[u] += count;
            _rightOf[v] += count;
            if (u == v) _self[u] = count;
            else { after[u].Add((v, count)); before[v].Add((u, count)); }
            _pair[_classOf[u] * classes + _classOf[v]] += count;
            _left[_classOf[u]] += count;
            _right[_classOf[v]] += count;
        }
        _after = [.. after.Select(l => l.ToArray())];
        _before = [.. before.Select(l => l.ToArray())];
    }

    /// <summary>
    /// The class of every word of <paramref name="vocabulary"/> (most frequent first) in a text given
    /// as word ids per sentence (−1 for words outside the vocabulary, which count as one word).
    /// </summary>
    public static int[] Cluster(int vocabulary, IEnumerable<int[]> sentences, int classes, int maxIterations, Action<string>? log)
    {
        // Word ids: 0 the sentence boundary, 1 the unknown word, 2.. the vocabulary.
        var bigrams = new Dictionary<long, int>();
        foreach (int[] sentence in sentences)
        {
            int previous = 0;
            foreach (int word in sentence.Append(-2))
            {
                int id = word + 2;
                long key = ((long)previous << 32) | (uint)id;
                bigrams[key] = bigrams.GetValueOrDefault(key) + 1;
                previous = id;
            }
        }
        var state = new ExchangeClustering(vocabulary + 2, classes, bigrams);
        for (int iteration = 1; iteration <= maxIterations; iteration++)
        {
            int moved = 0;
            for (int w = 0; w < vocabulary + 2; w++) moved += state.Move(w) ? 1 : 0;
            log?.Invoke($"  {classes} classes, iteration {iteration}: {moved} words moved, objective {state.Objective():F0}");
            if (moved < vocabulary / 1000) break;
        }
        return state._classOf[2..];
    }

    private double Objective()
    {
        double sum = 0;
        foreach (long n in _pair) sum += F(n);
        foreach (long n in _left) sum -= F(n);
        foreach (long n in _right) sum -= F(n);
        return sum;
    }

    // Moves word w to its best class; true when the class changed.
    private bool Move(int w)
    {
        int c0 = _classOf[w];
        var r = new Dictionary<int, long>();
        var l = new Dictionary<int, long>();
        foreach ((int v, int n) in _after[w]) r[_classOf[v]] = r.GetValueOrDefault(_classOf[v]) + n;
        foreach ((int u, int n) in _before[w]) l[_classOf[u]] = l.GetValueOrDefault(_classOf[u]) + n;
        Shift(w, c0, r, l, -1);
        (int Class, long Count)[] rs = [.. r.Select(kv => (kv.Key, kv.Value))];
        (int Class, long Count)[] ls = [.. l.Select(kv => (kv.Key, kv.Value))];
        int best = c0;
        double bestGain = Gain(w, c0, rs, ls, r, l);
        for (int b = 0; b < _classes; b++)
        {
            if (b == c0) continue;
            double gain = Gain(w, b, rs, ls, r, l);
            if (gain > bestGain + 1e-9) { best = b; bestGain = gain; }
        }
        Shift(w, best, r, l, +1);
        _classOf[w] = best;
        return best != c0;
    }

    private double Gain(int w, int b, (int Class, long Count)[] rs, (int Class, long Count)[] ls, Dictionary<int, long> r, Dictionary<int, long> l)
    {
        double gain = 0;
        int row = b * _classes;
        foreach ((int d, long n) in rs)
        {
            if (d == b) continue;
            long old = _pair[row + d];
            gain += F(old + n) - F(old);
        }
        foreach ((int c, long n) in ls)
        {
            if (c == b) continue;
            long old = _pair[c * _classes + b];
            gain += F(old + n) - F(old);
        }
        long diagonal = _pair[row + b];
        gain += F(diagonal + r.GetValueOrDefault(b) + l.GetValueOrDefault(b) + _self[w]) - F(diagonal);
        gain -= F(_left[b] + _leftOf[w]) - F(_left[b]);
        gain -= F(_right[b] + _rightOf[w]) - F(_right[b]);
        return gain;
    }

    // Adds (sign +1) or removes (−1) word w's bigrams to or from class c.
    private void Shift(int w, int c, Dictionary<int, long> r, Dictionary<int, long> l, int sign)
    {
        int row = c * _classes;
        foreach ((int d, long n) in r) _pair[row + d] += sign * n;
        foreach ((int e, long n) in l) _pair[e * _classes + c] += sign * n;
        _pair[row + c] += sign * _self[w];
        _left[c] += sign * _leftOf[w];
        _right[c] += sign * _rightOf[w];
    }

    private static double F(long n) => n < Small.Length ? Small[n] : n * Math.Log(n);

    private static double[] BuildSmall(int n)
    {
        var table = new double[n];
        for (int i = 1; i < n; i++) table[i] = i * Math.Log(i);
        return table;
    }
}
