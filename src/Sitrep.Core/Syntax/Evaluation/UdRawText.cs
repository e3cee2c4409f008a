using System.Collections.Immutable;
using System.Text;
using Sitrep.Documents;
using Sitrep.Syntax.Conllu;

namespace Sitrep.Syntax.Evaluation;

/// <summary>
/// The raw text of a treebank rebuilt from its <c># text</c> comments (sentences joined by a space,
/// paragraphs and documents by a blank line), with the character span of every gold word and
/// sentence, so a tokenizer and splitter run on the text can be scored by offsets.
/// </summary>
public sealed record UdRawText(string Text, ImmutableArray<Span> Words, ImmutableArray<Span> Sentences)
{
    public static UdRawText Build(IReadOnlyList<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var text = new StringBuilder();
        var words = ImmutableArray.CreateBuilder<Span>();
        var spans = ImmutableArray.CreateBuilder<Span>();
        foreach (ConlluSentence sentence in sentences)
        {
            if (text.Length > 0) text.Append(sentence.StartsParagraph ? "\n\n" : " ");
            int offset = text.Length;
            string raw = sentence.RawText();
            text.Append(raw);
            int position = 0;
            foreach (ConlluToken token in sentence.Tokens)
            {
                while (position < raw.Length && char.IsWhiteSpace(raw[position])) position++;
                int found = raw.IndexOf(token.Form, position, StringComparison.Ordinal);
                int start = found >= 0 && found - position < 8 ? found : position;
                int end = Math.Min(raw.Length, start + token.Form.Length);
                AddWords(sentence, token, offset + start, offset + end, words);
                position = end;
            }
            spans.Add(new Span(offset, offset + raw.Length));
        }
        return new UdRawText(text.ToString(), words.ToImmutable(), spans.ToImmutable());
    }

    /// <summary>Words of a multiword token get consecutive pieces when they spell the token ("do" + "n't"), else the whole token.</summary>
    private static void AddWords(ConlluSentence sentence, ConlluToken token, int start, int end, ImmutableArray<Span>.Builder words)
    {
        if (token.FirstWord == token.LastWord)
        {
            words.Add(new Span(start, end));
            return;
        }
        var forms = sentence.Words.Skip(token.FirstWord).Take(token.LastWord - token.FirstWord + 1).Select(w => w.Form).ToArray();
        if (string.Equals(string.Concat(forms), token.Form, StringComparison.OrdinalIgnoreCase))
        {
            int at = start;
            foreach (string form in forms)
            {
                words.Add(new Span(at, at + form.Length));
                at += form.Length;
            }
            return;
        }
        foreach (string _ in forms) words.Add(new Span(start, end));
    }
}
