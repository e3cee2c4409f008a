using Sitrep.Documents;
using Sitrep.Errors;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Evaluation;

namespace Sitrep.Tests.Syntax;

public class ConlluReaderTests
{
    private const string Sample = """
        # newpar
        # text = They don't care.
        1	They	they	PRON	PRP	_	3	nsubj	_	_
        2-3	don't	_	_	_	_	_	_	_	_
        2	do	do	AUX	VBP	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	care	care	VERB	VB	_	0	root	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	4	punct	_	_

        # text = Fine.
        1	Fine	fine	ADJ	JJ	_	0	root	_	SpaceAfter=No
        2	.	.	PUNCT	.	_	1	punct	_	_

        """;

    [Fact]
    public void Read_MultiwordToken_KeepsWordsAndSurfaceToken()
    {
        var result = ConlluReader.Read(new StringReader(Sample.Replace("\r", "", StringComparison.Ordinal)), "sample");
        Assert.True(result.Succeeded, result.Problem?.ToString());
        ConlluSentence first = result.Sentences[0];
        Assert.Equal(5, first.Words.Length);
        Assert.Equal(4, first.Tokens.Length);
        Assert.False(first.Words[1].SpaceAfter);
        Assert.True(first.Words[2].SpaceAfter);
        Assert.Equal(-1, first.Words[3].Head);
    }

    [Fact]
    public void Build_RawText_PlacesWordsOfMultiwordTokensByOffset()
    {
        var sentences = ConlluReader.Read(new StringReader(Sample.Replace("\r", "", StringComparison.Ordinal)), "sample").Sentences;
        UdRawText raw = UdRawText.Build(sentences);
        Assert.Equal("They don't care. Fine.", raw.Text);
        Assert.Equal(["They", "do", "n't", "care", ".", "Fine", "."], raw.Words.Select(w => w.TextOf(raw.Text)));
        Assert.Equal([new Span(0, 16), new Span(17, 22)], raw.Sentences.ToArray());
    }

    [Fact]
    public void Read_WrongColumnCount_ReportsLine()
    {
        var result = ConlluReader.Read(new StringReader("# text = x\n1\tx\tx\n"), "bad.conllu");
        Assert.Equal(ErrorCodes.MalformedTreebank, result.Problem!.Code);
        Assert.Equal(2, result.Problem.Line);
    }
}
