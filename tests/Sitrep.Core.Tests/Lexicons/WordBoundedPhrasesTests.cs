using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Events.Extraction;
using Sitrep.Lexicons;

namespace Sitrep.Tests.Lexicons;

public class WordBoundedPhrasesTests
{
    private static readonly string[] Phrases = ["attack", "attacked", "suicide attack", "car bomb", "bomb", "kill", "killed", "coup d'etat", "self-immolation", "shot dead"];

    // Fragments that probe the boundaries: case variants, the Kelvin sign that matches 'k' when
    // case is ignored, apostrophes, digits, hyphens, other-number and letter-like characters.
    private static readonly string[] Pieces =
    [
        "attack", "ATTACKED", "Attacks", "suicide", "  \n attack", "car", " bomb", "bombs", "kill", "\u212Aill", "killed",
        "coup d'etat", "self-immolation", "shot\tdead", "shot  dead", "un", "x", "7", "½", "Ⅻ", "é", "'", "’", "-", ".", ",", " ", "\n", "s",
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Match_RandomText_SameMatchesAsPattern(bool apostropheIsWord)
    {
        var phrases = new WordBoundedPhrases(Phrases, apostropheIsWord);
        var random = new Random(apostropheIsWord ? 11 : 7);
        for (int trial = 0; trial < 3000; trial++)
        {
            var sb = new StringBuilder();
            for (int i = random.Next(1, 25); i > 0; i--) sb.Append(Pieces[random.Next(Pieces.Length)]);
            string text = sb.ToString();
            int start = random.Next(text.Length + 1);
            int length = random.Next(text.Length - start + 1);
            Assert.Equal(Expected(phrases.Pattern, text, start, length), Actual(phrases, text, start, length));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void First_RandomText_SameMatchesAsPattern(bool apostropheIsWord)
    {
        var phrases = new WordBoundedPhrases(Phrases, apostropheIsWord);
        var random = new Random(apostropheIsWord ? 13 : 5);
        for (int trial = 0; trial < 3000; trial++)
        {
            string text = RandomText(random, Pieces);
            int start = random.Next(text.Length + 1);
            int length = random.Next(text.Length - start + 1);
            Assert.Equal(Expected(phrases.Pattern, text, start, length), Spans(phrases, text, start, length));
        }
    }

    // Phrase characters beyond ASCII and case pairs the engine sets apart from the invariant culture
    // (dotted and dotless i, the long s, final sigma, the micro sign), and phrases given in upper case.
    [Fact]
    public void First_NonAsciiPhrases_SameMatchesAsPattern()
    {
        string[] phrases = ["émeute", "straße", "σεισμός", "µg", "is", "IS it", "Kill", "ǅemal", "ﬁre"];
        string[] pieces = ["ÉMEUTE", "émeute", "STRASSE", "straße", "STRAẞE", "ΣΕΙΣΜΌΣ", "σεισμός", "σεισμóς", "μg", "µG", "ΜG", "is", "İs", "ıs", "ſ", "IS", " it", "\u212Aill", "kill", "Ǆemal", "ǆemal", "ǅemal", "fire", "ﬁre", " ", "\n", "x", "'"];
        var matcher = new WordBoundedPhrases(phrases);
        Assert.True(matcher.WalksTrie);
        var random = new Random(3);
        for (int trial = 0; trial < 3000; trial++)
        {
            string text = RandomText(random, pieces);
            Assert.Equal(Expected(matcher.Pattern, text, 0, text.Length), Spans(matcher, text, 0, text.Length));
        }
    }

    [Theory]
    [InlineData("double  space")]
    [InlineData("tab\tinside")]
    [InlineData(" leading")]
    public void First_PhrasesTheTrieCannotWalk_SameMatchesAsPattern(string odd)
    {
        var phrases = new WordBoundedPhrases(["attack", odd]);
        Assert.False(phrases.WalksTrie);
        string text = $"an attack, {odd} and {odd.ToUpperInvariant()}; double space, tab inside, leading";
        Assert.Equal(Expected(phrases.Pattern, text, 0, text.Length), Spans(phrases, text, 0, text.Length));
        Assert.NotEmpty(Spans(phrases, text, 0, text.Length));
    }

    [Fact]
    public void Match_WordInsideLongerWord_NoMatch()
    {
        var phrases = new WordBoundedPhrases(["attack"]);
        Assert.False(phrases.Match("counterattack attacks", 0, 21).Success);
    }

    [Fact]
    public void Match_LongerPhraseListedFirst_PrefersLonger()
    {
        var phrases = new WordBoundedPhrases(["car", "car bomb"]);
        Match m = phrases.Match("a Car  Bomb exploded", 0, 20);
        Assert.Equal("Car  Bomb", m.Value);
    }

    [Fact]
    public void Match_BundledTriggerLexicon_SameMatchesAsPattern()
    {
        var phrases = new WordBoundedPhrases(TriggerLexicon.Default.Entries.Select(e => e.Phrase));
        const string text = "Gunmen ATTACKED a village; the self-styled militia's ambush killed 12. Troops withdrew, an airstrike hit.";
        Assert.Equal(Expected(phrases.Pattern, text, 0, text.Length), Actual(phrases, text, 0, text.Length));
        Assert.NotEmpty(Actual(phrases, text, 0, text.Length));
    }

    [Fact]
    public void StartCharacters_EveryAsciiLetterAndDigit_AllCharactersTheRegexMatches()
    {
        string[] firsts = [.. "abcdefghijklmnopqrstuvwxyz0123456789'".Select(c => c + "x")];
        foreach (string phrase in firsts)
        {
            var regex = new Regex("^" + Regex.Escape(phrase[..1]), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            char[] expected = [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => regex.IsMatch(c.ToString()))];
            Assert.Equal(expected, WordBoundedPhrases.StartCharacters([phrase]));
        }
    }

    private static List<(int, int)> Expected(Regex pattern, string text, int start, int length)
    {
        var found = new List<(int, int)>();
        for (Match m = pattern.Match(text, start, length); m.Success; m = m.NextMatch()) found.Add((m.Index, m.Length));
        return found;
    }

    private static string RandomText(Random random, string[] pieces)
    {
        var sb = new StringBuilder();
        for (int i = random.Next(1, 25); i > 0; i--) sb.Append(pieces[random.Next(pieces.Length)]);
        return sb.ToString();
    }

    private static List<(int, int)> Spans(WordBoundedPhrases phrases, string text, int start, int length)
    {
        var found = new List<(int, int)>();
        for (Sitrep.Documents.Span? m = phrases.First(text, start, length); m is Sitrep.Documents.Span s; m = phrases.After(text, s, start, length))
            found.Add((s.Start, s.Length));
        return found;
    }

    private static List<(int, int)> Actual(WordBoundedPhrases phrases, string text, int start, int length)
    {
        var found = new List<(int, int)>();
        for (Match m = phrases.Match(text, start, length); m.Success; m = phrases.NextMatch(text, m, start, length)) found.Add((m.Index, m.Length));
        return found;
    }
}
