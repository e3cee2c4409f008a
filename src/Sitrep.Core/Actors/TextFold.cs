namespace Sitrep.Actors;

/// <summary>
/// Folds text to the form actor names are compared in: accents removed (Burkinabé = Burkinabe,
/// Chérizier = Cherizier) and, for keys, lower case. A table rather than Unicode normalisation,
/// because the build runs with invariant globalization and this sits on the hot path.
/// </summary>
internal static class TextFold
{
    private const int TableStart = 0xC0;

    // U+00C0..U+024F folded to their base letter where they have one (generated with Python's unicodedata NFKD).
    private const string Table = "AAAAAAACEEEEIIIIDNOOOOO\u00d7OUUUUYTsaaaaaaaceeeeiiiidnooooo\u00f7ouuuuytyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKk\u0138LlLlLlLlLlNnNnNn\u0149\u014a\u014bOoOoOoOoRrRrRrSsSsSsSsTtTt\u0166\u0167UuUuUuUuUuUuWwYyYZzZzZzs\u0180\u0181\u0182\u0183\u0184\u0185\u0186\u0187\u0188\u0189\u018a\u018b\u018c\u018d\u018e\u018f\u0190\u0191\u0192\u0193\u0194\u0195\u0196\u0197\u0198\u0199\u019a\u019b\u019c\u019d\u019e\u019fOo\u01a2\u01a3\u01a4\u01a5\u01a6\u01a7\u01a8\u01a9\u01aa\u01ab\u01ac\u01ad\u01aeUu\u01b1\u01b2\u01b3\u01b4\u01b5\u01b6\u01b7\u01b8\u01b9\u01ba\u01bb\u01bc\u01bd\u01be\u01bf\u01c0\u01c1\u01c2\u01c3DDdLLlNNnAaIiOoUuUuUuUuUu\u01ddAaAa\u01e2\u01e3\u01e4\u01e5GgKkOoOo\u01ee\u01efjDDdGg\u01f6\u01f7NnAa\u01fc\u01fd\u01fe\u01ffAaAaEeEeIiIiOoOoRrRrUuUuSsTt\u021c\u021dHh\u0220\u0221\u0222\u0223\u0224\u0225AaEeOoOoOoOoYy\u0234\u0235\u0236\u0237\u0238\u0239\u023a\u023b\u023c\u023d\u023e\u023f\u0240\u0241\u0242\u0243\u0244\u0245\u0246\u0247\u0248\u0249\u024a\u024b\u024c\u024d\u024e\u024f";

    public static char Fold(char c)
    {
        if (c < TableStart) return c;
        int i = c - TableStart;
        return i < Table.Length ? Table[i] : c;
    }

    public static char FoldLower(char c) => char.ToLowerInvariant(Fold(c));

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02bc' or '`' or '\u2018';
}
