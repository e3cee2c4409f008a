namespace Sitrep.Syntax.Lemmas;

/// <summary>Turns a form into its lemma by cutting <see cref="Strip"/> characters from the end and appending <see cref="Append"/> ("studies" → cut 3, add "y").</summary>
public readonly record struct LemmaRule(int Strip, string Append)
{
    public static LemmaRule Identity { get; } = new(0, "");

    public static LemmaRule Between(string form, string lemma)
    {
        int common = 0;
        while (common < form.Length && common < lemma.Length && form[common] == lemma[common]) common++;
        return new LemmaRule(form.Length - common, lemma[common..]);
    }

    public bool AppliesTo(ReadOnlySpan<char> form) => Strip < form.Length;

    public string Apply(ReadOnlySpan<char> form) => string.Concat(form[..(form.Length - Strip)], Append);
}
