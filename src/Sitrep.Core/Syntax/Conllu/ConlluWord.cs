namespace Sitrep.Syntax.Conllu;

/// <summary>One syntactic word of a CoNLL-U sentence (multiword token ranges and empty nodes are kept apart).</summary>
public sealed record ConlluWord(string Form, string Lemma, string Upos, string Xpos, int Head, string Relation)
{
    /// <summary>False when the MISC column says SpaceAfter=No for the surface token this word ends.</summary>
    public bool SpaceAfter { get; init; } = true;

    /// <summary>The 0-based index of the surface token this word belongs to.</summary>
    public int TokenIndex { get; init; }
}

/// <summary>A surface token: one word, or a multiword token such as "don't" covering several words.</summary>
public sealed record ConlluToken(string Form, int FirstWord, int LastWord, bool SpaceAfter);
