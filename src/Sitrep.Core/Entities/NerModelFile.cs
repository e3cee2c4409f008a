using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Sitrep.Errors;

namespace Sitrep.Entities;

/// <summary>
/// The model file: '#' comments, a "version" line (absent in version 1), a "labels" line, "lex"
/// and "case" lines (word, TAB, class), "clu" lines (word, TAB, three class ids; optional), an optional "beam" line (the decoder's beam width), then one line per feature. Version 2 (written): hex key,
/// TAB, the row's scale, TAB, space-separated "labelIndex:q" pairs, q a 16-bit integer and the
/// weight q times the scale, exactly as the tagger holds it. Version 1 (still read): hex key, TAB,
/// "labelIndex:weight" pairs of floats, quantised when loaded.
/// </summary>
internal static class NerModelFile
{
    public const int Version = 2;

    public static void Save(NerModel model, string path)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine("# Sitrep NER model: averaged perceptron, BILOU labels (see scripts/ner/README.md).");
        writer.WriteLine("version\t" + Version.ToString(CultureInfo.InvariantCulture));
        writer.WriteLine("labels\t" + string.Join('\t', model.Labels));
        if (model.BeamWidth > 1) writer.WriteLine("beam\t" + model.BeamWidth.ToString(CultureInfo.InvariantCulture));
        foreach ((string word, string kind) in model.Lexicon.OrderBy(kv => kv.Key, StringComparer.Ordinal)) writer.WriteLine($"lex\t{word}\t{kind}");
        foreach ((string word, string kind) in model.Casing.OrderBy(kv => kv.Key, StringComparer.Ordinal)) writer.WriteLine($"case\t{word}\t{kind}");
        foreach ((string word, NerWordClusters c) in model.Clusters.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"clu\t{word}\t{c.Coarse} {c.Middle} {c.Fine}"));
        foreach (NerWeightRow row in model.Table.Rows().OrderBy(r => r.Key))
        {
            IEnumerable<string> pairs = row.Weights.Select((q, k) => (q, k)).Where(p => p.q != 0).Select(p => $"{p.k}:{p.q.ToString(CultureInfo.InvariantCulture)}");
            writer.WriteLine($"{row.Key.ToString("x", CultureInfo.InvariantCulture)}\t{row.Scale.ToString("R", CultureInfo.InvariantCulture)}\t{string.Join(' ', pairs)}");
        }
    }

    public static NerModelLoadResult Load(string path)
    {
        if (!File.Exists(path)) return new NerModelLoadResult(null, new Problem(ErrorCodes.DataFileMissing, path, "model file not found"));
        int version = 1;
        ImmutableArray<string> labels = [];
        var floats = new Dictionary<ulong, float[]>();
        var rows = new List<NerWeightRow>();
        var keys = new HashSet<ulong>();
        var lexicon = new Dictionary<string, string>(StringComparer.Ordinal);
        var casing = new Dictionary<string, string>(StringComparer.Ordinal);
        var clusters = new Dictionary<string, NerWordClusters>(StringComparer.Ordinal);
        int line = 0, beam = 1;
        foreach (string text in File.ReadLines(path))
        {
            line++;
            if (text.Length == 0 || text.StartsWith('#')) continue;
            string[] cells = text.Split('\t');
            if (cells[0] == "version")
            {
                if (!labels.IsEmpty) return Bad(path, line, "the version line must come before the labels line");
                if (cells.Length != 2 || !int.TryParse(cells[1], NumberStyles.None, CultureInfo.InvariantCulture, out version) || version is < 1 or > Version)
                    return Bad(path, line, $"unsupported model version '{string.Join(' ', cells.Skip(1))}' (this build reads 1 to {Version})");
                continue;
            }
            if (cells[0] == "labels")
            {
                labels = [.. cells.Skip(1)];
                if (labels.IsEmpty || labels[0] != "O") return Bad(path, line, "the labels line must start with O");
                continue;
            }
            if (labels.IsEmpty) return Bad(path, line, "feature line before the labels line");
            if (cells[0] == "lex")
            {
                if (cells.Length != 3 || !lexicon.TryAdd(cells[1], cells[2])) return Bad(path, line, "expected lex, a word and its class, each word once");
                continue;
            }
            if (cells[0] == "case")
            {
                if (cells.Length != 3 || !casing.TryAdd(cells[1], cells[2])) return Bad(path, line, "expected case, a word and its casing class, each word once");
                continue;
            }
            if (cells[0] == "beam")
            {
                if (cells.Length != 2 || !int.TryParse(cells[1], NumberStyles.None, CultureInfo.InvariantCulture, out beam) || beam is < 1 or > 64)
                    return Bad(path, line, "expected beam and the decoder's beam width (1 to 64)");
                continue;
            }
            if (cells[0] == "clu")
            {
                if (cells.Length != 3 || ReadClusters(cells[2]) is not NerWordClusters c || !clusters.TryAdd(cells[1], c))
                    return Bad(path, line, "expected clu, a word and its three class ids (space-separated, non-negative), each word once");
                continue;
            }
            string? error = version == 1 ? ReadFloats(cells, labels.Length, floats) : ReadRow(cells, labels.Length, rows, keys);
            if (error is not null) return Bad(path, line, error);
        }
        if (labels.IsEmpty) return Bad(path, line, "no labels line");
        NerModel model = version == 1
            ? new NerModel(labels, floats, lexicon, casing, clusters)
            : new NerModel(labels, new NerWeightTable(labels.Length, rows), lexicon, casing, clusters);
        return new NerModelLoadResult(beam > 1 ? model.WithBeamWidth(beam) : model, null);
    }

    private static NerWordClusters? ReadClusters(string cell)
    {
        string[] ids = cell.Split(' ');
        var parsed = new int[3];
        if (ids.Length != 3) return null;
        for (int i = 0; i < 3; i++)
        {
            if (!int.TryParse(ids[i], NumberStyles.None, CultureInfo.InvariantCulture, out parsed[i])) return null;
        }
        return new NerWordClusters(parsed[0], parsed[1], parsed[2]);
    }

    // Version 1: "key TAB k:weight ...".
    private static string? ReadFloats(string[] cells, int labels, Dictionary<ulong, float[]> into)
    {
        if (cells.Length != 2 || !ulong.TryParse(cells[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out ulong key))
            return "expected a hex feature key, a TAB and label:weight pairs";
        var w = new float[labels];
        foreach (string pair in cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int colon = pair.IndexOf(':');
            if (colon < 0 || !int.TryParse(pair.AsSpan(0, colon), CultureInfo.InvariantCulture, out int k) || k < 0 || k >= labels
                || !float.TryParse(pair.AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out float v) || !float.IsFinite(v))
                return $"bad weight '{pair}'";
            w[k] = v;
        }
        if (into.ContainsKey(key)) return $"feature {cells[0]} listed twice";
        into[key] = w;
        return null;
    }

    // Version 2: "key TAB scale TAB k:q ...".
    private static string? ReadRow(string[] cells, int labels, List<NerWeightRow> into, HashSet<ulong> keys)
    {
        if (cells.Length != 3 || !ulong.TryParse(cells[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out ulong key))
            return "expected a hex feature key, a TAB, the row's scale, a TAB and label:q pairs";
        if (!float.TryParse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture, out float scale) || !float.IsFinite(scale) || scale <= 0)
            return $"bad scale '{cells[1]}' (a positive number)";
        var q = new short[labels];
        bool any = false;
        foreach (string pair in cells[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int colon = pair.IndexOf(':');
            if (colon < 0 || !int.TryParse(pair.AsSpan(0, colon), CultureInfo.InvariantCulture, out int k) || k < 0 || k >= labels
                || !short.TryParse(pair.AsSpan(colon + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out short v) || v == short.MinValue)
                return $"bad weight '{pair}' (label index:16-bit integer)";
            if (q[k] != 0) return $"label {k} given twice";
            q[k] = v;
            any |= v != 0;
        }
        if (!any) return "a feature without weights";
        if (!keys.Add(key)) return $"feature {cells[0]} listed twice";
        into.Add(new NerWeightRow(key, scale, ImmutableCollectionsMarshal.AsImmutableArray(q)));
        return null;
    }

    private static NerModelLoadResult Bad(string path, int line, string message) =>
        new(null, new Problem(ErrorCodes.MalformedDataFile, path, message) { Line = line });
}
